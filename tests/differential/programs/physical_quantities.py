# Physical quantities with units: a Quantity value class carrying a float
# magnitude and a dimension vector (mass, length, time), arithmetic that
# multiplies/divides dimensions and refuses adding incompatible ones,
# comparisons, unit conversion through a registry of named units,
# __format__ with a unit suffix, and a small physics calculation.
from typing import Dict, Tuple
import math

Dim = Tuple[int, int, int]


class DimensionError(TypeError):
    pass


def dim_name(d: Dim) -> str:
    parts = []
    for sym, p in zip(("kg", "m", "s"), d):
        if p == 1:
            parts.append(sym)
        elif p:
            parts.append("%s^%d" % (sym, p))
    return "*".join(parts) or "1"


class Quantity:
    __match_args__ = ("value", "dim")

    def __init__(self, value: float, dim: Dim = (0, 0, 0)) -> None:
        self.value = float(value)
        self.dim = tuple(dim)

    def _check(self, other: "Quantity", op: str) -> None:
        if self.dim != other.dim:
            raise DimensionError("cannot %s %s and %s" % (op, dim_name(self.dim), dim_name(other.dim)))

    @staticmethod
    def _wrap(x):
        if isinstance(x, Quantity):
            return x
        if isinstance(x, (int, float)):
            return Quantity(x)
        return None

    def __add__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        self._check(o, "add")
        return Quantity(self.value + o.value, self.dim)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        self._check(o, "subtract")
        return Quantity(self.value - o.value, self.dim)

    def __mul__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Quantity(self.value * o.value, tuple(a + b for a, b in zip(self.dim, o.dim)))

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Quantity(self.value / o.value, tuple(a - b for a, b in zip(self.dim, o.dim)))

    def __rtruediv__(self, other):
        return Quantity(other) / self

    def __pow__(self, n: int):
        return Quantity(self.value ** n, tuple(a * n for a in self.dim))

    def __neg__(self):
        return Quantity(-self.value, self.dim)

    def __abs__(self):
        return Quantity(abs(self.value), self.dim)

    def __eq__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return self.dim == o.dim and math.isclose(self.value, o.value)

    def __lt__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        self._check(o, "compare")
        return self.value < o.value

    def __le__(self, other):
        return self == other or self < other

    __hash__ = None

    def to(self, unit: str) -> float:
        factor, dim = UNITS[unit]
        if dim != self.dim:
            raise DimensionError("cannot express %s in %s" % (dim_name(self.dim), unit))
        return self.value / factor

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            num_spec, unit = spec.split("|")
            return format(self.to(unit), num_spec) + " " + unit
        return format(self.value, spec) + " " + dim_name(self.dim)

    def __repr__(self) -> str:
        return "Quantity(%r, %s)" % (self.value, dim_name(self.dim))


UNITS: Dict[str, Tuple[float, Dim]] = {
    "kg": (1.0, (1, 0, 0)), "g": (0.001, (1, 0, 0)), "lb": (0.45359237, (1, 0, 0)),
    "m": (1.0, (0, 1, 0)), "km": (1000.0, (0, 1, 0)), "mi": (1609.344, (0, 1, 0)),
    "s": (1.0, (0, 0, 1)), "min": (60.0, (0, 0, 1)), "h": (3600.0, (0, 0, 1)),
    "N": (1.0, (1, 1, -2)), "J": (1.0, (1, 2, -2)), "W": (1.0, (1, 2, -3)),
    "m/s": (1.0, (0, 1, -1)), "km/h": (1000 / 3600, (0, 1, -1)),
}


def q(value: float, unit: str) -> Quantity:
    factor, dim = UNITS[unit]
    return Quantity(value * factor, dim)


distance = q(42.195, "km")
time = q(2, "h") + q(1, "min") + q(9, "s")
speed = distance / time
print(repr(distance), repr(time))
print(f"{speed:.3f|km/h}  {speed:.2f|m/s}  {speed:.1f}")
mass = q(70, "kg")
g = Quantity(9.81, (0, 1, -2))
height = q(300, "m")
energy = mass * g * height
print(f"{energy:.0f|J}  power over 10 min: {energy / q(10, 'min'):.1f|W}")
print(f"{q(1, 'mi'):.3f|km}  {q(5, 'lb'):.4f|kg}  {mass:.1f|lb}")
print(q(1, "km") == q(1000, "m"), q(1, "km") > q(999, "m"), sorted([q(3, "s"), q(1, "min"), q(2, "s")], key=lambda x: x.value))
print(abs(-q(3, "m")) ** 2, 2 * q(1, "s"), 10 / q(2, "s"))
for thunk in (lambda: distance + time, lambda: mass < height, lambda: speed.to("kg"),
              lambda: {distance: 1}, lambda: distance + "x"):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
def kind(x: Quantity) -> str:
    match x:
        case Quantity(_, (0, 1, 0)):
            return "length"
        case Quantity(_, (0, 1, -1)):
            return "speed"
        case Quantity(v, (0, 0, 0)) if v == 1:
            return "unit scalar"
        case Quantity(_, d):
            return "other " + dim_name(d)
print([kind(x) for x in (distance, speed, energy, Quantity(1), Quantity(2))])
