
def f(a, /, b=1, *args, c, d=2, **kw):
    return lambda: (a, b, args, c, d, kw)
def g(x, y): 
    def h(x): return y
