import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(5, 2), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.repeat("x", 3)), list(it.repeat(1, -2)))
print(repr(it.count()), repr(it.count(5, 2)), repr(it.repeat(1)), repr(it.repeat("a", 3)))
c = it.count(10); next(c); print(repr(c))
print(list(zip(it.repeat(7), "ab")), list(it.cycle([])))
