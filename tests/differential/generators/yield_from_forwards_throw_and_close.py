# throw() and close() reach the generator a `yield from` is running; its
# result or StopIteration decides what the outer generator does next.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
g = outer()
print(next(g))
g.close()
def inner2():
    yield 1
    return "r"
def outer2():
    x = yield from inner2()
    print("got", x)
    yield x
g = outer2()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
class ThrowIt:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, e):
        print("ThrowIt.throw", type(e).__name__)
        raise StopIteration
def outer3():
    r = yield from ThrowIt()
    yield ("after", r)
g = outer3()
print(next(g), g.throw(ValueError("x")))
# throw() into a generator paused in `yield from` must be forwarded to the
# subgenerator (which catches it here and yields). CPython prints
# "1 / sub caught boom / delegator got sub done"; Molt raises ValueError: boom
# from the delegating generator (throw is not forwarded).
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "sub caught " + str(e)
    return "sub done"
def delegator():
    r = yield from catcher()
    yield "delegator got " + r
d = delegator()
print(next(d))
print(d.throw(ValueError("boom")))
print(next(d))
