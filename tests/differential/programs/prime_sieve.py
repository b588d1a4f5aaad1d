# Sieve of Eratosthenes plus a few prime-related computations.
import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, math.isqrt(limit) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
    return [i for i, flag in enumerate(is_prime) if flag]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
biggest = max(gaps)
i = gaps.index(biggest)
print("largest gap:", biggest, "between", primes[i], "and", primes[i + 1])
twins = [(p, p + 2) for p in primes if p + 2 <= 10000 and (p + 2) in set(primes[:200])]
print("twin pairs in first 200 primes:", len(twins), twins[:6])
prime_set = set(primes)
goldbach = {}
for even in range(4, 101, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach 100:", goldbach[100], "goldbach 98:", goldbach[98])
for n in [360, 97, 1001, 2 ** 20, 600851475143, 9999991 * 3]:
    print(n, "=", fmt_factors(factorize(n)))
print("sum of primes below 10000:", sum(primes))
by_last_digit = {}
for p in primes:
    by_last_digit[p % 10] = by_last_digit.get(p % 10, 0) + 1
print(sorted(by_last_digit.items()))
