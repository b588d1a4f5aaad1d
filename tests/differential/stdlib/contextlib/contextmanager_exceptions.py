from contextlib import contextmanager

@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield label
    except ValueError as e:
        print("handled", label, e)
    finally:
        print("exit", label)

with guarded("a"):
    raise ValueError("bad value")
print("continued")

try:
    with guarded("b"):
        raise KeyError("missing")
except KeyError as e:
    print("outer caught", repr(e))

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e

try:
    with transform():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        print("saw it")
        raise
try:
    with reraise():
        raise TypeError("t")
except TypeError as e:
    print("got", e)
