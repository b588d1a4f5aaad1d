# `x -= 1` on an object supporting neither __isub__ nor __sub__: CPython's message
# names the augmented operator ("unsupported operand type(s) for -=: 'Frozen' and 'int'");
# Molt names the plain one ("for -:").
class Frozen:
    pass
x = Frozen()
try:
    x -= 1
except TypeError as e:
    print(e)
