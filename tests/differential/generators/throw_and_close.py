# gen.throw raises at the suspension point (handlers in the generator see
# it), and gen.close runs pending finally blocks and with-exits.
def worker():
    total = 0
    while True:
        try:
            value = yield total
            total += value
        except ValueError as e:
            print("worker handled", e)
            total = -1
        finally:
            print("finally runs, total", total)


g = worker()
print(next(g))
print(g.send(5))
print(g.throw(ValueError("bad input")))
print(g.send(2))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
try:
    next(u)
except StopIteration:
    print("finished after throw")


def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring close")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)


class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)


def using():
    with Resource():
        yield "in with"


w = using()
print(next(w))
w.close()
fresh = using()
fresh.close()
print("closing an unstarted generator runs nothing")
t = unhandled()
try:
    t.throw(TypeError("at start"))
except TypeError as e:
    print("thrown at start:", e)
try:
    next(t)
except StopIteration:
    print("never started")
