import base64
import binascii

for s in [b"Zm9vYmFy", b"Zm9v YmFy", b"Zm9vYmE=", b"Zm9vYmE", b"Zm9vYm==", b"Zm=9v", b"Zm9vYmE=\n"]:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(repr(s), validate, "Error:", e)
try:
    base64.b64decode("Zm9vY")
except binascii.Error as e:
    print(type(e).__name__, e)
