import struct

for fmt in ["y", "<n", "<N", "!P", "3", "3 i", "<i<", "i\0i", "99999999999999999999i",
            "9999999999999999999i", "@@", " i ", "\ti\n", b"2h"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error:", e)
for bad in [5, None, 1.5]:
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    struct.calcsize()
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
