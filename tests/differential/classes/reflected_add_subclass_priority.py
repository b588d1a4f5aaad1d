# When the right operand is an instance of a subclass that overrides the
# reflected method, that method is tried before the left operand's.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("  Base.__add__", type(other).__name__)
        return Base(self.v + other.v)
    def __radd__(self, other):
        print("  Base.__radd__")
        return Base(self.v + other.v)
    def __mul__(self, other):
        print("  Base.__mul__")
        return NotImplemented
class Derived(Base):
    def __radd__(self, other):
        print("  Derived.__radd__")
        return Derived(self.v * 100 + other.v)
    def __rmul__(self, other):
        print("  Derived.__rmul__")
        return Derived(self.v * other.v)
class Same(Base):
    pass

b, d = Base(1), Derived(2)
r = b + d
print(type(r).__name__, r.v)
r = d + b
print(type(r).__name__, r.v)
r = b * d
print(type(r).__name__, r.v)
try:
    b * Same(3)
except TypeError as e:
    print(type(e).__name__, e)
