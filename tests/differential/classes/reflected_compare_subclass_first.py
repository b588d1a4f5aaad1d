# When the right operand's type is a subclass of the left's, its reflected
# comparison is tried first: b == d calls Derived.__eq__, b < d Derived.__gt__.
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return self.v < other.v
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return self.v == other.v
    def __gt__(self, other):
        print("Derived.__gt__")
        return self.v > other.v
b, d = Base(1), Derived(2)
print(b == d)
print(b < d)
