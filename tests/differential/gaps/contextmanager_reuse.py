# Re-entering a @contextmanager object a second time: CPython 3.11 raises
# AttributeError: '_GeneratorContextManager' object has no attribute 'args'
# (its __enter__ deleted them the first time); Molt raises RuntimeError: generator didn't yield.
from contextlib import contextmanager
@contextmanager
def cm():
    yield
c = cm()
with c:
    pass
try:
    with c:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
