print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2.5, 0), round(1234, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(7, -1, 13), pow(2.0, 3))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
