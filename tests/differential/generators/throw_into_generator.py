# throw(): the exception is raised at the paused yield; the generator can
# handle it and yield again, or let it propagate; throw before start.
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  caught", e)
            n = 100
        except KeyError:
            print("  giving up")
            return "gave-up"

g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print(type(e).__name__, e)
def fresh():
    print("  never runs")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(f))
def passthrough():
    yield 1
    yield 2
p = passthrough()
next(p)
try:
    p.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print(type(e).__name__, e)
p2 = passthrough()
next(p2)
try:
    p2.throw(IndexError)
except IndexError as e:
    print(type(e).__name__, repr(e))
