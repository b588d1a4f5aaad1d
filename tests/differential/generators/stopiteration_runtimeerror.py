# PEP 479: a StopIteration escaping a generator body becomes RuntimeError
# with the original as __cause__.
def leaky():
    yield 1
    next(iter([]))
    yield 2
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__)
def explicit():
    yield "a"
    raise StopIteration("custom")
try:
    print(list(explicit()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def fine():
    yield 1
    return "returned"
print(list(fine()))
def wrapped():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(wrapped()))
try:
    list(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("genexp", type(e).__name__, e)
try:
    [x for x in [1] if next(iter([]))]
except StopIteration as e:
    print("listcomp lets StopIteration through:", type(e).__name__)
