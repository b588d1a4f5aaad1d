# printf-style and str.format formatting of user objects: %s/%r/%a use
# __str__/__repr__, %d/%x/%o use __index__ (or __int__), %f/%e use
# __float__, and the TypeErrors when the needed method is missing.
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 9
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "S?"
print("%s %r %a" % (S(), S(), S()))
print("%d %x %o" % (I(), I(), I()))
print("%.2f %e" % (F(), F()))
for fmt, v in (("%d", N()), ("%d", F()), ("%f", S()), ("%x", F())):
    try:
        print(fmt % v)
    except TypeError as e:
        print(type(e).__name__, e)
print("%(a)s-%(b)r" % {"a": S(), "b": S()})
print("{:d}".format(7))
try:
    "{:d}".format(I())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(f"{S()!a} {S()!r:>5} {S()!s:<4}|")
