# Creating a class with type(name, bases, namespace), attributes on functions,
# and the AttributeErrors for setting attributes on ints, str methods and
# builtin functions.
class Empty:
    pass
print(isinstance(None, type(None)))
X = type("X", (Empty,), {"a": 1, "hi": lambda self: "hi " + type(self).__name__})
print(X.a, X.__name__, X().hi(), X.__bases__[0].__name__, isinstance(X(), Empty))
def f():
    pass
f.attr = 1
f.attr += 1
print(f.attr)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
try:
    "s".upper = None
except AttributeError as e:
    print(e)
try:
    len.attr = 1
except AttributeError as e:
    print(e)
