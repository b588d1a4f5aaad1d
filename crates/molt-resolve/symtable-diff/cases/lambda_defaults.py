
def f():
    d = 1
    deco = None
    A = int
    @deco
    def g(a=d, *, b=d, c: A = 1) -> A:
        return a
    h = lambda x=d, y=lambda: d: x
