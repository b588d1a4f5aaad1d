import random
random.seed(2024)
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200]])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 30, 4) for _ in range(10)])
print([random.randrange(50, 0, -7) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randrange(10**40), random.randrange(-10**30, 10**30), random.randint(0, 2**70))
print(random.randrange(5.0), random.randrange(1, 10.0))
for args in [(0,), (-3,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 1), (1.5,), (1, 2.5), (0, 10, 1.5)]:
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
