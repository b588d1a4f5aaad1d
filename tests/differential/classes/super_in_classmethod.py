# super() inside classmethods and staticmethods-calling classmethods.
class Shape:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj
    @classmethod
    def kind(cls):
        return "shape:" + cls.__name__
class Square(Shape):
    def __init__(self, side=1):
        self.side = side
    @classmethod
    def kind(cls):
        return "square/" + super().kind()
class Tiny(Square):
    @classmethod
    def kind(cls):
        return "tiny/" + super().kind()

print(Square.kind())
print(Tiny.kind())
t = Tiny.create(2)
print(type(t).__name__, t.side, Shape.registry)
print(t.kind())
print(Square.create().side, Shape.registry)
