# A namedtuple as %'s operand is an argument tuple: one inside a tuple or a
# mapping is a single value, and a namedtuple with too many items for the
# format is an error.
from collections import namedtuple
B = namedtuple("B", "x y")
print("%d,%d" % B(1, 2))
print("%s" % (B(1, 2),))
try:
    print("%s" % B(1, 2))
except TypeError as e:
    print(e)
print("%(x)s" % {"x": B(3, 4)})
