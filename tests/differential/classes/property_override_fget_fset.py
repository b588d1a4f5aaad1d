# Overriding a property and reusing the base implementation through
# super().prop and Base.prop.fset/fget; assigning through super() fails;
# property.setter returns a new property and leaves the original unchanged.
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("  Base setter", x)
        self._v = x
class Child(Base):
    @property
    def v(self):
        return super().v * 10
    @v.setter
    def v(self, x):
        print("  Child setter", x)
        Base.v.fset(self, x + 1)
c = Child()
c.v = 4
print(c.v, Base.v.fget(c), Child.v.fset is not None)
try:
    super(Child, c).v = 3
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
print(p.fset, p.fdel, p.fget(None))
q = p.setter(lambda self, v: None)
print(q is p, q.fset is not None, p.fset)
