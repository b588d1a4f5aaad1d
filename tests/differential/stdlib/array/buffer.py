from array import array
import struct
import hashlib
import binascii

a = array("i", [1, -1, 256])
print(bytes(a), a.tobytes() == bytes(a))
print(struct.unpack("<3i", a), struct.unpack_from("<i", a, 4))
print(hashlib.md5(a).hexdigest() == hashlib.md5(a.tobytes()).hexdigest())
print(binascii.hexlify(array("h", [1, 2])), binascii.crc32(array("B", [1, 2, 3])))
b = array("d")
b.frombytes(struct.pack("<2d", 1.5, -2.0))
print(b, array("b", bytes(array("b", [-1, 5]))))
print(array("B", array("b", [1, 2]).tobytes()))
