from collections.abc import MutableSequence, Sequence


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return self.n - i

    def __len__(self):
        return self.n


c = Countdown(5)
print(list(c), 3 in c, 9 in c, list(reversed(c)), c.index(2), c.count(4))
try:
    c.index(42)
except ValueError:
    print("ValueError raised")


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
s.reverse()
print(list(s), len(s), isinstance(s, Sequence))
s.clear()
print(list(s))
