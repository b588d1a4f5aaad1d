it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"))
def gen():
    yield 1
    return "done value"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
