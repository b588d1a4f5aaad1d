# functools.total_ordering fills in the missing comparisons from __eq__ and
# one ordering method, and respects NotImplemented.
from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return "Money(%d)" % self.cents

a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a == Money(100), a != b)
print(sorted([b, a, Money(5)]), max(a, b), min([b, a]))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(a == 100)
