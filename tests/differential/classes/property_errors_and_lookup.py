# A property getter raising AttributeError: getattr() with a default and
# hasattr() treat it as missing; other exceptions propagate from hasattr;
# property setters run on assignment; classmethods called on instances
# receive the instance's class.
class Q:
    @property
    def x(self):
        raise AttributeError("x missing")
q = Q()
print(getattr(q, "x", "dflt"), hasattr(q, "x"))
try:
    q.x
except AttributeError as e:
    print(e)
class S:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("  setter", val)
        self._v = val
s = S()
s.v = 5
print(s.v)
class T:
    @classmethod
    def who(cls):
        return cls.__name__
class U(T): pass
print(U().who(), T.who(), U.who.__self__.__name__)
class R:
    @property
    def other(self):
        raise ValueError("bad value")
try:
    hasattr(R(), "other")
except ValueError as e:
    print("ValueError", e)
