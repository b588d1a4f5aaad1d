import binascii
import random

rng = random.Random(77)
alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n !-_"
for _ in range(300):
    s = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
    out = []
    for strict in (False, True):
        try:
            out.append(binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            out.append("Error: " + str(e))
    h = bytes(rng.choice(b"0123456789abcdefABCDEFxg") for _ in range(rng.randint(0, 6)))
    try:
        out.append(binascii.unhexlify(h))
    except binascii.Error as e:
        out.append("Error: " + str(e))
    print(repr(s), repr(h), out)
