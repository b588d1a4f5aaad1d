import struct

it = struct.iter_unpack("<hb", bytes(range(12)))
print(next(it))
print(list(it))
total = 0
for (a,) in struct.iter_unpack(">I", bytes(range(40))):
    total += a
print(total)
print(list(struct.iter_unpack("<h", b"")))
