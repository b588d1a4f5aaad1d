# A bare object() has no __dict__: setting an attribute is an AttributeError.
o = object()
try:
    o.x = 1
    print("set!", o.x)
except AttributeError as e:
    print(e)
