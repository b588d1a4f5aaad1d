import copy
l = [1, [2, 3], {"a": 4}]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1])
d = {"x": [1], "y": 2}
dc = copy.copy(d)
print(dc == d, dc is d, dc["x"] is d["x"])
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy("str") is "str" or True, copy.copy(5), copy.copy(None), copy.copy(2.5))
fs = frozenset([1])
print(copy.copy(fs) is fs, copy.copy(range(3)))
