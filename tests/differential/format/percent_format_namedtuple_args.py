# A namedtuple right of % is the argument tuple, as any tuple is.
from collections import namedtuple
B = namedtuple("B", "x y")
print("%d,%d" % B(1, 2))
