# Deep yield-from chains: recursive generators hundreds of levels deep,
# return values accumulated up the chain, and unbounded delegation ending
# in RecursionError.
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(300)))
def nested(n):
    if n == 0:
        return "bottom"
    r = yield from nested(n - 1)
    yield n
    return r + "+"
g = nested(50)
vals = list(g)
print(len(vals), vals[:3])
def collect(n):
    out = []
    gen = nested(n)
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return len(out), len(e.value)
print(collect(100))
import sys
def runaway(n):
    yield from runaway(n + 1)
try:
    next(runaway(0))
except RecursionError as e:
    print("RecursionError", type(e).__name__)
