# __cause__ from `raise ... from`, implicit __context__, __suppress_context__
# and `from None`.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError("no key %r" % k) from e
try:
    lookup({}, "a")
except ValueError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as e:
    print("cause:", e.__cause__, "context:", type(e.__context__).__name__, e.__context__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("clean") from None
except KeyError as e:
    print("cause:", e.__cause__, "context:", type(e.__context__).__name__, "suppress:", e.__suppress_context__)
try:
    raise RuntimeError("direct") from OSError("os")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
