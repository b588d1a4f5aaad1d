# `yield from` over a plain iterator class whose __next__ raises StopIteration("it-done"):
# the value of the yield from expression is the StopIteration's value.
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("it-done")
        return self.i
def d():
    r = yield from It()
    yield ("ret", r)
print(list(d()))
