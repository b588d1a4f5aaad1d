# `yield from`: values pass through, sent values reach the inner generator,
# and the inner generator's return value is the expression's value.
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def outer():
    result = yield from inner(3)
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    return "done"


print(list(outer()))
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(next(g))
print(list(g))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain(range(3), (x * x for x in range(3)), {"k": 1})))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, [5]]]], 6])))


def relay():
    value = yield from inner(2)
    yield value


r = relay()
print(next(r), r.send(100), r.send(200))
try:
    list(chain(5))
except TypeError as e:
    print(e)
