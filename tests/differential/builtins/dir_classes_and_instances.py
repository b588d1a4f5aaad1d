# dir() of classes and instances: the instance's own attributes, the class's
# and every base's names (object's included), `__dict__`/`__weakref__` unless
# __slots__ replaces them (slot names mangled), exception classes' names, and
# a class's own __dir__ whose result is sorted.
class A:
    "doc"
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ("s", "__p")
class OnlySlots:
    __slots__ = "v"
class E(ValueError):
    pass
class W:
    def __dir__(self):
        return ("b", "a", "c")
a = A()
a.y = 2
print(dir(A))
print(dir(a))
print(dir(B))
print(dir(OnlySlots))
print(dir(E))
print(dir(E("x")))
print(dir(W()))
print(dir(object))
print(dir(object()))
print(dir(BaseException))
print([n for n in dir(StopIteration) if not n.startswith("_")])
print([n for n in dir(5) if not n.startswith("_")])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
