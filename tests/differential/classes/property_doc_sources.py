# property.__doc__: an explicit doc= wins over the getter's docstring, copies
# made by getter/setter/deleter keep an explicit doc and take a new getter's
# docstring otherwise, and a property without either has __doc__ None.
class T:
    def _g(self):
        "from getter"
        return 1
    def _h(self):
        "from other getter"
        return 2
    a = property(_g)
    b = property(_g, doc="explicit")
    c = property(lambda self: 3)
    d = property()
    e = a.getter(_h)
    f = b.getter(_h)
    g = a.setter(lambda self, v: None)
    h = property(None, None, None, "only doc")
for n in "abcdefgh":
    print(n, repr(getattr(T, n).__doc__))
