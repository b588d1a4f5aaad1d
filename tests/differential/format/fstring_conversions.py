vals = [1, "s", 1.5, None, [1, "a"], ("t",), "é\n"]
for v in vals:
    print(f"{v}|{v!s}|{v!r}|{v!a}")
print(f"{'x'!r:>6}|{5!s:<3}|")
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
p = P("q")
print(f"{p} {p!r} {p!s}", str(p), repr(p), [p], "%s %r" % (p, p), "{} {!r}".format(p, p))
