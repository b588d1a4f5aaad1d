from fractions import Fraction
a = Fraction(3, 4)
print(a + 0.5, 0.5 + a, a - 0.25, 1.0 - a, a * 1.5, 1.5 * a, a / 0.5, 0.5 / a)
print(a // 0.5, 2.0 // a, a % 0.5, 2.0 % a, divmod(a, 0.5), divmod(2.5, a))
print(type(a + 0.0).__name__, Fraction(1, 3) + 1e-20)
print(float(Fraction(1, 3)), float(Fraction(10**400, 10**399)))
try:
    float(Fraction(10**400, 3))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(a / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
