from array import array

a = array("d", [0.5, 1.5, 2.5])
for x in a:
    print(x)
print(list(a), sum(a), sorted(array("i", [3, 1, 2])), list(reversed(a)))
print(2.5 in a, 3 in a, "x" in a, 1 in array("i", [1]), 1.0 in array("i", [1]))
it = iter(array("b", [1, 2, 3]))
print(next(it), list(it), list(it))
print(len(array("q", [1, 2])), bool(array("i")), bool(array("i", [0])))
print(max(array("H", [5, 60000, 7])), min(array("f", [0.25, -1.0])))
print(dict(zip(array("u", "abc"), array("B", [1, 2, 3]))))
