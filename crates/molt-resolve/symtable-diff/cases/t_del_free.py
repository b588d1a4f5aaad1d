
def f():
    x = 1
    def g():
        nonlocal x
        del x
    def h(): return x
