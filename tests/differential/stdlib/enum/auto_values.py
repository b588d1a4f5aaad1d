from enum import Enum, auto

class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = 10
    WEST = auto()

print(list(Ordinal), Ordinal.WEST.value)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()

print(list(Named), Named("beta"))

class Mixed(Enum):
    A = "a"
    B = auto()
    C = 5
    D = auto()
print([m.value for m in Mixed])
