# abc: a class with unimplemented abstract methods cannot be instantiated;
# implementing all of them (even in a grandchild) makes it concrete; abstract
# methods may have bodies reachable through super().
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        return "base perimeter"
    def describe(self):
        return "%s area=%s perim=%s" % (type(self).__name__, self.area(), self.perimeter())
class HalfDone(Shape):
    def area(self):
        return 0
class Square(HalfDone):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return "%d (%s)" % (4 * self.s, super().perimeter())

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
class Plugin(ABC):
    name = "base"
    def run(self):
        return "running " + self.name
print(Plugin().run())
