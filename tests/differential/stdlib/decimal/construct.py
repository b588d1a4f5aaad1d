from decimal import Decimal
for v in ['1.10', '  1_000.5 ', '1e-7', '123E+3', '-0', '.5', '5.', '0.000001', '0.0000001', '1E+2', 'NaN', '-sNaN5', '-inf', 'Infinity', 'nan12', '+3.00', '1e1000']:
    d = Decimal(v)
    print(repr(v), repr(d), str(d))
print(repr(Decimal()), repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(2.5)), repr(Decimal(10**30)), repr(Decimal(-7)), repr(Decimal(True)))
print(repr(Decimal(float('inf'))), repr(Decimal(float('nan'))), repr(Decimal(Decimal('1.5'))), repr(Decimal.from_float(0.25)))
print(repr(Decimal((0, (1, 2), -1))), repr(Decimal((1, (1, 2, 0), 2))), repr(Decimal((1, (), 'F'))), repr(Decimal((0, (), 'n'))), repr(Decimal([0, [3], 0])))
