# Unary -, +, ~, abs(), round() and their dunders.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v * 1)
    def __invert__(self): return Num(~self.v)
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, ndigits=None):
        if ndigits is None:
            return int(self.v)
        return Num(round(self.v, ndigits))
    def __repr__(self): return "Num(%r)" % (self.v,)
n = Num(5)
print(-n, +n, ~n, abs(Num(-3)), -(-n), ~~n)
print(round(Num(2.75)), round(Num(2.756), 1))
class NoOps:
    pass
for thunk in (lambda: -NoOps(), lambda: +NoOps(), lambda: ~NoOps(), lambda: abs(NoOps()), lambda: ~1.5):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round(NoOps())
except TypeError as e:
    print(type(e).__name__, e)
print(not Num(0), -True, ~False, +True)
