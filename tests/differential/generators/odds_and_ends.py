# Generator odds and ends: lambda generators, explicit __next__/__iter__,
# send on a finished generator, yield from a partially consumed generator and
# from an iterator class (return value None), exceptions converted inside a
# generator keep __context__, generators feeding builtins.
f = lambda: (yield 1)
g = f()
print(type(g).__name__, next(g))
def gen():
    yield 1
    yield 2
g = gen()
print(g.__next__(), g.__iter__() is g, next(g, "end"), next(g, "end"))
try:
    g.send(5)
except StopIteration:
    print("send on finished -> StopIteration")
def partially():
    it = gen()
    next(it)
    r = yield from it
    yield ("rest done", r)
print(list(partially()))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def deleg():
    r = yield from It()
    yield ("It returned", r)
print(list(deleg()))
def g3():
    try:
        yield 1
    except ValueError:
        raise KeyError("converted")
x = g3(); next(x)
try:
    x.throw(ValueError)
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
def nested_gen():
    def inner():
        yield "inner"
    yield from inner()
    yield from (c for c in "ab")
print(list(nested_gen()))
print(sum(1 for _ in gen()), any(x > 1 for x in gen()), sorted(gen(), reverse=True))
def fib_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(dict(enumerate(fib_gen(6))), set(fib_gen(8)) == {0, 1, 2, 3, 5, 8, 13})
def send_exc():
    while True:
        try:
            v = yield
            print("got", v)
        except GeneratorExit:
            print("exit")
            return
s = send_exc(); next(s); s.send(1); s.close()
