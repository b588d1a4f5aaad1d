import base64
import binascii

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\xff" * 7]:
    e = base64.b32encode(s)
    h = base64.b32hexencode(s)
    print(e, h, base64.b32decode(e) == s, base64.b32hexdecode(h) == s)
print(base64.b32decode("mzxw6ytb", casefold=True))
print(base64.b32decode(b"MZXW6YT0", map01=b"L") if False else base64.b32decode(b"ME======"))
print(base64.b32decode(b"0Q======", map01=b"I"))
print(base64.b32hexdecode("cpnmuoj1", True))
for bad in [b"MZXW6YT", b"MZXW6YT!", b"mzxw6ytb", b"M=======", b"MZ=X====", b"MZXW6Y==", b"========"]:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
try:
    base64.b32encode("text")
except TypeError as e:
    print(type(e).__name__, e)
