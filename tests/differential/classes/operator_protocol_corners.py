# Less common operator protocols: __rpow__, @= and <<= in-place forms,
# chained comparisons using the truthiness of non-bool results, __hash__
# returning -1 (becomes -2), iter() and next() type errors, unary ops on bools.
class M:
    def __init__(self, v): self.v = v
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)
    def __rpow__(self, b):
        return ("rpow", b, self.v)
    def __imatmul__(self, o):
        return ("imatmul", o)
    def __ilshift__(self, o):
        self.v <<= o
        return self
print(2 ** M(3), M(1) ** 2)
m = M(1); m @= 5; print(m)
m = M(1); m <<= 3; print(m.v)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return Truthy(self.v < o.v)
class Truthy:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("  bool", self.b)
        return self.b
r = C(1) < C(2) < C(3)
print(type(r).__name__)
r = C(3) < C(2) < C(1)
print(type(r).__name__)
class Hm1:
    def __hash__(self): return -1
print(hash(Hm1()))
class BadIter:
    def __iter__(self): return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIt:
    pass
try:
    next(NotIt())
except TypeError as e:
    print(e)
print(-True, ~True, abs(-False))
