# contextlib.contextmanager: code before yield is __enter__, after is
# __exit__; exceptions are thrown in at the yield; try/finally for cleanup;
# swallowing by catching; the yielded value is bound by `as`.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("div") as t:
    print("  inside", t)
    with tag("span"):
        print("  deeper")

@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("  ignored", type(e).__name__, e)

with ignoring(KeyError, IndexError):
    [][1]
print("continued")
try:
    with tag("p"):
        raise ValueError("escaped")
except ValueError as e:
    print(type(e).__name__, e)

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise
history = []
with transaction(history) as h:
    h.append("work")
try:
    with transaction(history):
        raise ZeroDivisionError("bad")
except ZeroDivisionError:
    pass
print(history)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
