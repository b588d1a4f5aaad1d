[g := 1 for _ in ()]
def f():
    return g
