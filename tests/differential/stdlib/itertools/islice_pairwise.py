import itertools as it
s = "ABCDEFG"
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)), list(it.islice(s, 1, 6, 3)))
print(list(it.islice(s, None)), list(it.islice(s, 10, 20)), list(it.islice(it.count(), 3, 10, 4)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])))
i = iter(range(10)); print(list(it.islice(i, 3)), next(i))
