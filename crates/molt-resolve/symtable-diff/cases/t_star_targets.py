
def f():
    [a, *b], c = d = e, = 1, 2
    (g := 1)
    for (h, i) in j: pass
    with a as [k, l.m, n[0]]: pass
    return lambda: (a, b, c, d, e, g, h, i, k)
