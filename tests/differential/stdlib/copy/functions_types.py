import copy
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(int) is int)
class K:
    pass
print(copy.deepcopy(K) is K, copy.copy(K) is K)
data = {"f": f, "t": (f, [K])}
d2 = copy.deepcopy(data)
print(d2["f"] is f, d2["t"][1][0] is K, d2["t"][1] is not data["t"][1])
print(copy.deepcopy(b"bytes"), copy.deepcopy(3 + 0.5), copy.deepcopy(True), copy.deepcopy(...))
