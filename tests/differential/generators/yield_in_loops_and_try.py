def safe_ints(items):
    for it in items:
        try:
            yield int(it)
        except ValueError:
            yield -1
        finally:
            print("  processed", repr(it))
for v in safe_ints(["1", "x", "3"]):
    print("value", v)
def windowed(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(windowed([1, 2, 3, 4, 5], 3)), list(windowed("ab", 3)))
def interleave(a, b):
    for x, y in zip(a, b):
        yield x
        yield y
print("".join(interleave("ace", "bdf")))
