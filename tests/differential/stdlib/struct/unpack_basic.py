import struct

data = struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -70000, 4000000000, -2**63, 2**64 - 1)
print(struct.unpack("<bBhHiIqQ", data))
print(struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.unpack("<HH", b"\x01\x02\x03\x04"))
print(struct.unpack("<?", b"\x05"), struct.unpack("<2c", b"ab"))
print(struct.unpack("<df", struct.pack("<df", 0.1, 0.1)))
print(struct.unpack("!I", b"\xff\xff\xff\xff"), struct.unpack("!i", b"\xff\xff\xff\xff"))
print(struct.unpack("3x2c", b"\x00\x00\x00ab"))
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.unpack("", b""))
print(struct.unpack("<i", b"abcd"), struct.unpack(b">i", b"abcd"))
