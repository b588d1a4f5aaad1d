import struct

print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("0s", b"abc"), struct.pack("s", b""))
print(struct.pack("5p", b"abcdefgh"), struct.pack("p", b"abc"), struct.pack("0p", b"abc"), struct.pack("2p", b"abc"))
print(struct.pack("300p", b"x" * 400)[:4])
print(struct.unpack("3p", b"\x09ab"), struct.unpack("3s", b"abc"), struct.unpack("0s", b""))
print(struct.unpack("<h5sh", struct.pack("<h5sh", 1, b"hi", 2)))
print(struct.calcsize("10s"), struct.calcsize("10p"))
