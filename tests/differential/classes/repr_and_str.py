class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
m = Money(1234)
print(m)
print(str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", "%s / %r" % (m, m), "{} {!r}".format(m, m))
o = OnlyRepr()
print(o, str(o), [o])
