
def f():
    k = 1
    @(lambda fn: k)
    def g(): pass
    @d(lambda: k)
    class C: pass
