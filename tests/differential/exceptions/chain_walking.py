# Walking exception chains: implicit context through nested handlers and
# finally blocks, explicit cause winning over context, re-raising the same
# object (no self-context), context seen from a function called in a
# handler, and a context overwritten at raise time.
def chain(e):
    out = []
    while e is not None:
        out.append("%s(%s)" % (type(e).__name__, e))
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    finally:
        try:
            raise IndexError("in finally")
        except IndexError as ie:
            pass
except KeyError as e:
    print(chain(e))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise RuntimeError("c") from a
except RuntimeError as e:
    print(chain(e), "| context:", type(e.__context__).__name__)
try:
    try:
        raise ValueError("x")
    except ValueError as v:
        raise v
except ValueError as e:
    print("reraise same object:", e.__context__)
def f():
    try:
        raise OSError("os")
    except OSError:
        return sys_like()
def sys_like():
    try:
        raise LookupError("inner")
    except LookupError as le:
        return le.__context__
print(repr(f()))
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        e2 = TypeError(2)
        e2.__context__ = None
        raise e2
except TypeError as e:
    print(repr(e.__context__))
