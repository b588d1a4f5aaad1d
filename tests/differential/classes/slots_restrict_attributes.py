# __slots__: only the declared names, inherited by subclasses with slots;
# a subclass without __slots__ gets a __dict__ that does not show slot values.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)


class R(P):
    pass


p = P(1, 2)
p.x = 5
print(p.x, p.y, P.__slots__)
for obj, name in ((p, "z"), (Q(1, 2), "w")):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
q = Q(3, 4)
q.z = 9
print(q.x, q.z)
r = R(1, 2)
r.anything = "ok"
print(r.anything, r.__dict__)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
