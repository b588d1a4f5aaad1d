print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate(zip([1, 2], "pq")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(3), [True, False, None])))
names = ["ann", "bob"]
ages = [30, 40]
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
e = enumerate("ab")
print(next(e), next(e), next(e, None))
print(type(enumerate([])).__name__, type(zip()).__name__)
