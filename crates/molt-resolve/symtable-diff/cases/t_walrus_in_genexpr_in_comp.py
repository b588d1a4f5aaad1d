def f():
    [list((y := x) for x in r) for r in s]
    return y
