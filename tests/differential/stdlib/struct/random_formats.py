import random
import struct

rng = random.Random(1234)
codes = "xcbB?hHiIlLqQnNefdspP"
orders = ["", "@", "=", "<", ">", "!"]
values = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, -32769, 65535, 65536,
          2**31, -2**31, 2**32, 2**63, -2**63, 2**64, 0.5, -2.25, 1e300, b"", b"a", b"xyz",
          True, None, "s"]
ok = err = 0
for _ in range(400):
    fmt = rng.choice(orders)
    for _ in range(rng.randint(0, 4)):
        n = rng.choice(["", "", "0", "1", "2", "3"])
        c = rng.choice(codes)
        if c == "p" and n == "0":
            n = "4"
        fmt += n + c
    try:
        size = struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), "calcsize error:", e)
        continue
    nargs = len(struct.unpack(fmt, bytes(size)))
    args = [rng.choice(values) for _ in range(nargs)]
    try:
        packed = struct.pack(fmt, *args)
        ok += 1
        print(repr(fmt), size, packed, struct.unpack(fmt, packed))
    except (struct.error, OverflowError, TypeError) as e:
        err += 1
        print(repr(fmt), size, type(e).__name__, e)
print(ok, err)
