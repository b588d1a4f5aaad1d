import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), f"{math.pi:.3f}", round(math.e, 4), math.tau == 2 * math.pi)
print(math.inf > 10 ** 300, math.isnan(math.nan), math.nan == math.nan)
print(math.floor(math.pi * 100) / 100, math.ceil(math.e))
