from fractions import Fraction
a = Fraction(3, 4)
print(a ** 2, a ** 0, a ** -2, Fraction(-2, 3) ** 3, Fraction(-2, 3) ** -3, Fraction(0) ** 5)
print(2 ** Fraction(3), 2 ** Fraction(-2), Fraction(1, 2) ** Fraction(2), 2 ** Fraction(1, 2), 4.0 ** Fraction(1, 2))
print(a ** 0.5, a ** Fraction(1, 2), Fraction(9, 4) ** Fraction(1, 2), pow(a, 3))
print(type(2 ** Fraction(3)).__name__, type(2 ** Fraction(-1)).__name__)
for f in [lambda: Fraction(0) ** -1, lambda: Fraction(0) ** -3, lambda: a ** 'x', lambda: 'x' ** a]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
