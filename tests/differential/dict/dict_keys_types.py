d = {}
d[1] = "int 1"
d[-1] = "int -1"
d[2 ** 70] = "big"
d[0.5] = "half"
d["1"] = "str 1"
d[(1,)] = "tuple"
d[None] = "none"
d[False] = "false"
d[frozenset([1, 2])] = "fs"
print(len(d))
for k in d:
    print(repr(k), "->", d[k])
print(d[0], d[2 ** 70], d[frozenset([2, 1])])
