
def f():
    y = 1
    class C:
        n = [1]
        a: y = 1
        xs = [y for _ in n]
        ys = [n for _ in y]
