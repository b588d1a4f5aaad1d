# C3 linearization of diamonds and deeper hierarchies, and method resolution
# following __mro__.
class O:
    def who(self):
        return "O"
class A(O):
    def who(self):
        return "A>" + super().who()
class B(O):
    def who(self):
        return "B>" + super().who()
class C(O):
    def who(self):
        return "C>" + super().who()
class D(A, B):
    def who(self):
        return "D>" + super().who()
class E(B, C):
    def who(self):
        return "E>" + super().who()
class F(D, E):
    def who(self):
        return "F>" + super().who()

for cls in (A, D, E, F):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
    print("  ", cls().who())
print(F.__bases__ == (D, E), [b.__name__ for b in D.__bases__])
print(O.__bases__)
