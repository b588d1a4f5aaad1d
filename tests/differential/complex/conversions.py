from fractions import Fraction
z = 1 + 2j
print(complex(Fraction(1, 4)), Fraction(1, 2) + 1j, 1j + Fraction(1, 2), Fraction(1, 2) * (2 + 2j), (1 + 1j) / Fraction(1, 2), Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == 0.5 + 1j)
for f in [lambda: int(z), lambda: float(z), lambda: round(z), lambda: int(1j.imag), lambda: float('1j'), lambda: Fraction(1j), lambda: Fraction(1) < 1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(z.real + z.imag, [c.real for c in [1j, 2 + 3j]], max([1j, 2j], key=abs), sorted([3j, 1, -2j], key=lambda c: c.imag))
