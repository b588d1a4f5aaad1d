import copy
l = [1, [2, [3, [4]]], {"a": [5]}, (6, [7]), (8, 9)]
c = copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], c[1][1] is l[1][1], c[2]["a"] is l[2]["a"], c[3] is l[3], c[4] is l[4])
d = {"k": {1, 2}, "f": frozenset([3]), "n": None}
dc = copy.deepcopy(d)
print(dc == d, dc["k"] is d["k"], dc["f"] == d["f"])
print(copy.deepcopy(42), copy.deepcopy("s"), copy.deepcopy((1, 2)))
