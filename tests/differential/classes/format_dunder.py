# __format__ drives format(), f-strings and str.format; the default
# __format__ rejects a non-empty spec.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "%d.%02d" % divmod(self.cents, 100)
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money(%d)" % self.cents

m = Money(12345)
print(format(m), format(m, "short"), format(m, ">10.1f"))
print(f"{m}|{m:short}|{m:.3f}|{m!s}|{m!r:.8}")
print("{0} and {0:short} and {1:08.2f}".format(m, Money(5)))
class Plain:
    def __str__(self):
        return "plain!"
p = Plain()
print(format(p), f"{p}", "{}".format(p))
try:
    format(p, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{p:>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
