# Decorators applied to classes: registration, adding methods and
# attributes, replacing the class, and stacking.
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in cls.fields)
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls
def with_count(start):
    def deco(cls):
        cls.count = start
        orig = cls.__init__
        def __init__(self, *a, **k):
            type(self).count += 1
            orig(self, *a, **k)
        cls.__init__ = __init__
        return cls
    return deco

@register
@add_repr
@with_count(100)
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, Point.count)
print(sorted(registry), registry["point"] is Point)
def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = True
print(type(Settings).__name__, Settings.debug)
