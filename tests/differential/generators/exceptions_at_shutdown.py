# Exceptions at generator shutdown: finally raising during close(), replacing
# GeneratorExit, throwing GeneratorExit explicitly, throw() handled by a
# return, and with blocks inside generators seeing thrown exceptions and
# GeneratorExit on close.
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally during close")
x = g(); next(x)
try:
    x.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)
def h():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("replaced GeneratorExit")
y = h(); next(y)
try:
    y.close()
except KeyError as e:
    print("close raised", repr(e))
def k():
    yield 1
z = k(); next(z)
try:
    z.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated from throw")
def m():
    try:
        yield
    except Exception as e:
        print("caught inside", type(e).__name__)
        return "handled"
w = m(); next(w)
try:
    w.throw(ZeroDivisionError())
except StopIteration as s:
    print("returned", s.value)
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        return False
def gw():
    with CM():
        yield 1
        yield 2
v = gw(); next(v)
try:
    v.throw(IndexError("idx"))
except IndexError as e:
    print("propagated", e)
v2 = gw(); next(v2); v2.close()
print("done")
