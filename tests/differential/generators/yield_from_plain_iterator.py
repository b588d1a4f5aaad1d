# yield from delegating to a plain iterator object: next() passes through,
# send(non-None) fails because the iterator has no send(), throw() raises
# the exception at the delegation point, the result is None.
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def d():
    r = yield from It()
    yield ("ret", r)
g = d()
print(next(g))
print(g.send(None))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
g2 = d()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(d()))
