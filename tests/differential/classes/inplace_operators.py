# In-place operators use __iadd__ etc. when defined (mutating and returning
# self), fall back to __add__ otherwise, and rebind the name to the result.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))
    def __imul__(self, n):
        print("  __imul__ returns a new object")
        return Bag(self.items * n)
    def __isub__(self, other):
        print("  __isub__ declines")
        return NotImplemented
    def __sub__(self, other):
        print("  __sub__")
        return Bag(x for x in self.items if x not in other)
    def __ior__(self, other):
        return "replaced"
class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Frozen(self.n + other)

b = Bag([1])
alias = b
b += [2, 3]
print(b is alias, alias.items)
b *= 2
print(b is alias, b.items, alias.items)
b -= [1]
print(b.items)
b |= None
print(b)
f = Frozen(1)
g = f
f += 5
print(f is g, f.n, g.n)
lst = [Bag([0])]
lst[0] += [9]
print(lst[0].items)
class Holder:
    pass
h = Holder()
h.bag = Bag()
h.bag += "ab"
print(h.bag.items)
x = Frozen(0)
try:
    x -= 1
except TypeError as e:
    print(type(e).__name__)
n = 5
n **= 2
n //= 3
n <<= 2
n %= 7
n ^= 3
print(n)
