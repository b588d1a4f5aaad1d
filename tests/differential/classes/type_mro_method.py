# Molt: AttributeError: type object 'B' has no attribute 'mro'
# CPython: type.mro() returns the MRO as a list (prints ['B', 'A', 'object']).
class A: pass
class B(A): pass
print([k.__name__ for k in B.mro()])
