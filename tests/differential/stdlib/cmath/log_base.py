import cmath
import random
INF, NAN = float("inf"), float("nan")
VALS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 1e-320, -1e-310, 1e308, -1e308, 0.7, 1.2, 1e-5, INF, -INF, NAN]
random.seed(3)
RANDOM = [complex(random.uniform(-10, 10), random.uniform(-10, 10)) * 10 ** random.randint(-5, 5) for _ in range(150)]
print([cmath.log(z, 3 + 1j) for z in RANDOM[:60]])
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(-8, 2), cmath.log(1j, 1j), cmath.log(2, 0.5), cmath.log(0j, 2), cmath.log(0j, 1j))
for a in [(2, 0), (0, 0), (1, 1), (5, 1.0), (2, 0j)]:
    try:
        print(cmath.log(*a))
    except ValueError as e:
        print(type(e).__name__, e)
