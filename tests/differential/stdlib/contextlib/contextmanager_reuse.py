# Re-entering a @contextmanager object raises CPython 3.11's
# AttributeError: '_GeneratorContextManager' object has no attribute 'args'.
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
