import struct

cases = [("b", 200), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2**31),
         ("I", -1), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("n", 2**63), ("N", -1),
         ("P", 2**64), ("<b", 200), ("<B", -1), (">h", 40000), ("<h", 40000), ("=h", 40000),
         ("<H", -1), ("<H", 70000), (">H", -1), (">H", 70000), ("<i", 2**31), ("<I", -1),
         ("<I", 2**32), ("<l", 2**31), ("<L", 2**32), ("<q", 2**63), ("<Q", -1), ("<Q", 2**64),
         ("b", 2**70), ("i", 2**70), ("<l", 2**70), (">q", -2**63 - 1),
         (">q", 2**63), (">Q", -1), (">Q", 2**64), (">h", 2**70), ("!q", 2**100)]
for fmt, v in cases:
    try:
        print(fmt, v, struct.pack(fmt, v))
    except struct.error as e:
        print(fmt, v, "error:", e)
print(struct.pack(">q", 2**63 - 1), struct.pack(">Q", 2**64 - 1))
for fmt, v in [("<e", 2**64), ("e", 65536), (">e", True), ("<f", 2**200), ("<e", 2**1030), ("<d", 2**1030)]:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
