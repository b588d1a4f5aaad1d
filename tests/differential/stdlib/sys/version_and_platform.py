import sys

v = sys.version_info
print(v[0], v[:2], v.major, v.minor >= 0, v >= (3, 0), tuple(v)[:2] == (v.major, v.minor))
print(sys.byteorder in ("little", "big"), sys.platform in ("linux", "wasi", "darwin"))
print(isinstance(sys.version, str), sys.version.split()[0].count(".") >= 1)
print(sys.maxunicode, hex(sys.maxunicode))
print(sys.maxsize == 2**63 - 1, (sys.maxsize + 1).bit_length())
