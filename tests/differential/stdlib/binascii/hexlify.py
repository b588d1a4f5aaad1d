import binascii

print(binascii.hexlify(b"\x00\x01\x7f\x80\xff"))
print(binascii.b2a_hex(b"hello world"))
print(binascii.hexlify(b""))
print(binascii.hexlify(bytes(range(20))))
print(binascii.hexlify(b"abc") == binascii.b2a_hex(b"abc"))
for bad in ["abc", 5, None, [1, 2]]:
    try:
        binascii.hexlify(bad)
    except TypeError as e:
        print(type(e).__name__, e)
