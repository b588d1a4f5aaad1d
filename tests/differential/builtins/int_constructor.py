print(int(), int(5), int(-5.9), int(5.9), int("42"), int(" -17 "), int("+3"), int(True), int("1_000"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("0x1F", 16), int("0b11", 0), int("0o17", 0), int("99", 0))
print(int("10", base=3), int(2 ** 70 + 0.0), int("-0"), int("000123"))
for args in [("abc",), ("1.5",), ("",), ("1 2",), ("0x1F",), ("9", 8), ("012", 0), ("5", 1), ("5", 37)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    int("5", 10.0)
except TypeError as e:
    print("TypeError:", e)
