# Resumed inside its except block, a generator still handles its exception:
# sys.exc_info() shows it, and a new error gets it as __context__; with
# nothing of its own, it sees the caller's handled exception.
import sys

def worker():
    print("idle sees", sys.exc_info()[0])
    yield 0
    try:
        raise KeyError("first")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
        raise ValueError("second")

w = worker()
try:
    raise IndexError("caller's")
except IndexError:
    print(next(w))
print(next(w))
try:
    raise TypeError("caller busy")
except TypeError:
    print(next(w))
try:
    next(w)
except ValueError as e:
    print(repr(e), repr(e.__context__))
