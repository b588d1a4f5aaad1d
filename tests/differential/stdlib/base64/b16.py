import base64
import binascii

print(base64.b16encode(b"\x00\x01\xab\xcd\xef"))
print(base64.b16decode(b"0001ABCDEF"))
print(base64.b16decode("abcd", casefold=True))
print(base64.b16decode(""))
for bad in [b"abcd", b"ABC", b"GG", "AB CD"]:
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
