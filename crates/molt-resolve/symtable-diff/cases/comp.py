
def f(m, n):
    a = [[c * r for c in row] for row in m]
    b = [[c * r for c in m] for r in n]
    c = {k: v for k, v in m.items() if k in n}
    d = (x for x in m for y in x if y)
    e = [lambda: x for x in m]
class C:
    n = 3
    xs = [n for _ in range(n)]
    ys = [m for m in range(n) for z in range(m)]
