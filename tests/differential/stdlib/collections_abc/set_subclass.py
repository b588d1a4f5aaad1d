from collections.abc import MutableSet, Set


class Bits(Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


a, b = Bits([1, 2]), Bits([1, 2, 3])
print(a <= b, a < b, b >= a, b > a, a == Bits([2, 1]), a == b, a <= {1, 2, 5})
print(a.isdisjoint([3, 4]), a.isdisjoint({2}), isinstance(a, Set), isinstance(a, MutableSet))


class Tags(MutableSet):
    def __init__(self):
        self._d = {}

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d[x] = True

    def discard(self, x):
        self._d.pop(x, None)


t = Tags()
for w in ["b", "a", "c"]:
    t.add(w)
t.remove("a")
print(list(t), t.pop(), list(t))
try:
    t.remove("zz")
except KeyError as e:
    print("KeyError:", e)
t.clear()
print(len(t))
