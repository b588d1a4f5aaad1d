import struct

print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!h", -2))
print(struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -70000, 4000000000, -2**63, 2**64 - 1))
print(struct.pack(">lL", -5, 7), struct.pack("=l", 3))
print(struct.pack("<?x?", [1], 0), struct.pack("c", b"z"))
print(struct.pack("<3i", 1, 2, 3), struct.pack("<i i", 4, 5))
print(struct.pack("<d", 1.5), struct.pack(">f", -2.25), struct.pack("<d", 1), struct.pack("<f", True))
print(struct.pack("3x"), struct.pack("<hxxi", 1, 2))
print(struct.pack("<i", True), struct.pack("@i", 7))
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<d", Idx()))
