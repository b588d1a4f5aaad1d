# Three-argument pow() with a user class: pow(M(2), 3, 5) calls M.__pow__(self, e, mod);
# pow(2, M(3), 5) raises "unsupported operand type(s) for ** or pow(): 'int', 'M', 'int'".
class M:
    def __init__(self, v): self.v = v
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)
try:
    print(pow(M(2), 3, 5))
except TypeError as e:
    print(e)
try:
    pow(2, M(3), 5)
except TypeError as e:
    print(e)
