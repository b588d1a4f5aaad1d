# object.__ne__ inverts the type's own __eq__ (NotImplemented passes through);
# without an __eq__ override it is identity-based, and `!=` on a class that
# only defines __eq__ uses it the same way.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.v == o.v
    __hash__ = object.__hash__
class Q(P):
    pass
class Plain:
    pass
print(object.__ne__(P(1), P(1)), object.__ne__(P(1), P(2)), object.__ne__(P(1), 5))
print(object.__ne__(Q(1), P(1)), P(1) != P(1), P(1) != P(2), P(1) != 5)
x = Plain()
print(object.__ne__(x, x), object.__ne__(x, Plain()), x != x, x != Plain())
print(object.__ne__(1, 1), object.__ne__("a", "b"))
