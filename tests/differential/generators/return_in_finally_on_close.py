# close() returns None even when the generator's finally block returns a
# value; GeneratorExit swallowed by return ends the generator quietly; a
# generator's return value travels in StopIteration.value and .args.
def fin():
    try:
        yield 1
    finally:
        return 5
f = fin()
next(f)
print(f.close())
print(list(f))
def inner():
    yield 1
    return "inner-ret"
def outer():
    r = yield from inner()
    return r
o = outer()
print(next(o))
try:
    next(o)
except StopIteration as e:
    print(e.value, e.args)
def tuple_return():
    return (1, 2)
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)
def none_return():
    yield
n = none_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
