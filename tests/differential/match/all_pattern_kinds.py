# The match statement: literal, capture, wildcard, value, sequence (with
# star), mapping (with **rest), class (positional via __match_args__ and
# keyword), OR and AS patterns, and guards.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = "red"
    GREEN = "green"


def describe(subject):
    match subject:
        case 0 | 1:
            return "zero or one"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case Color.RED:
            return "the color red"
        case int(n) if n < 0:
            return f"negative int {n}"
        case float() | int():
            return f"number {subject}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in between)"
        case [first, *rest]:
            return f"starts with {first!r}, then {rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=px, y=py) as p if px == py:
            return f"diagonal {px} ({type(p).__name__})"
        case Point(a, b):
            return f"point {a},{b}"
        case str() as s:
            return f"other string {s.upper()}"
        case _:
            return "something else"


tests = [0, 1, None, True, "hello", "red", -5, 2.5, 7, [], (), [9], ("x",),
         [1, 2, 3, 4, 5, 6], (1, 2), {"type": "circle", "r": 3},
         {"type": "square", "side": 2, "color": "blue"}, Point(0, 0),
         Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), "other", {1, 2}]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else "Point", "->", describe(t))

match [1, [2, 3], {"k": (4, 5)}]:
    case [a, [b, c], {"k": (d, e)}]:
        print("nested", a, b, c, d, e)

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")

match 42:
    case x:
        print("captured", x)
print("x still bound:", x)

for bad in [Point(1, 1)]:
    try:
        match bad:
            case Point(1, 2, 3):
                pass
    except TypeError as e:
        print("TypeError:", e)
key = "a"
try:
    match {"a": 1}:
        case {"a": 1, Color.RED: 2}:
            pass
        case _:
            print("no match for red")
except ValueError as e:
    print("ValueError:", e)
