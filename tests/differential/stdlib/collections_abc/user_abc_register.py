from abc import ABC, abstractmethod
from collections.abc import Hashable, Sized


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Legacy:
    def area(self):
        return 0


print(isinstance(Square(2), Shape), isinstance(Legacy(), Shape))
Shape.register(Legacy)
print(isinstance(Legacy(), Shape), issubclass(Legacy, Shape), Legacy.__mro__[-1].__name__)
print(isinstance(Square(1), Hashable), isinstance(Square(1), Sized))
try:
    Shape.register(5)
except TypeError as e:
    print("TypeError:", e)
print(Shape.register(int) is int, isinstance(3, Shape))
