# A generator suspended inside an except block keeps that exception to
# itself: the caller sees no handled exception and no __context__ from it.
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
    yield 2

x = g()
next(x)
try:
    raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__))
import sys
print(sys.exc_info())
next(x)
print(sys.exc_info())
