# `l *= obj` with an __index__ object repeats the list in place; an operand's
# __rmul__ answers before the sequence repeat; floats are still refused.
class Idx:
    def __index__(self):
        return 2
class R:
    def __index__(self):
        return 2
    def __rmul__(self, o):
        return "rmul"
l = [1, 2]
l2 = l
l *= Idx()
print(l, l is l2, Idx() * (1,), b"x" * Idx(), [0] * R())
try:
    [0] * 2.0
except TypeError as e:
    print(e)
