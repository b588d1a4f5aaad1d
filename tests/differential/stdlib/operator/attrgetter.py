from operator import attrgetter
class A:
    def __init__(self, v, child=None):
        self.v = v
        self.child = child
a = A(1, A(2, A(3)))
print(attrgetter("v")(a), attrgetter("child.v")(a), attrgetter("child.child.v", "v")(a))
print(repr(attrgetter("a.b", "c")))
print([x.v for x in sorted([A(3), A(1), A(2)], key=attrgetter("v"))])
