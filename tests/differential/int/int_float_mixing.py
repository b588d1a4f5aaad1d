print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 8 / 2, 1 / 3)
print(type(8 / 2).__name__, type(1 + 1).__name__, type(1 + 1.0).__name__)
print(2 ** 64 + 0.0)
print(10 ** 20 / 3)
print(float(2 ** 63), int(1e18), int(2.5), int(-2.5), int(1e100))
print(0.1 * 3, 3 * 0.1)
print(True + 0.5, False * 2.5)
print(1 / 7 * 7 == 1)
print(int(7.9999), int(-0.9))
print(abs(-3), abs(-3.5), abs(2**70 * -1))
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
