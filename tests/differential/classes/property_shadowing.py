# A subclass class attribute shadows an inherited property; assigning to a
# read-only inherited property fails; a subclass property can wrap the base
# property with super().
class P:
    @property
    def v(self):
        return 1
class Q(P):
    v = 5
class R(P):
    def __init__(self):
        try:
            self.v = 3
        except AttributeError as e:
            print("AttributeError", e)
class S(P):
    @property
    def v(self):
        return super().v * 100
print(Q().v, P().v, R().v, S().v)
q = Q()
q.v = 7
print(q.v, Q.v, type(P.v).__name__)
