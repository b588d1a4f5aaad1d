import cmath
import random
INF, NAN = float("inf"), float("nan")
VALS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 1e-320, -1e-310, 1e308, -1e308, 0.7, 1.2, 1e-5, INF, -INF, NAN]
random.seed(3)
RANDOM = [complex(random.uniform(-10, 10), random.uniform(-10, 10)) * 10 ** random.randint(-5, 5) for _ in range(150)]
for a in VALS:
    print([cmath.sqrt(complex(a, b)) for b in VALS])
print([cmath.sqrt(z) for z in RANDOM])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4.0), cmath.sqrt(2j), cmath.sqrt(3 + 4j), cmath.sqrt(-0.0), cmath.sqrt(True))
