# Assorted exception behaviours: catching a non-exception class, KeyError's
# str, with_traceback, raise from None, finally with return inside loops,
# StopIteration.value, SystemExit codes, RecursionError, builtin hierarchy.
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
e = OSError("plain")
print(type(e).__name__, e)
print(str(KeyError("a", "b")), str(KeyError("a")), str(KeyError()))
e = ValueError("v")
print(e.with_traceback(None) is e)
class E(Exception):
    pass
try:
    raise E from None
except E as x:
    print(x.__suppress_context__, x.__cause__, repr(x))
def f():
    try:
        return 1
    finally:
        print("finally in f")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return "ret %d" % i
        finally:
            print("fin", i)
print(g())
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
try:
    {}["k"]
except LookupError as l:
    print(type(l).__name__, l.args)
import sys
try:
    sys.exit("bye")
except SystemExit as s:
    print("SystemExit", s.code, s.args)
try:
    raise SystemExit
except SystemExit as s:
    print(s.code)
print(repr(UnicodeError("u")), isinstance(RecursionError(), RuntimeError), issubclass(ModuleNotFoundError, ImportError))
try:
    def rec(n): return rec(n + 1)
    rec(0)
except RecursionError as r:
    print("RecursionError", r)
try:
    int("12a")
except ValueError as v:
    print(v)
ex = AttributeError("a")
print(ex.args, repr(NameError("n")))
try:
    undefined_name_here
except NameError as n:
    print(n)
