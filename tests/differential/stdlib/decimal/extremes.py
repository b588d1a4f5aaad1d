from decimal import Decimal as D, localcontext
from fractions import Fraction
for f in [lambda: D('1e-999999') * D('1e-999999'), lambda: D('1E-1000000') + 0, lambda: D('1.23456E-1000024') + 0, lambda: D('0E+1000000') + 0, lambda: D('0E-1000030')+0,
          lambda: D('1e999999999') > 1, lambda: hash(D('1e999999999')), lambda: D('1e-999999999')+1, lambda: D('1e999999999999999999'), lambda: D(5).quantize(D('1e5')),
          lambda: D('9.5E-1000026')+0, lambda: D('1e999999') + D('1e-999999'), lambda: D('-1e900000') - D('1e-900000'), lambda: D(1) - D('1e-50'), lambda: D('1e30') + D('0.5'),
          lambda: D('-5') < D('-1e-9'), lambda: D('1.000') == D('1'), lambda: D('-0') == D('0'), lambda: D('123.4') < D('123.40001'), lambda: D('-1e5') < D('-2e4'),
          lambda: hash(D('1.5e-20')) == hash(Fraction(15, 10**21)), lambda: hash(D('-123e7')) == hash(-1230000000), lambda: D('1e-5').quantize(D(1)), lambda: D('0.5').quantize(D('1e3')),
          lambda: D('1e-50') + D('1e50'), lambda: D(2) ** -1000, lambda: D('1e-999999') / 10, lambda: D('1e999999') * 10]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
with localcontext(prec=3, rounding='ROUND_UP'):
    print(D(1) + D('1e-100'), D(1) - D('1e-100'), D(-1) - D('1e-100'))
