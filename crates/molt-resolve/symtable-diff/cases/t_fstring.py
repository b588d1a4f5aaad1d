
def f():
    x = 1
    def g(): return f"{x!r:>{width}}"
