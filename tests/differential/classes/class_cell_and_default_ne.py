# The implicit __class__ cell in methods names the defining class (not the
# runtime type); object's default __ne__ inverts __eq__; repr of classes.
class A:
    def who(self):
        return __class__.__name__, type(self).__name__
    def __eq__(self, other):
        print("  A.__eq__")
        return isinstance(other, A)
class B(A):
    def who(self):
        return ("B sees", __class__.__name__) + super().who()
print(A().who(), B().who())
print(A() != B(), A() != 5)
print(repr(A), str(B), A.__name__, [repr(c) for c in B.__mro__])
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() != AlwaysEq(), AlwaysEq() == 0, 0 == AlwaysEq())
class CustomNe:
    def __ne__(self, o):
        return "custom ne"
print(CustomNe() != 1, CustomNe() == CustomNe())
