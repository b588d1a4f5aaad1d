# Non-data descriptors (only __get__): a caching descriptor that stores the
# computed value on the instance so later lookups bypass it, and a
# descriptor seeing obj=None and the owner class when accessed on the class.
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.fn(obj)
        setattr(obj, self.name, value)
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @cached
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return (self.v, obj is None, owner.__name__)
class K:
    c = Const(7)
print(K.c, K().c)
