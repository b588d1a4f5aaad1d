from fractions import Fraction
a, b = Fraction(3, 4), Fraction(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, 7 % a, a // 1, divmod(7, a))
print(-a, +a, abs(b), a + True)
print(sum([Fraction(1, n) for n in range(1, 11)]))
x = Fraction(1)
for i in range(5):
    x = x / 3 + Fraction(1, 7)
print(x, type(x).__name__)
r = a
r += 1
r *= Fraction(2, 3)
print(r)
print(Fraction(10**20, 3) * Fraction(3, 10**19))
