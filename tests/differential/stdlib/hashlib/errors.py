import hashlib

tests = [
    lambda: hashlib.md5("abc"),
    lambda: hashlib.sha256(5),
    lambda: hashlib.sha256(None),
    lambda: hashlib.sha256().update("x"),
    lambda: hashlib.sha256().update(),
    lambda: hashlib.md5().update(b"a", b"b"),
    lambda: hashlib.sha256().digest(1),
    lambda: hashlib.sha256(b"a", b"b"),
    lambda: hashlib.sha256(data=b"a"),
    lambda: hashlib.blake2b("x"),
    lambda: hashlib.blake2b().update("x"),
    lambda: hashlib.sha3_256("x"),
    lambda: hashlib.new("md5", "x"),
    lambda: hashlib.blake2s(b"a", b"b"),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
