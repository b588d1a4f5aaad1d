d = {"a": 1, "b": 2, 3: "three", (1, 2): [1, 2], None: 0, 2.5: "f"}
print(d, len(d))
print(d["a"], d[3], d[(1, 2)], d[None], d[2.5])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0), dict(zip("ab", [1, 2])))
d["a"] = 100
d["new"] = "n"
print(d)
print("a" in d, "zz" in d, 1 in d, "zz" not in d)
e = {}
e[1] = "int"
e[1.0] = "float overwrites value"
e[True] = "bool too"
print(e)
print({"x": 1, "x": 2}, {1: "a", True: "b"})
print(type(d).__name__, isinstance(d, dict))
