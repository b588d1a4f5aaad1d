import binascii

print(binascii.crc32(b"hello"))
print(binascii.crc32(b"hello", 12345))
print(binascii.crc32(b"hello", -1))
print(binascii.crc32(b"hello", 2**70))
print(binascii.crc32(b"a", True))
print(binascii.crc32(b""), binascii.crc32(b"", 7))
print(binascii.crc32(b" world", binascii.crc32(b"hello")) == binascii.crc32(b"hello world"))
print(binascii.crc32(bytes(range(256)) * 10))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xffff))
print(binascii.crc_hqx(b"hello", 0x1ffff), binascii.crc_hqx(b"hello", -1))
print(binascii.crc_hqx(b"", 1234))
for args in [(b"x", 1.5), ("hello",), (5,)]:
    try:
        binascii.crc32(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    binascii.crc_hqx(b"hello")
except TypeError as e:
    print(type(e).__name__, e)
