# classmethod wrapping a property (supported 3.9-3.12): C.n evaluates the getter with the class.
class C:
    _n = 3
    @classmethod
    @property
    def n(cls):
        return cls._n * 2
class D(C):
    _n = 10
print(C.n, D.n, D().n)
