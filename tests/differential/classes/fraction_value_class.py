# A value class with arithmetic, reflected ops with ints, comparisons,
# __hash__ consistent with int equality, __bool__, __int__/__float__,
# __repr__/__str__ and __format__.
import math
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __gt__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else self.n * o.d > o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __int__(self):
        return int(self.n / self.d)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "Frac(%d, %d)" % (self.n, self.d)
    def __str__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, 1 - h, 2 * t, h + 1)
print(repr(Frac(4, -8)), Frac(6, 3), Frac(6, 3) == 2, 2 == Frac(4, 2))
print(sorted([Frac(3, 4), h, t, Frac(0)]), h < 1, 0 < h, h > t)
print({Frac(2): "two"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(bool(Frac(0)), bool(t), int(Frac(7, 2)), float(Frac(1, 4)), f"{t:.3f} {h}")
total = sum([Frac(1, n) for n in range(1, 7)])
print(total, float(total))
for thunk in (lambda: Frac(1, 0), lambda: h + 0.5, lambda: h < "a"):
    try:
        thunk()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
