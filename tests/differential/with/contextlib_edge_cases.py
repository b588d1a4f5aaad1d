# contextlib helpers and contextmanager edge cases: closing, nullcontext,
# converting an exception inside the generator (keeps __context__),
# StopIteration raised in the body propagates unchanged, suppress() with no
# types suppresses nothing.
from contextlib import contextmanager, nullcontext, closing, suppress
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
@contextmanager
def cm():
    try:
        yield
    except ValueError:
        print("handled in cm")
        raise TypeError("converted")
try:
    with cm():
        raise ValueError("v")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagates", e)
except RuntimeError as e:
    print("RuntimeError", e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with CM() as a, CM() as b:
    print(a is not b)
with suppress():
    pass
try:
    with suppress():
        raise ValueError("no types")
except ValueError as e:
    print("not suppressed", e)
