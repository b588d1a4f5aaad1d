import hashlib

s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size, type(s).__name__)
print(s.hexdigest(10), s.digest(5), s.digest(0))
print(hashlib.shake_256(b"abc").hexdigest(20), len(hashlib.shake_256().digest(300)))
c = s.copy()
c.update(b"d")
print(c.hexdigest(4), s.hexdigest(4), hashlib.shake_128(b"abcd").hexdigest(4))
print(hashlib.new("shake_128", b"x").hexdigest(8), hashlib.new("SHAKE256").name)
print(repr(s).startswith("<shake_128 _hashlib.HASHXOF object @ 0x"))
for f in [lambda: s.digest(), lambda: s.hexdigest(), lambda: s.digest("x"), lambda: s.digest(-1),
          lambda: hashlib.shake_128("x")]:
    try:
        f()
    except (TypeError, SystemError) as e:
        print(type(e).__name__, e)
print(s.hexdigest(length=3))
