# Exception args bookkeeping: BaseException.__new__ records all constructor
# arguments even when __init__ does not call super(); args can be reassigned
# (lists become tuples); custom __str__; extra attributes; keyword-only data.
class E(Exception):
    def __init__(self, a, b):
        self.a = a
print(E(1, 2).args, str(E(1, 2)), repr(E(1, 2)))
class F(Exception):
    def __init__(self, msg):
        super().__init__("F: " + msg)
print(F("x").args, str(F("x")))
class G(Exception):
    def __str__(self):
        return "custom %d" % len(self.args)
print(str(G(1, 2, 3)), repr(G(1)))
e = ValueError()
e.args = ("a", "b")
print(str(e), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
k = KeyError("key\nwith newline")
print(str(k))
x = Exception("a")
x.custom = 5
print(x.custom)
try:
    raise Exception("a", "b") from ValueError("v")
except Exception as ex:
    print(ex.args, repr(ex.__cause__))
class H(Exception):
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw
print(repr(H(a=1)), H(a=1).kw)
