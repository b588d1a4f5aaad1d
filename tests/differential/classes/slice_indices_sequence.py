# A custom sequence normalising slices with slice.indices (negative steps,
# out-of-range bounds), wrapping integer indices, and rejecting other keys.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            print("  indices", (start, stop, step))
            return [self.items[i] for i in range(start, stop, step)]
        if not isinstance(key, int):
            raise TypeError("Ring indices must be int, not %s" % type(key).__name__)
        return self.items[key % len(self.items)]
r = Ring("abcdef")
print(r[7], r[-1], r[100])
print(r[1:4], r[::-2], r[-3:], r[10:20], r[::3])
print(slice(1, 5, 2), slice(None).indices(4), slice(-100, 100).indices(5))
try:
    r["x"]
except TypeError as e:
    print(e)
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
s = slice(2, None)
print(s.start, s.stop, s.step, "abcdef"[s])
