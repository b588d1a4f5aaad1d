# A generator that tries to advance itself raises ValueError; calling next
# on an exhausted generator keeps raising StopIteration.
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def one():
    yield 1
o = one()
print(next(o))
for _ in range(2):
    try:
        next(o)
    except StopIteration as e:
        print("StopIteration", e.value)
print(next(o, "default"))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
