import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.1), math.ceil(2.1), math.ceil(-2.7))
print(math.trunc(-3.9), math.fabs(-3), math.factorial(20), math.factorial(30), math.gcd(48, 18), math.gcd(0, 5))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.atan(1) * 4)
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.isclose(0.1 + 0.2, 0.3))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.isfinite(1.0), math.copysign(3, -0.0))
print(math.floor(5), type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.modf(3.25), math.fmod(-7, 3))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
