
def f(xs):
    k = 2
    return sum(x * k for x in xs), max((y for y in xs), key=lambda v: v * k)
