# A generator suspended inside a with block keeps the context open; the
# manager exits when the generator finishes or is closed (close() raises
# GeneratorExit at the yield, which unwinds through the with).
from contextlib import contextmanager

@contextmanager
def resource(name):
    print("  open", name)
    try:
        yield name
    finally:
        print("  close", name)

def reader(name, lines):
    with resource(name) as r:
        for line in lines:
            yield "%s:%s" % (r, line)

g = reader("a", ["x", "y", "z"])
print(next(g))
print(next(g))
g.close()
print("closed early")
print(list(reader("b", ["1", "2"])))
class Manual:
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, et, ev, tb):
        print("  exit with", et.__name__ if et else None)
        return et is ValueError
def guarded():
    with Manual():
        yield 1
        yield 2
    yield "after with"
h = guarded()
print(next(h))
print(h.throw(ValueError("swallowed by __exit__")))
print(list(h))
