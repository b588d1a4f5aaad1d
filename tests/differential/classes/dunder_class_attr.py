# obj.__class__, type(obj), and creating new instances through them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx):
        return self.__class__(self.x + dx, self.y)
    def clone(self):
        return type(self)(self.x, self.y)
class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

p = Point3(1, 2, 3)
q = p.moved(5)
print(type(q).__name__, q.x, q.y, q.z)
r = p.clone()
print(r.__class__ is Point3, r.__class__.__name__, r.z)
print(p.__class__.__bases__[0].__name__)
print(type(p) is Point, type(p) is Point3, isinstance(p, Point))
print(int.__name__, (1).__class__.__name__, "s".__class__.__qualname__)
print(type(None).__name__, type(print).__name__, type(len).__name__)
