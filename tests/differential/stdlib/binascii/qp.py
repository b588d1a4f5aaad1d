import binascii
import random

samples = [b"", b"hello", b"a=b", b"tab\there", b"end space ", b"end tab\t", b"line\nnext",
           b"crlf\r\nnext\r\n", b"trailing \nspace\t\n", b".\nstart dot", b".", b"x.\n",
           b"\x00\x01\xff", b"under_score and space", b"a" * 80, b"b" * 75 + b"\n" + b"c" * 200,
           b"=" * 30, b"mixed\r\nends\nhere", "caf\xe9".encode("latin-1")]
for s in samples:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        e = binascii.b2a_qp(s, **kw)
        print(repr(s)[:30], kw, e, binascii.a2b_qp(e, header=kw.get("header", False)) == s)
for e in [b"=41=42", b"=4", b"=\n", b"a=\r\nb", b"==41", b"=zz", b"a_b", b"=", b"=4g", "=3D"]:
    print(repr(e), binascii.a2b_qp(e), binascii.a2b_qp(e, header=True))
rng = random.Random(3)
pool = b"ab .=_\t\r\n\x00\xff"
for _ in range(150):
    s = bytes(rng.choice(pool) for _ in range(rng.randint(0, 90)))
    kw = {"quotetabs": rng.random() < 0.5, "istext": rng.random() < 0.7, "header": rng.random() < 0.3}
    print(binascii.b2a_qp(s, **kw), binascii.a2b_qp(s, header=kw["header"]))
