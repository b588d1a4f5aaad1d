from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(Square(3).area())
print(isinstance(Square(2), Shape), issubclass(Square, Shape))
