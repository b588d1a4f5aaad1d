import struct

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 65504.0, 65519.0, 1e-8, 5.960464477539063e-08, 6e-08,
          float("inf"), float("-inf"), 2.0**-14, 2.0**-24 * 1.5, 0.333]:
    h = struct.pack("<e", x)
    print(x, h, struct.unpack("<e", h), struct.pack(">e", x), struct.pack("<f", x))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\xfc\x00"))
print(struct.pack("<e", float("nan")))
print(struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("f", 1e300))
for fmt, x in [("<e", 1e6), ("<e", 65520.0), ("<f", 1e300), (">f", -1e39)]:
    try:
        struct.pack(fmt, x)
    except OverflowError as e:
        print(fmt, type(e).__name__, e)
