# Numeric conversion fallbacks: int() through __trunc__, round() passing
# ndigits through, __int__ preferred by int() while indexing uses __index__,
# math functions accepting objects with __float__.
class T:
    def __trunc__(self):
        return 7
print(int(T()))
class R:
    def __round__(self, n=None):
        return "rounded %r" % (n,)
print(round(R()), round(R(), 3), round(R(), None))
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
print(int(Both()), [10, 20, 30][Both()], bin(Both()))
import math
class F:
    def __float__(self): return 0.25
print(math.sqrt(F()), math.floor(F()), float(F()).hex())
