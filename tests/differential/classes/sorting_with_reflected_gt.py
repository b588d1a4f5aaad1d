# Sorting with only __gt__ defined (sorted/min/max fall back to the reflected
# method), stability with equal keys and reverse=True, and errors when
# comparisons with other types are not supported.
class G:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self): return "%d%s" % (self.v, self.tag)
items = [G(3, "a"), G(1, "b"), G(3, "c"), G(2, "d"), G(1, "e")]
print(sorted(items), max(items), min(items))
print(sorted(items, reverse=True))
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, L):
            return NotImplemented
        return self.v < o.v
try:
    sorted([L(1), 2])
except TypeError as e:
    print(e)
try:
    max([G(1, "x"), "s"])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
