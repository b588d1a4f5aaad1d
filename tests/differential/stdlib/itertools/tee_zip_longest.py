import itertools as it
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
x, y, z = it.tee(iter("abc"), 3); print(list(x), list(y), list(z), it.tee([1], 0))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([1, 2], [], [3])))
