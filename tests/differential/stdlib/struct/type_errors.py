import struct

cases = [("i", 1.5), ("i", "x"), ("i", None), ("f", "x"), ("d", 2**1024), ("c", b"ab"),
         ("c", "a"), ("c", 1), ("s", "a"), ("p", 5), ("?", None)]
for fmt, v in cases:
    try:
        print(fmt, repr(v), struct.pack(fmt, v))
    except struct.error as e:
        print(fmt, repr(v), "error:", e)
for args in [("ii", 1), ("i", 1, 2), ("i",), ("3s", b"a", b"b"), ("x", 1)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, "error:", e)
try:
    struct.pack()
except TypeError as e:
    print(type(e).__name__, e)
