from contextlib import contextmanager

@contextmanager
def never():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

@contextmanager
def ignores():
    try:
        yield
    except Exception:
        yield

for cm in (never, twice):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    with ignores():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__, e)
