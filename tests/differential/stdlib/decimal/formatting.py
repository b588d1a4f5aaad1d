from decimal import Decimal as D, localcontext, ROUND_DOWN
vals = [D('1234567.891'), D('-0.005'), D('0'), D('-0'), D('1.5E+10'), D('123'), D('0.000012345'), D('inf'), D('-nan'), D('2.675'), D('1E+2'), D('100')]
specs = ['', '.2f', ',.2f', '10.3f', '<12.1f', '^12', '+.3e', 'E', '.3g', 'g', '.0f', '.0e', '%', '.1%', '012.2f', '0=+15,.3f', 'z.1f', ' .2f', 'f', 'e', '.5G', '08,.1f', '*>15,', '.1', '.0g', '20,.4e']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(f'{D("3.14159"):.2f} {D("1234.5"):,} {D("0.5"):.0f} {D("1.5"):.0f} {D("2.5"):>8.1f}|')
with localcontext(rounding=ROUND_DOWN):
    print(f'{D("2.999"):.2f}')
for s in ['x', '.2d', '.f', '10.2fx', '_', '#.0f']:
    try:
        format(D(1), s)
    except ValueError as e:
        print(type(e).__name__, e)
