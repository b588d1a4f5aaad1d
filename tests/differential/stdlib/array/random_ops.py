import random
from array import array

rng = random.Random(5)
values = [0, 1, -1, 127, -128, 255, 256, 32767, -32769, 65535, 65536, 2**31 - 1, -2**31,
          2**32, 2**63 - 1, -2**63, 2**64 - 1, 2**64, 0.5, "a", None, True]
for _ in range(200):
    tc = rng.choice("bBhHiIlLqQfd")
    vs = [rng.choice(values) for _ in range(rng.randint(0, 4))]
    try:
        a = array(tc, vs)
    except (OverflowError, TypeError) as e:
        print(tc, vs, type(e).__name__, e)
        continue
    b = array(tc, a.tobytes())
    i, j, k = rng.randint(-5, 5), rng.randint(-5, 5), rng.choice([1, 1, 2, -1, -2])
    print(tc, a, b == a, a[i:j:k], len(a))
    try:
        del b[i:j:k]
        b[0:0] = a[::-1]
        print(" ", b, b.count(0), 1 in b)
        b[i] = b[j]
    except (IndexError, ValueError) as e:
        print(" ", type(e).__name__, e)
