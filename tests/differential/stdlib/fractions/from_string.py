from fractions import Fraction
for s in ['3/4', ' -1.5e3 ', '7', '+7', '.5', '1.', '1_000/3', '2.5E-3', '-0', '\t10/4\n', '1e+2', '00012/0004',
          '3.14159', '1_0.2_5']:
    print(repr(s), Fraction(s))
for s in ['x', '', ' ', '1/', '/2', '1 / 2', '1.5/2', '1__0', '_1', '1_', 'e5', '1e', '--1', '1/2/3', 'inf', 'nan', '0x10', '1/0', '0/0']:
    try:
        print(Fraction(s))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
