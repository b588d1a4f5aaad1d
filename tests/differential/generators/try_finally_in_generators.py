# try/finally and try/except inside generators: finally runs on exhaustion,
# on close (or garbage collection when abandoned is not relied on), and on
# exceptions; yield inside finally; exceptions from the generator body.
def guarded(items):
    print("  open")
    try:
        for it in items:
            if it == "bad":
                raise ValueError("bad item")
            yield it
    finally:
        print("  close")
print(list(guarded(["a", "b"])))
try:
    for v in guarded(["x", "bad", "y"]):
        print(v)
except ValueError as e:
    print(type(e).__name__, e)
g = guarded(["p", "q"])
print(next(g))
g.close()
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
print(list(yield_in_finally()))
def nested():
    try:
        try:
            yield 1
            raise KeyError("inner")
        finally:
            yield 2
    except KeyError as e:
        yield "handled " + repr(e)
print(list(nested()))
def counter():
    count = 0
    try:
        while True:
            count += 1
            yield count
    finally:
        print("  counted", count)
c = counter()
for _ in range(3):
    next(c)
c.close()
