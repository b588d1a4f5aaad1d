import math

for x in [0.5, 1, 2.5, 5, 10.25]:
    print(x, round(math.gamma(x), 10), round(math.lgamma(x), 10), math.erf(x / 3), math.erfc(x / 3))
print(math.gamma(171.5) if False else math.gamma(20), math.lgamma(-0.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(1), math.radians(90), math.atan2(-0.0, -1), math.atan2(0.0, -1))
try:
    math.gamma(171.7)
except OverflowError as e:
    print("OverflowError:", e)
