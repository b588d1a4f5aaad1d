# Unary minus on every kind of operand, including the 48-bit edge of the
# inline small-int path and user __neg__.
for v in [0, 1, -1, 2**47 - 1, -2**47, 2**47, -2**100, 0.0, -0.0, 1.5, float("inf"), float("nan"), True, False]:
    print(repr(-v), type(-v).__name__)
class N:
    def __neg__(self):
        return "negated"
print(-N())
try:
    -"s"
except TypeError as e:
    print(e)
