
def f():
    x = 1
    class C:
        global x
        def m(self): return x
    class D:
        nonlocal x
        def m(self): return x
