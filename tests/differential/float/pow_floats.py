print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 27 ** (1 / 3), 2 ** -1.0)
print((-8) ** 2.0, 0.0 ** 0, 0 ** 0.0, 1.0 ** 1e308, 10.0 ** 308)
try:
    print(10.0 ** 309)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
print(pow(2.0, 0.5), pow(4, -0.5), pow(2, 3.0))
