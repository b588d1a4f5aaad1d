# Sequence patterns do not match namedtuples (including sys.version_info) in Molt:
# CPython prints "matched 1 2" and "matched 3"; Molt prints "no match" twice.
# (Follows from the documented isinstance(p, tuple) == False for namedtuples.)
import sys
from collections import namedtuple
P = namedtuple("P", "x y")
match P(1, 2):
    case (a, b):
        print("matched", a, b)
    case _:
        print("no match")
match sys.version_info:
    case (major, _, *_):
        print("matched", major)
    case _:
        print("no match")
