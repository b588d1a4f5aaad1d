# Enum class features: a member-less Enum base with methods, a custom
# _generate_next_value_, __str__ override, extending an Enum with members
# (TypeError), @unique and aliases, IntEnum with auto.
from enum import Enum, auto, IntEnum, unique
class Describable(Enum):
    def describe(self):
        return "%s is %r" % (self.name, self.value)
class Fruit(Describable):
    APPLE = "red"
    BANANA = "yellow"
print(Fruit.APPLE.describe(), [f.describe() for f in Fruit])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Lower])
class Pretty(Enum):
    A = 1
    def __str__(self):
        return "Pretty-" + self.name
print(str(Pretty.A), repr(Pretty.A))
try:
    class Extend(Fruit):
        CHERRY = "dark"
except TypeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B is Alias.A, list(Alias), Alias(1).name, list(Alias.__members__))
class Lvl(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Lvl.HIGH.value, Lvl.LOW < 2, max(Lvl).name, {Lvl.LOW: "x"}[1])
