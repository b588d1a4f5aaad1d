# Builtins and stdlib functions dispatch to dunders: math.floor/ceil/trunc,
# round, list.index/count/remove and `in` (via __eq__), sorted/min/max and
# heapq (via __lt__), filter(None) (via __bool__), sets and dicts (via
# __hash__), tuple/list comparisons; t[0] += x on a tuple mutates then raises.
import math, heapq
class N:
    def __init__(self, v): self.v = v
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
    def __round__(self, n=None): return ("round", n)
    def __eq__(self, o):
        print("  eq", self.v, getattr(o, "v", o))
        return isinstance(o, N) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __bool__(self): return self.v != 0
    def __repr__(self): return "N(%d)" % self.v
n = N(3)
print(math.floor(n), math.ceil(n), math.trunc(n), round(n), round(n, 2))
lst = [N(1), N(2), N(3)]
print(lst.index(N(2)))
print(lst.count(N(3)))
lst.remove(N(1))
print(lst, N(2) in lst)
print(sorted([N(5), N(0), N(2)]), min(N(4), N(1)), max([N(4), N(9)]))
h = [N(5), N(1), N(3)]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
print(list(filter(None, [N(0), N(1), N(0), N(7)])))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
print(sorted({N(1), N(1), N(2)}))
print({N(1): "a"}.get(N(1)))
print(N(1) in (N(1),), (N(2),) == (N(2),), [N(3)] < [N(4)])
