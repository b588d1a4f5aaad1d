import cmath
import random
INF, NAN = float("inf"), float("nan")
VALS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 1e-320, -1e-310, 1e308, -1e308, 0.7, 1.2, 1e-5, INF, -INF, NAN]
random.seed(3)
RANDOM = [complex(random.uniform(-10, 10), random.uniform(-10, 10)) * 10 ** random.randint(-5, 5) for _ in range(150)]
for a in VALS:
    row = []
    for b in VALS:
        try:
            row.append((cmath.log(complex(a, b)), cmath.log10(complex(a, b))))
        except ValueError as e:
            row.append(str(e))
    print(row)
print([cmath.log(z) for z in RANDOM])
print([cmath.log10(z) for z in RANDOM])
print(cmath.log(-1), cmath.log(1j), cmath.log(10), cmath.log10(100), cmath.log10(-1000), cmath.log(1 + 1e-10j), cmath.log(0.8 + 0.6j))
