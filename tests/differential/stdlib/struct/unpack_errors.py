import struct

tests = [
    lambda: struct.unpack("i", b"abc"),
    lambda: struct.unpack("i", "abcd"),
    lambda: struct.unpack("i", 5),
    lambda: struct.unpack("i"),
    lambda: struct.unpack_from("i", b"abc"),
    lambda: struct.unpack_from("i", b"abcdefgh", 6),
    lambda: struct.unpack_from("i", b"abcdefgh", -10),
    lambda: struct.unpack_from("<i", b"abcdefgh", -4),
    lambda: struct.unpack_from("<i", b"abcdefgh", offset=2),
    lambda: struct.unpack_from("<i", b"abcdefgh", 1.5),
    lambda: struct.unpack_from("i"),
    lambda: struct.iter_unpack("i", b"abc"),
    lambda: struct.iter_unpack("", b"abc"),
    lambda: struct.iter_unpack("i"),
]
for t in tests:
    try:
        print(t())
    except struct.error as e:
        print("error:", e)
    except TypeError as e:
        print(type(e).__name__, e)
