from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(2) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) > V(1), V(1) >= V(1))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3), [g.v for g in sorted([G(3), G(1), G(2)])])
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(type(e).__name__, e)
