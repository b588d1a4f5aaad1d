primes = set()
for n in range(2, 2000):
    if all(n % p for p in primes if p * p <= n):
        primes.add(n)
print(len(primes), max(primes), 1999 in primes, 1001 in primes)
targets = [2, 3, 4, 97, 100, 997, 1000]
print([t for t in targets if t in primes])
pairs = sorted((p, p + 2) for p in primes if p + 2 in primes)
print(pairs[:8], len(pairs))
