import cmath
class Half:
    def __float__(self):
        return 0.5
print(cmath.sqrt(Half()), cmath.log(Half()))
for f in [lambda: cmath.log(0), lambda: cmath.log(0j), lambda: cmath.log10(0), lambda: cmath.sqrt('x'), lambda: cmath.log(None), lambda: cmath.phase([]),
          lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(1, 2, 3), lambda: cmath.phase(2 + 1e-320j) if False else cmath.phase(complex(1e308, 1e-300)),
          lambda: cmath.polar(1e308 + 1e308j), lambda: cmath.isnan('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: cmath.log(), lambda: cmath.sqrt(x=1), lambda: cmath.log(1, base=2)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
