from decimal import Decimal
for c, e in [(1, 0), (123, -2), (123, 2), (123, -5), (123, -8), (123, -9), (5, -6), (5, -7), (1, 6), (12345, -10), (0, -3), (0, 2), (0, -8), (1000, -3)]:
    d = Decimal((0, tuple(int(x) for x in str(c)), e))
    print(str(d), repr(-d), d.adjusted())
print(Decimal('1.23E+10'), Decimal('1.23e-10'), f'{Decimal("2.50")}', '%s' % Decimal('7.0'), [Decimal('1.0')])
