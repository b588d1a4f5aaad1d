print(hash(1.0) == hash(1), hash(0.0) == hash(0) == hash(-0.0), hash(2.0) == hash(2))
d = {1: "int", 1.0: "float"}
print(d)
d2 = {2.0: "a"}
print(d2[2], 2 in d2)
print({1, 1.0, True})
