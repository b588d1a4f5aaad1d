
def f():
    g = lambda a=[(w := 1) for _ in ()]: w
    return w
