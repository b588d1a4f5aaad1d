from decimal import Decimal as D, localcontext
print(D(2) ** 10, D('1.10') ** 2, D(10) ** -2, D(2) ** -1, D(-2) ** 3, D(-2) ** -1, D('1.5') ** 0, D(3) ** D(2), 2 ** D(3), D('0.1') ** 30)
print(D(2) ** 100, D(7) ** -3, D('inf') ** 2, D('inf') ** -1, D(0) ** 3, D(0) ** -1)
print(D(2).sqrt(), D('0.01').sqrt(), D(100).sqrt(), D('1E+2').sqrt(), D(0).sqrt(), D('-0').sqrt(), D('1.21').sqrt(), D(10).sqrt(), D('0.0001').sqrt(), D('inf').sqrt())
with localcontext() as c:
    c.prec = 10
    print(D(2).sqrt(), D(2) ** 50, D(1) / D(7))
