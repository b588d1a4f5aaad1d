# format() and f-strings of enum members: a pure Enum or Flag formats str(self)
# (an overridden __str__ shows, and the spec applies to that text); an IntEnum
# formats str(self) for an empty spec and its value for any other spec.
from enum import Enum, IntEnum, Flag
class Pretty(Enum):
    A = 1
    def __str__(self):
        return "Pretty-" + self.name
class Plain(Enum):
    B = 2
class Num(IntEnum):
    C = 3
    def __str__(self):
        return "Num-" + self.name
class Perm(Flag):
    R = 4
    def __str__(self):
        return "perm " + self.name
print(f"{Pretty.A}|{Pretty.A:>12}|{format(Pretty.A, '*^12')}")
print(f"{Plain.B}|{Plain.B:>10}")
print(f"{Num.C}|{Num.C:04d}|{str(Num.C)}")
print(f"{Perm.R}|{Perm.R:>8}")
