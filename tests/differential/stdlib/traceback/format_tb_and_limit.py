# format_tb lists the frames of a traceback; limit keeps the oldest n frames,
# a negative limit the newest.
import traceback

def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)

try:
    deep(3)
except RuntimeError as e:
    print(len(traceback.format_tb(e.__traceback__)))
    print("".join(traceback.format_tb(e.__traceback__, limit=1)))
    print("".join(traceback.format_exception(e, limit=2)))
    print("".join(traceback.format_exception(e, limit=-2)))
    print(traceback.format_exception(e, limit=0))
