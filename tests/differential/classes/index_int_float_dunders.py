# __index__ lets objects be used as sequence indices, in slices, bin/hex and
# range; __int__ and __float__ drive int() and float().
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(6):Idx(2)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))))
print(int(Idx(7)), operator_index := Idx(4).__index__())
import operator
print(operator.index(Idx(9)))
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
c = Conv()
print(int(c), float(c))
class OnlyIndex:
    def __index__(self):
        return 11
print(int(OnlyIndex()), float(OnlyIndex()))
class BadIndex:
    def __index__(self):
        return "no"
for thunk in (lambda: data[Conv()], lambda: int(object()),
              lambda: float(Idx(1)), lambda: range(Conv())):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
