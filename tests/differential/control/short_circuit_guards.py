items = [None, [], [0], [1, 2], "", "s"]
for it in items:
    print(repr(it), it is not None and len(it) > 0 and it[0])
d = {"x": [1]}
for key in ["x", "y"]:
    print(key, key in d and d[key][0])
i = 0
lst = [3, 4]
while i < len(lst) and lst[i] != 4:
    i += 1
print("index", i)
print(0 < 1 or 1 / 0)
print(False and 1 / 0)
