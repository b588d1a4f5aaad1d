# Starred bases in a class statement (`class V(*bases)`) are valid Python; Molt refuses
# the program at build time: "can't use starred expression here". CPython prints "A".
class A: pass
bases = (A,)
class V(*bases): pass
print(V.__mro__[1].__name__)
