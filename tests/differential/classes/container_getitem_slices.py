# __getitem__/__setitem__/__delitem__ receive ints and slice objects; a
# __getitem__ raising IndexError makes the object iterable; __contains__
# falls back to iteration; __reversed__ and __missing__-style defaults.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step)
            return Seq(self.items[key])
        return self.items[key]
    def __setitem__(self, key, value):
        self.items[key] = value
    def __delitem__(self, key):
        del self.items[key]
    def __repr__(self):
        return "Seq(%r)" % (self.items,)

s = Seq(range(10))
print(s[3], s[-1], s[2:8:2], s[::-3], s[:2])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
del s[5]
del s[::4]
print(s, len(s))
print(list(s), "c" in s, 99 in s)
print(sorted(x for x in Seq([3, 1, 2])))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 4])
try:
    iter(g) and list(g)
except TypeError as e:
    print(type(e).__name__, e)
class Reversible(Seq):
    def __reversed__(self):
        print("  __reversed__")
        return iter(self.items[::-1])
print(list(reversed(Reversible([1, 2, 3]))))
class NoItems:
    pass
for op in (lambda: NoItems()[0], lambda: NoItems().__setitem__, lambda: len(NoItems())):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
