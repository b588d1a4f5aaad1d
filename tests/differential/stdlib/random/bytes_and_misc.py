import random
random.seed(8)
print(random.randbytes(0), random.randbytes(5), random.randbytes(9))
r = random.Random(0)
print([r.getrandbits(8) for _ in range(8)])
print(sum(r.random() for _ in range(10000)) > 4800)
counts = [0] * 6
for _ in range(6000):
    counts[r.randint(0, 5)] += 1
print(counts)
print(r.choices(range(3), k=0), r.sample([], 0))
