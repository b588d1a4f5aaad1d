# Bare object() instances have no __dict__: CPython raises
# AttributeError: 'object' object has no attribute 'x'. Molt stores the attribute ("set! 1").
o = object()
try:
    o.x = 1
    print("set!", o.x)
except AttributeError as e:
    print(e)
