# Subclassing a namedtuple class to add methods and a custom __repr__;
# field access by name and index, _replace returning the subclass,
# unpacking, equality with a plain tuple, _fields and _asdict.
from collections import namedtuple
Base = namedtuple("Base", "x y")
class Point(Base):
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return "P(%d,%d)" % tuple(self)
p = Point(3, -4)
print(p.norm1(), p, p.x, p[1], p._replace(x=0), len(p), tuple(p))
a, b = p
print(a, b, p == (3, -4), p._fields, p._asdict())
