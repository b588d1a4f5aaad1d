import binascii

data = b"\x01\x02\xff\x03\x04"
print(binascii.hexlify(data, "-"))
print(binascii.hexlify(data, b":", 2))
print(binascii.hexlify(data, ":", -2))
print(binascii.hexlify(data, ".", 3))
print(binascii.hexlify(data, ".", -3))
print(binascii.hexlify(data, ":", 0))
print(binascii.hexlify(data, ":", 10))
print(binascii.hexlify(data, sep=" ", bytes_per_sep=1))
print(binascii.hexlify(b"", ":"))
for sep, n in [("::", 1), ("", 1), (b"", 1), ("\u0100", 1), (3, 1), (None, 2), (":", 2**40)]:
    try:
        print(binascii.hexlify(data, sep, n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
