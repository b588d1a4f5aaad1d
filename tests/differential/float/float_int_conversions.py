for v in [0.0, 1.9, -1.9, 1e10, 1e20, -1e20, 2.5, 123456.999, 1e300]:
    print(v, int(v))
print(float(12345678901234567890), float(-1))
print(int(2 ** 0.5 * 1000), int(float("1e3")))
print(7 // 2.5, 7 % 2.5, divmod(7, 2.5))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))
