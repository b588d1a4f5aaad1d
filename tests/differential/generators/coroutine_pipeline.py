# Push-based pipeline of generator coroutines connected with send():
# a primed filter, a transformer and a sink; close() propagates down.
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    finally:
        results.append("<sink closed>")
@coroutine
def transform(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()
@coroutine
def only(pred, target):
    try:
        while True:
            x = yield
            if pred(x):
                target.send(x)
    finally:
        target.close()
out = []
pipe = only(lambda n: n % 3 == 0, transform(lambda n: n * n, sink(out)))
for i in range(10):
    pipe.send(i)
pipe.close()
print(out)
@coroutine
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
print([rm.send(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)])
