# One attribute site sees the same class many times, then the class (or the
# instance) changes under it: every read must still follow CPython's rules.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


def call_norm(p):
    return p.norm1()


pts = [Point(i, -i) for i in range(5)]
print([read_x(p) for p in pts], [call_norm(p) for p in pts])

# A data descriptor added to the class takes precedence over the instance.
Point.x = property(lambda self: "prop")
print([read_x(p) for p in pts[:2]])
del Point.x
print([read_x(p) for p in pts[:2]])

# Replacing the method on the class reaches warm call sites.
Point.norm1 = lambda self: "patched"
print(call_norm(pts[0]))

# An instance attribute shadows the method for that instance only.
pts[1].norm1 = lambda: "own"
print(call_norm(pts[0]), call_norm(pts[1]), call_norm(pts[2]))


class Other:
    def __init__(self):
        self.x = "other"

    def norm1(self):
        return "other norm"


# Changing an instance's class mid-way.
q = Point(7, 8)
print(read_x(q), call_norm(q))
q.__class__ = Other
print(read_x(q), call_norm(q))

# Deleting and re-adding attributes.
r = Point(1, 2)
del r.x
try:
    read_x(r)
except AttributeError as e:
    print("AttributeError:", e)
r.x = 10
print(read_x(r), r.y, sorted(vars(r).items()) if False else r.__dict__)


# Subclasses with a different layout pass through the same site.
class Point3(Point):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)


mixed = [Point(1, 1), Point3(2, 2, 2), Point(3, 3), Point3(4, 4, 4)]
print([read_x(p) for p in mixed])
