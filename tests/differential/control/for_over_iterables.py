for ch in "hi":
    print("str", ch)
for item in (1, "two"):
    print("tuple", item)
for k in {"a": 1, "b": 2}:
    print("dict", k)
for k, v in {"a": 1, "b": 2}.items():
    print("items", k, v)
for x in {3, 1, 2}:
    print("set", x)
for b in b"AB":
    print("bytes", b)
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print("zip", i, a, b)
for x in map(abs, [-1, -2]):
    print("map", x)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print("nested", v)
loopvar = "unset"
for loopvar in range(3):
    pass
print("after loop", loopvar)
