# A @contextmanager object keeps its call (func, args, kwds, gen) until
# __enter__ deletes func/args/kwds, so a manager can be entered only once.
from contextlib import contextmanager
@contextmanager
def tag(name, *, close=">"):
    print("<" + name + close)
    yield name
    print("</" + name + close)
c = tag("b", close="]")
print(c.func.__name__, c.args, c.kwds, type(c.gen).__name__)
with c as got:
    print("inside", got)
print(hasattr(c, "args"), hasattr(c, "func"), hasattr(c, "gen"))
try:
    with c:
        pass
except AttributeError as e:
    print("AttributeError", e)
