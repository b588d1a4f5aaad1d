# Decorators under staticmethod/classmethod/property, functools.wraps on
# methods (__qualname__, __wrapped__), function attributes as state,
# decorator expressions (3.9 relaxed grammar) and parametrised class decorators.
import functools
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return ("deco", fn(*a, **k))
    return w
class C:
    @staticmethod
    @deco
    def s(x):
        return x
    @classmethod
    @deco
    def c(cls):
        return cls.__name__
    @property
    @deco
    def p(self):
        return "prop"
    @deco
    def m(self):
        """method doc"""
        return self
print(C.s(1), C.c(), C().p, C.m.__doc__, C.m.__name__, C.m.__qualname__)
print(C().m()[0], C.m.__wrapped__.__qualname__)
def counted(fn):
    fn.calls = 0
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
def f(x): return x
f(1); f(2)
print(f.calls, f.__name__)
print(functools.partial(lambda a, b: a - b, 10)(3))
dec = [deco, counted]
@dec[0]
def g():
    return "g"
print(g())
def param(**opts):
    def d(cls):
        for k, v in sorted(opts.items()):
            setattr(cls, k, v)
        return cls
    return d
@param(color="red", size=3)
class Z:
    pass
print(Z.color, Z.size)
