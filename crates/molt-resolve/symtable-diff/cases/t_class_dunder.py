
def f():
    class A:
        x = __class__ if 0 else 1
        def m(self):
            class B:
                y = __class__
                def n(self): return super()
            return B
