for n in [0, 1, -1, 255, -255, 2**64, -(2**70) + 3]:
    print(n, hex(n), oct(n), bin(n))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("17", 8))
print(int("zz", 36), int("-101", 2), int("  42  "), int("+7"), int("1_000_000"))
print(int("123456789012345678901234567890"))
print(str(-0), repr(10**30))
print(format(255, "x"), format(255, "#X"), format(5, "b"), format(8, "o"))
