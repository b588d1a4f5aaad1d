# Errors from ** unpacking in calls name the called function as CPython
# does: a keyword given twice ("got multiple values for keyword argument")
# and a non-mapping ("argument after ** must be a mapping, not ...").
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
