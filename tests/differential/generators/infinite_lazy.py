# Infinite generators consumed lazily with islice, takewhile, zip, next and
# a manual loop with break; side effects show only needed values are made.
import itertools
def naturals():
    n = 0
    while True:
        print("  produce", n)
        yield n
        n += 1
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(naturals(), 3)))
print(list(itertools.takewhile(lambda x: x < 2, naturals())))
print(list(zip("ab", naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens))
print(list(itertools.islice(primes(), 10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if f > 1000:
        print("first fib over 1000:", i, f)
        break
squares = (x * x for x in itertools.count(1))
print(next(s for s in squares if s > 50))
