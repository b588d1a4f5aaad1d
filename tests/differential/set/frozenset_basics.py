f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 9})
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
s = {f, g, frozenset([1, 2, 3])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(type(f | {9}).__name__, type({9} | f).__name__)
print(hash(frozenset()) == hash(frozenset()), hash(f) == hash(frozenset([1, 2, 3])))
