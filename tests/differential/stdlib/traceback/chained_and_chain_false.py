# A chained exception formats its cause first; chain=False leaves it out.
import traceback

def parse(v):
    try:
        return int(v)
    except ValueError as e:
        raise LookupError(f"bad value {v!r}") from e

try:
    parse("x")
except LookupError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(e, chain=False)))
