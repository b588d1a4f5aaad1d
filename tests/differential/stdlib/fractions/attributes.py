from fractions import Fraction
a = Fraction(-6, 8)
print(a.numerator, a.denominator, a.as_integer_ratio(), type(a.numerator).__name__)
print(bool(Fraction(0)), bool(a), isinstance(a, Fraction), type(a).__name__, Fraction.__name__)
class Half(Fraction):
    pass
h = Half(1, 2)
print(repr(h), h + 1, type(h + 1).__name__, isinstance(h, Fraction), repr(+h), repr(Half.from_float(0.5)))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)
try:
    a.numerator = 3
except AttributeError as e:
    print(type(e).__name__)
