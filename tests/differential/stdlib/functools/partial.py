from functools import partial
p = partial(int, base=2)
print(p("101"), p("11", base=10), repr(p), p.func is int, p.args, p.keywords)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
g = partial(f, 1, d=9); print(g(2), g(2, 5, d=0), g.args, g.keywords)
h = partial(g, 7); print(h(), h.args, h.keywords, h.func is f)
print(repr(partial(max, 1, 2)))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
