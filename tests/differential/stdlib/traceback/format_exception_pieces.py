# format_exception returns the header, one string per frame, and the
# exception line as separate pieces; format_exception_only just the last.
import traceback

def lookup(d, k):
    return d[k]

try:
    lookup({}, "key")
except KeyError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
print(traceback.format_exception_only(None))
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print(e)
