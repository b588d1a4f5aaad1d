# Defining __eq__ without __hash__ makes instances unhashable; defining both
# makes them usable as dict keys and set members; __hash__ = None opts out.
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
class Plain:
    pass
class OptOut:
    __hash__ = None
class Child(Both):
    def __eq__(self, other):
        return False
class Child2(Both):
    pass

print(EqOnly.__hash__ is None, Both.__hash__ is None, OptOut.__hash__)
for cls in (EqOnly, OptOut, Child):
    try:
        hash(cls(1) if cls is not OptOut else cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {cls(1) if cls is not OptOut else cls(): 1}
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(Child2(5)) == hash(5))
s = {Both(1), Both(1), Both(2)}
print(len(s), sorted(x.v for x in s))
d = {Both(3): "three"}
print(d[Both(3)], Both(4) in d)
p = Plain()
print(hash(p) == hash(p), p in {p}, Plain() in {p})
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
