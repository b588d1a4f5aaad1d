from fractions import Fraction
a = Fraction(3, 4)
tests = [lambda: Fraction(1, 0), lambda: Fraction(-5, 0), lambda: Fraction(1.5, 2), lambda: Fraction([1]),
         lambda: Fraction(None), lambda: Fraction(1, 'x'), lambda: Fraction(float('inf')), lambda: Fraction(float('nan')),
         lambda: a / 0, lambda: Fraction(-3, 4) / 0, lambda: Fraction(0) / 0, lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0),
         lambda: 1 / Fraction(0), lambda: a + 'x', lambda: 'x' - a, lambda: a * [1], lambda: Fraction.from_float('x'),
         lambda: Fraction.from_float(Fraction(1, 2)), lambda: Fraction(1, 2, 3)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
