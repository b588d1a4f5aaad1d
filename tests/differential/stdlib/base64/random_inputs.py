import base64
import binascii
import random

rng = random.Random(99)
b32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=01a"
b85 = bytes(range(33, 127))
for _ in range(200):
    data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 12)))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data, foldspaces=True), foldspaces=True) == data
    s = bytes(rng.choice(b32) for _ in range(rng.choice([0, 8, 8, 16, 7])))
    t = bytes(rng.choice(b85) for _ in range(rng.randint(0, 11)))
    out = []
    for f in (base64.b32decode, base64.b85decode, base64.a85decode):
        arg = s if f is base64.b32decode else t
        try:
            out.append(f(arg))
        except (ValueError, binascii.Error) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(s), repr(t), out)
