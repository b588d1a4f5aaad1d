
def f():
    x = 1
    def g():
        global x
        x = 2
        def h():
            return x
    return x
class K:
    global z
    z = 1
    def m(self): return z
def outer():
    global w
    def w(): pass
    class Q:
        global r
        def r(self): pass
