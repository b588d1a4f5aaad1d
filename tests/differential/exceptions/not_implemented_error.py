class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for shape in [Square(3), Shape()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare RuntimeError:", repr(e))
