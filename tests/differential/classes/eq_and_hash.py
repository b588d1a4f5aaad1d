class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
a = Card(10, "h")
b = Card(10, "h")
c = Card(2, "s")
print(a == b, a != b, a == c, a is b, a == 10, 10 == a)
print(len({a, b, c}), a in [b], c in {a: 1})
d = {a: "ten of hearts"}
print(d[b])
print(hash(a) == hash(b), hash(a) == hash((10, "h")))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, [NoHash()].count(1))
