# Starred bases in a class statement unpack any iterable, mixed with plain
# bases, in order; an empty unpacking leaves `object` as the only base.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class M:
    pass
pair = [A, B]
class V(*pair):
    pass
class W(M, *(c for c in pair if c is B), A):
    pass
class X(*()):
    pass
print([c.__name__ for c in V.__mro__], V().who())
print([c.__name__ for c in W.__bases__], W().who())
print(X.__bases__)
