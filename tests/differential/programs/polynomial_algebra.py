# A Polynomial value class with integer coefficients: +, -, * and ** with
# reflected forms for ints, divmod by long division (exact only), evaluation
# through __call__, composition, derivative, equality and hashing, __bool__,
# __len__, __getitem__, __iter__, __repr__/__str__/__format__, a small
# parser, and the errors CPython raises for unsupported operands.
from typing import Iterable, List, Tuple


class Polynomial:
    def __init__(self, coeffs: Iterable[int] = ()) -> None:
        cs = list(coeffs)
        while cs and cs[-1] == 0:
            cs.pop()
        self.coeffs: Tuple[int, ...] = tuple(cs)

    @classmethod
    def x(cls) -> "Polynomial":
        return cls([0, 1])

    @classmethod
    def parse(cls, text: str) -> "Polynomial":
        total = cls()
        terms = text.replace(" ", "").replace("-", "+-").split("+")
        for term in terms:
            if not term:
                continue
            sign = -1 if term.startswith("-") else 1
            term = term.lstrip("-")
            if "x" in term:
                coef, _, power = term.partition("x")
                p = int(power.lstrip("^")) if power else 1
            else:
                coef, p = term, 0
            c = sign * (int(coef) if coef else 1)
            total = total + cls([0] * p + [c])
        return total

    @staticmethod
    def _lift(other) -> "Polynomial":
        if isinstance(other, Polynomial):
            return other
        if isinstance(other, int) and not isinstance(other, bool):
            return Polynomial([other])
        return None

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __len__(self) -> int:
        return len(self.coeffs)

    def __getitem__(self, i: int) -> int:
        return self.coeffs[i] if 0 <= i < len(self.coeffs) else 0

    def __iter__(self):
        return iter(self.coeffs)

    def __bool__(self) -> bool:
        return bool(self.coeffs)

    def __eq__(self, other) -> bool:
        o = self._lift(other)
        return NotImplemented if o is None else self.coeffs == o.coeffs

    def __hash__(self) -> int:
        return hash(self.coeffs[0]) if len(self.coeffs) == 1 else hash(self.coeffs)

    def __add__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        n = max(len(self), len(o))
        return Polynomial(self[i] + o[i] for i in range(n))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(-c for c in self.coeffs)

    def __sub__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        out = [0] * (len(self) + len(o))
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(o.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n: int):
        if not isinstance(n, int) or n < 0:
            raise ValueError("exponent must be a non-negative int, got %r" % (n,))
        result, base = Polynomial([1]), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __divmod__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        if not o:
            raise ZeroDivisionError("polynomial division by zero")
        rem: List[int] = list(self.coeffs)
        quot = [0] * max(len(self) - len(o) + 1, 0)
        lead = o.coeffs[-1]
        for i in range(len(quot) - 1, -1, -1):
            c = rem[i + len(o) - 1]
            if c % lead:
                raise ValueError("inexact division by %s" % o)
            quot[i] = c // lead
            for j, b in enumerate(o.coeffs):
                rem[i + j] -= quot[i] * b
        return Polynomial(quot), Polynomial(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __call__(self, x):
        if isinstance(x, Polynomial):
            result = Polynomial()
            for c in reversed(self.coeffs):
                result = result * x + c
            return result
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    def derivative(self) -> "Polynomial":
        return Polynomial(i * c for i, c in enumerate(self.coeffs) if i)

    def __repr__(self) -> str:
        return "Polynomial(%r)" % (list(self.coeffs),)

    def __str__(self) -> str:
        if not self:
            return "0"
        parts = []
        for p in range(self.degree, -1, -1):
            c = self[p]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            body = ("" if mag == 1 and p else str(mag)) + ("x" if p else "") + ("^%d" % p if p > 1 else "")
            parts.append((sign, body))
        first_sign, first = parts[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, body in parts[1:]:
            out += " %s %s" % (sign, body)
        return out

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


x = Polynomial.x()
p = (x + 1) ** 3
q = Polynomial.parse("2x^2 - 3x + 1")
print(p, "|", repr(p), "|", q)
print(p + q, "|", p - q, "|", 3 - q, "|", 2 * q, "|", q * x)
print(len(p), p.degree, p[1], p[10], list(q), bool(Polynomial([0, 0])))
print(p(2), q(0.5), q(x + 1), p.derivative(), p.derivative().derivative())
quot, rem = divmod(x ** 3 - 1, x - 1)
print(quot, "rem", rem)
print((q * (x + 5) + 7) // (x + 5), (q * (x + 5) + 7) % (x + 5))
print(Polynomial([5]) == 5, 5 == Polynomial([5]), Polynomial() == 0, q == p)
print(len({Polynomial([1, 2]), Polynomial([1, 2, 0]), Polynomial([7]), 7}))
print(f"[{q:>20}] [{q:<14}]")
for thunk in (lambda: q + 1.5, lambda: divmod(q, Polynomial()), lambda: divmod(q, 2 * x + 1),
              lambda: q ** -1, lambda: "s" * q):
    try:
        print(thunk())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
roots = [r for r in range(-5, 6) if (x ** 3 - 7 * x + 6)(r) == 0]
print("integer roots of", x ** 3 - 7 * x + 6, "->", roots)
