from decimal import Decimal as D, getcontext, setcontext, localcontext, Context, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING
c = getcontext()
print(c.prec, c.rounding, c.Emax, c.Emin, c.capitals, getcontext() is c)
c.prec = 6
print(D(1) / D(7), D('1234567') + 0, +D('1.23456789'), D('1.23456789'))
c.rounding = ROUND_DOWN
print(D(2) / D(3), D('9.9999999') * 1)
c.prec = 28
c.rounding = ROUND_HALF_EVEN
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(7), ctx.prec, getcontext() is ctx)
print(D(1) / D(7), getcontext() is c)
with localcontext(prec=5, rounding=ROUND_CEILING):
    print(D(1) / D(3), D(-1) / D(3))
mine = Context(prec=4)
print(mine.prec, mine.rounding, mine.create_decimal('3.14159'), D('3.14159').quantize(D('0.01'), context=mine))
with localcontext(mine) as m2:
    print(D(2).sqrt(), m2 is mine, m2.prec)
setcontext(Context(prec=8))
print(D(2).sqrt())
setcontext(Context())
print(D(2).sqrt())
n = c.copy()
n.prec = 2
print(n.prec, c.prec)
