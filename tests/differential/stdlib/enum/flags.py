from enum import Flag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value)
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(repr(~Perm.R), repr(Perm(7)), repr(Perm(0)), str(Perm(0)))
print(list(rw), len(rw), list(Perm), len(Perm))
print(Perm(6) is rw, rw ^ Perm.W)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7
print([c.value for c in Color], Color.WHITE, list(Color.WHITE), repr(Color))
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)
