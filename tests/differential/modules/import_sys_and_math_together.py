import sys
import math
def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return mean, math.sqrt(var)
values = [2, 4, 4, 4, 5, 5, 7, 9]
m, sd = stats(values)
print(f"mean={m} sd={sd}")
sys.stdout.write(f"{math.pi:.5f}\n")
if sd != 2.0:
    sys.exit(1)
print("ok", math.gcd(*values[:3]), sys.maxsize > 0)
