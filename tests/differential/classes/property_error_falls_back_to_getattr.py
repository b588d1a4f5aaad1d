# A property getter raising AttributeError lets the class's __getattr__
# answer, as CPython's attribute slot does.
class P:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr fallback for " + name
p = P()
print(p.broken)
print(getattr(p, "broken", "default"))
