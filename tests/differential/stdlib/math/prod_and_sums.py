import math
from math import prod, fsum, sqrt as root

print(prod([]), prod([2, 3, 4]), prod([1.5, 2]), prod(range(1, 21)), prod([2, 3], start=10))
print(prod([[1]], start=2) if False else "skip", fsum(x / 10 for x in range(11)))
print(root(2) ** 2, math.sqrt(1e-320), math.pow(2, 0.5), 2 ** 0.5)
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-2, 3), math.pow(2, -1))
try:
    prod([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum(math.sqrt(i) for i in range(100)))
