# Lists, dicts and strings: building, indexing, counting.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(n + 1) if flags[i]]


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


primes = sieve(2000000)
print(len(primes), primes[-1])
words = [str(i % 1000) for i in range(500000)]
counts = word_counts(words)
print(len(counts), counts["7"])
