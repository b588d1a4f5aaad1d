# b + s with type(s) a subclass of type(b) that does not override __radd__:
# the left operand's __add__ goes first.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Base.__add__")
        return self.v + other.v
    def __radd__(self, other):
        print("Base.__radd__")
        return self.v + other.v
class Same(Base):
    pass
print(Base(1) + Same(5))
