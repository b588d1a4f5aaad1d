# cls.mro() returns the method resolution order as a list.
class A: pass
class B(A): pass
print([k.__name__ for k in B.mro()])
