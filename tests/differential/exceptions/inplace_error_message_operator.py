# An augmented assignment neither operand supports names the augmented
# operator in its TypeError ("unsupported operand type(s) for -=").
class Frozen:
    pass
x = Frozen()
try:
    x -= 1
except TypeError as e:
    print(e)
