# yield from returns the subgenerator's return value, forwards send(), and works with any iterable.
def sub(tag):
    total = 0
    while True:
        x = yield tag
        if x is None:
            return total
        total += x

def outer():
    a = yield from sub("first")
    print("  first returned", a)
    b = yield from sub("second")
    print("  second returned", b)
    c = yield from [7, 8]
    print("  list gives", c)
    return a + b

g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.send(None))
print(g.send(10))
print(g.send(None), next(g))
try:
    next(g)
except StopIteration as e:
    print("result", e.value)

def catcher():
    try:
        yield 1
    finally:
        yield "sub finally"
    return "sub done"
def delegator():
    r = yield from catcher()
    yield "delegator got " + r
d = delegator()
print(next(d), next(d))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]))))
