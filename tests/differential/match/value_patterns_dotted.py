# Value patterns use dotted names (constants on classes, enums, modules),
# compared with ==; a bare name would be a capture instead.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Limits:
    LOW = 10
    HIGH = 20
def describe(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Limits.LOW:
            return "low limit"
        case Limits.HIGH | 30:
            return "high limit or 30"
        case _:
            return "something else"
for v in (Color.RED, Color.GREEN, 10, 10.0, 20, 30, 1):
    print(repr(v), describe(v))
