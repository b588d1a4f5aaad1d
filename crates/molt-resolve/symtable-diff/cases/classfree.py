
def f():
    x = 1
    class C:
        def x(self): pass
        def m(self): return x
    class D:
        global x
        def m(self): return x
