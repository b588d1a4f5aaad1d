class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.scale(2).scale(3)
print(p.x, p.y)
m = p.norm2
print(m())
print(Point.norm2(Point(1, 1)))
p.z = "dynamic"
print(p.z, type(p).__name__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
