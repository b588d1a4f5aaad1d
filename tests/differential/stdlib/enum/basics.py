from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN)
print(list(Color), len(Color), [c.name for c in Color])
print(Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.GREEN))
print(repr(Color), type(Color))
print(f"{Color.BLUE}", str(Color.BLUE), "%s" % Color.GREEN, format(Color.RED, ">12"))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(Color.__members__)
print(list(reversed(Color)))
print(Color.RED == 1, hash(Color.RED) == hash(Color.RED))
