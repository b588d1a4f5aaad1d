from fractions import Fraction
import math
for x in [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(-7, 2), Fraction(1, 3), Fraction(-2, 3), Fraction(0)]:
    print(x, round(x), math.floor(x), math.ceil(x), math.trunc(x), int(x), type(round(x)).__name__)
print(round(Fraction(22, 7), 2), round(Fraction(22, 7), 0), round(Fraction(12345), -2), round(Fraction(12350), -2), round(Fraction(1, 8), 2), round(Fraction(22, 7), None))
print(repr(round(Fraction(5, 2), 0)), repr(round(Fraction(-125, 100), 1)))
print('%.3f' % Fraction(1, 3), '{}'.format(Fraction(2, 3)), f'{Fraction(5, 10)}', str(Fraction(-4, 2)))
