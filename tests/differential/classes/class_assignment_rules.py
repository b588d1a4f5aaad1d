# Assigning obj.__class__: another plain class works; a non-class, a built-in
# type, or a class whose instances are laid out differently (__slots__,
# exceptions) is CPython's TypeError; a bare object() cannot change class.
class A:
    pass
class A2:
    def hello(self):
        return "A2 now"
class B:
    __slots__ = ("x",)
class E(Exception):
    pass
a = A()
for t in [5, int, object, B, E, A2]:
    try:
        a.__class__ = t
        print("assigned", type(a).__name__, a.hello())
    except TypeError as e:
        print(e)
try:
    object().__class__ = A
except TypeError as e:
    print(e)
