import cmath
import random
INF, NAN = float("inf"), float("nan")
VALS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 1e-320, -1e-310, 1e308, -1e308, 0.7, 1.2, 1e-5, INF, -INF, NAN]
random.seed(3)
RANDOM = [complex(random.uniform(-10, 10), random.uniform(-10, 10)) * 10 ** random.randint(-5, 5) for _ in range(150)]
for a in VALS:
    row = []
    for b in VALS:
        z = complex(a, b)
        try:
            row.append(cmath.phase(z))
        except OverflowError as e:
            row.append(str(e))
        try:
            row.append(cmath.polar(z))
        except OverflowError as e:
            row.append(str(e))
    print(row)
print([cmath.polar(z) for z in RANDOM[:50]], [cmath.phase(z) for z in RANDOM[50:100]])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2), cmath.phase(2.0), cmath.polar(3 + 4j))
