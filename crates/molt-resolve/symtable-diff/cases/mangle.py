
class C:
    __x = 1
    __dunder__ = 2
    def m(self, __p):
        __y = __p
        def g():
            return __y, __x
        return __x
    class __D:
        __z = 1
        def mm(self): return __z
