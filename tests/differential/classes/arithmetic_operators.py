# Binary arithmetic dunders, their reflected forms with builtins on the
# left, and the TypeError when neither side supports the operation.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def _zip(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __matmul__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n): return V(*[a << n for a in self.c])
    def __rshift__(self, n): return V(*[a >> n for a in self.c])
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __divmod__(self, o): return (self // o, self % o)
    def __radd__(self, o): return self + o
    def __rsub__(self, o): return V(*[o - a for a in self.c])
    def __rmul__(self, o): return self * o
    def __rtruediv__(self, o): return V(*[o / a for a in self.c])
    def __rpow__(self, o): return V(*[o ** a for a in self.c])
    def __rdivmod__(self, o): return ("r", o)

a, b = V(6, 9), V(4, 2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** V(2, 1))
print(a @ b, a << 2, a >> 1, a & b, a | b, a ^ b)
print(divmod(a, 4), divmod(7, a))
print(1 + a, 10 - a, 2 * a, 36 / a, 2 ** b, 2.5 * b)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
for thunk in (lambda: a + "s", lambda: "s" - a, lambda: a @ 3, lambda: 3 % a, lambda: [] * a):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
