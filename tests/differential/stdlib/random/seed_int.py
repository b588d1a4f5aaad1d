import random
for s in [0, 1, 42, -1, -42, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 10**50, True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(32))
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
print(a == [random.random() for _ in range(5)], a)
