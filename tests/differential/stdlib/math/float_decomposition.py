import math

for x in [0.0, -0.0, 1.0, 0.1, 1e300, -3.75, 5e-324]:
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e) == x, math.modf(x))
print(math.ldexp(1.0, 1024 - 1), math.ldexp(0.5, -1074))
try:
    math.ldexp(1.0, 1025)
except OverflowError as e:
    print("OverflowError:", e)
print(math.copysign(1.0, -0.0), math.copysign(-2, 3), math.fabs(-0.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e300))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([0.1] * 10), math.fsum([]))
print(math.trunc(2.9), math.trunc(-2.9), math.floor(-0.5), math.ceil(-0.5), math.floor(1e20), math.ceil(2**70 + 0.0))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), -7.5 % 2, math.remainder(7, 2))
for x, y in [(7, 2), (5, 2), (-5, 2), (3, 2), (-3, 2), (1e300, 3), (0.0, 1), (-0.0, 1), (2, float("inf")), (4.5, 1), (5.5, 1)]:
    print(x, y, math.remainder(x, y))
try:
    math.remainder(1, 0)
except ValueError as e:
    print("ValueError:", e)
