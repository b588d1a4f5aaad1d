# issubclass() with a non-class second argument: "issubclass() arg 2 must be
# a class, a tuple of classes, or a union" (isinstance says "type").
class B: pass
try:
    issubclass(B, 3)
except TypeError as e:
    print(e)
