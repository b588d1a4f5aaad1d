# Rich comparisons: NotImplemented falls back to the reflected method of the
# other operand; if both decline, == and != use identity while <, <= ... raise.
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        print("  Version.__eq__")
        if isinstance(other, Version):
            return self.key == other.key
        return NotImplemented
    def __lt__(self, other):
        print("  Version.__lt__")
        if isinstance(other, Version):
            return self.key < other.key
        if isinstance(other, tuple):
            return self.key < other
        return NotImplemented
    def __gt__(self, other):
        print("  Version.__gt__")
        if isinstance(other, tuple):
            return self.key > other
        return NotImplemented

a, b = Version(1, 2), Version(1, 3)
print(a == Version(1, 2), a != b)
print(a < b)
print(a < (2, 0))
print((2, 0) < a)
print((0, 1) > a)
print(a == "1.2", a != "1.2")
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" < a
except TypeError as e:
    print(type(e).__name__, e)
class Neither:
    pass
n = Neither()
print(n == n, n != Neither(), n == 3)
try:
    n < n
except TypeError as e:
    print(type(e).__name__, e)
