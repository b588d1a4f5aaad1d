import struct

for fmt in ["bi", "@bi", "=bi", "<bi", "ic", "biq", "b0i", "0i", "xq", "@xq", "=xq", "ixxd",
            "hxi", "?d", "cHc", "nN", "P", "lL", "e", "3s2p", ""]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@hxi", 1, 2), struct.unpack("@hxi", struct.pack("@hxi", 1, 2)))
print(struct.pack("@ci", b"a", 1), struct.pack("@bq", 1, 2))
print(struct.pack("nN", -1, 2), struct.unpack("nN", struct.pack("nN", -1, 2)))
print(struct.pack("P", 4096), struct.pack("P", -1))
