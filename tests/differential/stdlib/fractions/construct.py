from fractions import Fraction
print(Fraction(3, 4), Fraction(6, -4), Fraction(-6, -4), Fraction(), Fraction(7), Fraction(True))
print(repr(Fraction(0, 5)), repr(Fraction(10**30, 3 * 10**10)))
print(Fraction(0.1), Fraction(2.5), Fraction(-0.0), Fraction(1e300).denominator)
print(Fraction(Fraction(1, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(3, Fraction(1, 2)))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction.from_float(-1.75))
print(Fraction(numerator=5, denominator=10), Fraction(5, None))
