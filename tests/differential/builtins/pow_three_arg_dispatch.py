# Three-argument pow() when not every argument is an int: the base's
# __pow__(exp, mod) is the only user method consulted (never __rpow__), a
# float anywhere refuses the modulus, complex refuses it with ValueError, and
# otherwise the TypeError names all three operand types.
class M:
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, mod=None):
        if mod == "no":
            return NotImplemented
        return ("pow", self.v, e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
def attempt(*a):
    try:
        print(pow(*a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(M(2), 3, 5)
attempt(M(2), M(3).v, 5)
attempt(M(2), 3, "no")
attempt(2, M(3), 5)
attempt(2, 3, M(5))
attempt(2.0, 3, 5)
attempt(2, 3.0, 5)
attempt(2, 3, 5.0)
attempt("a", 3, 5)
attempt(True, 3, 5)
attempt(2, 3, None)
attempt(1j, 3, 5)
attempt(2, 1j, 5)
attempt(M(2), 3.0, 5)
