
x = 0
def f():
    global x
    def g():
        x = 1
        def h(): return x
