class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "P(%r)" % (self.v,)
a, b = P(1), P(1)
print(a == b, a == a, a != b, a is a)
print(str(a), repr(a), a)
class Q(P):
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(Q(1) == Q(1), Q(1) == P(1), Q(2) != Q(1))
try:
    hash(Q(1))
except TypeError as e:
    print("TypeError:", e)
