for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.4999, 2.675, 1e16 + 0.0]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (3.14159, 3), (1234.5678, -2), (0.125, 2), (0.375, 2), (-1.25, 1), (5.0, 0), (1.5, 0)]:
    print(v, n, round(v, n))
print(round(2.5, None), round(7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(-0.4), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
