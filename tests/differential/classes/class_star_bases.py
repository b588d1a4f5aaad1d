# Starred bases in a class statement (`class V(*bases)`) unpack into the bases.
class A: pass
bases = (A,)
class V(*bases): pass
print(V.__mro__[1].__name__)
