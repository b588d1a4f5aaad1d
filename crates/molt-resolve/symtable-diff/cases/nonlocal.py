
def f():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            x = 5
        class C:
            nonlocal x
            x = 3
            def m(self): return x
        return h
    return g
