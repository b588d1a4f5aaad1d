# classmethod chains to the wrapped object's __get__ (3.9-3.12): a wrapped
# descriptor is called with the class as instance and owner, a plain function
# or callable object becomes a method bound to the class; super() lookups too.
class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj.__name__, owner.__name__)
class Callable:
    def __call__(self, *a):
        return ("called", [x.__name__ for x in a])
class C:
    d = classmethod(Desc())
    c = classmethod(Callable())
    @classmethod
    def m(cls):
        return cls.__name__
    @classmethod
    @property
    def p(cls):
        return "prop of " + cls.__name__
class D(C):
    @classmethod
    @property
    def p(cls):
        return "D's, then " + super().p
print(C.d, D.d, C().d)
print(C.c(), D().c())
print(C.m(), D.m(), D().m())
print(C.p, D.p)
