# str() falls back to __repr__; repr() does not use __str__; containers use
# repr of their elements; __repr__ must return a str.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both"
class BadRepr:
    def __repr__(self):
        return 7

for o in (OnlyRepr(), Both()):
    print(str(o), repr(o), [o], (o,), {"k": o}, f"{o}", f"{o!r}")
s = OnlyStr()
print(str(s), repr(s).startswith("<__main__.OnlyStr object at "), f"{s}")
print("%s %r" % (Both(), Both()))
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    def __str__(self):
        return "sub:" + super().__str__() + ":" + super().__repr__()
print(Sub())
