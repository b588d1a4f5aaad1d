import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.inf, -math.inf, math.nan, math.inf - math.inf, math.isnan(math.inf * 0))
print(math.tau == 2 * math.pi, math.e, math.pi, math.tau)
print(math.isfinite(1e308 * 10), math.isinf(-1e308 * 10), math.isnan(float("nan")))
print(math.hypot(), math.hypot(3), math.hypot(3, 4, 12), math.hypot(math.inf, math.nan), math.dist((0, 0), (3, 4)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
