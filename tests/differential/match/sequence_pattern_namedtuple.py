# Sequence patterns match namedtuples (sys.version_info too).
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
