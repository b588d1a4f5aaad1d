# Class patterns on user classes: keyword attributes, positional via
# __match_args__, nested class patterns, and the TypeError for too many
# positional sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Plain:
    def __init__(self):
        self.v = 1
def describe(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point(x, y):
            return "point %d,%d" % (x, y)
        case Circle(Point(0, 0), r):
            return "centred circle r=%d" % r
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return "big circle at x=%d" % cx
        case Circle():
            return "some circle"
        case Plain(v=v):
            return "plain v=%d" % v
        case int() | float():
            return "number"
        case _:
            return "unknown"
for s in (Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 4),
          Circle(Point(7, 1), 20), Circle(Point(1, 1), 1), Plain(), 3, 2.5, "s"):
    print(describe(s))
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
