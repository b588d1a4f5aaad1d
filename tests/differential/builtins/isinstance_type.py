values = [1, 1.0, "s", b"b", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), 2 ** 100]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(type(1))
print(type("s"), type(1.5), type(None), type([]), type(()), type({}), type(set()), type(True), type(b""), type(range(0)))
class Foo:
    pass
print(type(Foo()).__name__, type(Foo).__name__, type(type).__name__)
print(type(1) == int, type(True) == int, type(True) is bool)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
