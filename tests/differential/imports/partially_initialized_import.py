# `from a import x` during a circular import, before `a` defines x: the
# ImportError says the module is partially initialized (the message ends
# with the module's path, left out here).
import partialpkg.a
print(partialpkg.a.A_VALUE)
try:
    from partialpkg.a import NEVER
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])
