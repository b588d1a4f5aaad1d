
def f():
    x = 1
    y = 2
    class C:
        x = 3
        print(y)
        def m(self):
            return x, y
        def n(self):
            return super().n(__class__)
    return C
