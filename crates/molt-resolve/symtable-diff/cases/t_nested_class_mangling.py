
class _Outer:
    __a = 1
    class Inner:
        __b = 2
        def m(self, __c): return __a, __b
    def n(self):
        import __hidden
        global __g
        __g = 1
