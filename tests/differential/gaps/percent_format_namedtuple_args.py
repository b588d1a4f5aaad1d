# A namedtuple as the right operand of %: CPython uses it as the argument tuple
# (prints 1,2); Molt treats it as one object: TypeError: %d format: a real number
# is required, not B. (Related to the documented isinstance(nt, tuple) == False.)
from collections import namedtuple
B = namedtuple("B", "x y")
print("%d,%d" % B(1, 2))
