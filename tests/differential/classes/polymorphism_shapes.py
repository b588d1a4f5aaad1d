import math
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0.0
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Circle(1), Rect(2, 3.5), Square(4), Shape("blob")]
for s in shapes:
    print(s)
print(sorted(s.name for s in shapes))
print(max(shapes, key=lambda s: s.area()).name, sum(s.area() for s in shapes))
