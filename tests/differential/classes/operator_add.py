class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, a + b + a)
c = a
c += b
print(c, a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + a
except TypeError as e:
    print("TypeError:", e)
