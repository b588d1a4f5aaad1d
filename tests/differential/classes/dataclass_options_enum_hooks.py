# Dataclass options (eq=False identity equality, unsafe_hash with excluded
# fields, kw_only fields) and enum hooks (_missing_, __members__), Flag
# combinations and IntEnum arithmetic.
from dataclasses import dataclass, field, astuple, fields, is_dataclass
from enum import Enum, IntEnum, Flag, auto, unique
@dataclass(eq=False)
class Ident:
    x: int
print(Ident(1) == Ident(1), Ident(1) != Ident(1))
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [3]))
@dataclass
class A:
    x: int
@dataclass
class B:
    x: int
print(A(1) == B(1), A(1) == A(1), is_dataclass(A), is_dataclass(A(1)), is_dataclass(int))
@dataclass
class K:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3
print(K(1), K(1, 5, b=9))
class Shape(Enum):
    CIRCLE = "c"
    SQUARE = "s"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("c", "s"):
            return cls(value.lower())
        return None
print(Shape("C"), Shape.__members__.keys() if False else list(Shape.__members__))
try:
    Shape("x")
except ValueError as e:
    print(e)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), [p.name for p in Perm])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num(2).name, sorted(Num, reverse=True), Num.TWO * 3, int(Num.ONE))
print(list(map(str, Shape)), repr(Shape.CIRCLE), Shape.CIRCLE.name, Shape.CIRCLE.value)
print(Shape.CIRCLE == "c", Shape["SQUARE"] is Shape.SQUARE, hash(Shape.CIRCLE) == hash(Shape.CIRCLE))
print(isinstance(Shape.CIRCLE, Enum), type(Shape).__name__)
