# Match evaluation order: the subject is evaluated once, class-pattern
# attributes (including properties) are read lazily, a missing keyword
# attribute fails the pattern, guards run only after a match and may raise;
# star captures are lists; nested patterns; OR patterns with as.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x):
        self.x = x
    @property
    def y(self):
        print("  computing y")
        return self.x * 2
def subject():
    print("  subject evaluated")
    return P(3)
match subject():
    case P(1, _):
        print("one")
    case P(x=3, z=_):
        print("has z?")
    case P(3, 6) if print("  guard") is None:
        print("three six")
def guard_raises():
    raise KeyError("in guard")
try:
    match 1:
        case 1 if guard_raises():
            pass
except KeyError as e:
    print("KeyError", e)
match [1, 2, 3]:
    case [1, *rest] if len(rest) == 2:
        print("rest", rest, type(rest).__name__)
match (1, 2):
    case [a, b]:
        print("tuple as list pattern", a, b)
match {"k": [1, {"deep": (2, 3)}]}:
    case {"k": [_, {"deep": (x, y)}]}:
        print("deep", x, y)
match 42:
    case int(n) if n > 40:
        print("big", n)
result = []
for v in [1, "a", [1], (1, 2), {"x": 1}, None, 3.0]:
    match v:
        case int() | float() as num:
            result.append(("num", num))
        case str() as s:
            result.append(("str", s))
        case [x] | (x, _):
            result.append(("seq", x))
        case {"x": x}:
            result.append(("map", x))
        case None:
            result.append("none")
print(result)
