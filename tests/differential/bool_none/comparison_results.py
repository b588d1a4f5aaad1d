r = 3 > 2
print(r, type(r).__name__)
print([x > 2 for x in range(5)])
print((1 == 1) + (2 == 2), (1 < 2) * 5)
flags = [a == b for a, b in zip("abc", "abd")]
print(flags, all(flags), any(flags))
print(isinstance(r, bool), isinstance(r, int))
print(True is (1 == 1), False is (1 == 2))
