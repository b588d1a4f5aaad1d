print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(101)), sum([True, True]), sum([[1], [2]], []))
print(sum((1.5, 2)), sum([2 ** 64, 2 ** 64]), sum(x for x in range(5)))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(["a", ""]), any(x > 5 for x in range(10)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
