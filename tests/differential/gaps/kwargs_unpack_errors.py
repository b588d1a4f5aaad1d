# Errors from ** unpacking in calls:
# 1) f(**mapping, a=2) where mapping has 'a': CPython raises
#    "TypeError: __main__.f() got multiple values for keyword argument 'a'";
#    Molt raises no error at all (the next line runs).
# 2) f(**obj) with a non-mapping: CPython says
#    "__main__.f() argument after ** must be a mapping, not NotMapping";
#    Molt says "'NotMapping' object is not a mapping".
def f(**kw):
    return sorted(kw.items())
try:
    print(f(**{"a": 1}, a=2))
except TypeError as e:
    print(e)
class NotMapping:
    pass
try:
    f(**NotMapping())
except TypeError as e:
    print(e)
