import struct

s = struct.Struct("<ih")
print(s.format, s.size, type(s).__name__)
p = s.pack(1, -2)
print(p, s.unpack(p), s.unpack_from(b"xx" + p, 2), s.unpack_from(p + b"yy"))
print(list(s.iter_unpack(p * 3)))
print(struct.Struct(b">i").format, struct.Struct(format="<h").size)
print(repr(s).startswith("<_struct.Struct object at 0x"))
for f in [lambda: s.pack(1), lambda: s.unpack(b"ab"), lambda: struct.Struct("z"),
          lambda: struct.Struct(5), lambda: struct.Struct(), lambda: s.unpack_from(b"abcdef", offset=3)]:
    try:
        f()
    except struct.error as e:
        print("error:", e)
    except TypeError as e:
        print(type(e).__name__, e)
