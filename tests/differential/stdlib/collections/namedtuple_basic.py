from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], p == (1, 2), p != (1, 3), hash(p) == hash((1, 2)), len(p))
x, y = p; print(x, y, list(p), p[:1], 1 in p)
print(p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields)
P3 = namedtuple("P3", "a, b c", defaults=[5]); print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(Point, sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2), Point(1, 3)))
d = {Point(0, 0): "origin"}; print(d[Point(0, 0)], p.count(1), p.index(2))
class V(namedtuple("V", "a b")):
    def total(self):
        return self.a + self.b
print(V(1, 2).total(), V(1, 2))
