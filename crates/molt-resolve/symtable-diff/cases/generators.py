
def f():
    return [x for x in (yield)]
def g():
    x = yield from h()
l = lambda: (yield)
