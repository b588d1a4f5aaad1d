
def f(xs):
    ys = [last := x for x in xs]
    zs = [[(t := c) for c in r] for r in xs]
    g = lambda: [(q := 1) for _ in ()]
    return last
ys = [mlast := x for x in range(3)]
def h():
    global gg
    [gg := x for x in ()]
