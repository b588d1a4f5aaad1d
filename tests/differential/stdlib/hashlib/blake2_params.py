import hashlib

print(hashlib.blake2b(b"abc", key=b"k", salt=b"s", person=b"p", digest_size=20).hexdigest())
print(hashlib.blake2b(b"", key=b"x" * 64, salt=b"y" * 16, person=b"z" * 16).hexdigest())
print(hashlib.blake2s(b"abc", key=b"secret").hexdigest())
print(hashlib.blake2s(b"abc", salt=b"12345678", person=b"ab").hexdigest())
k = hashlib.blake2b(key=b"key", digest_size=32)
k.update(b"hello ")
c = k.copy()
k.update(b"world")
print(k.hexdigest(), c.hexdigest())
print(hashlib.new("blake2s", b"data", key=b"k", digest_size=16).hexdigest())
print(hashlib.blake2b(b"a" * 127, key=b"q").hexdigest()[:32], hashlib.blake2b(b"a" * 128).hexdigest()[:32])
tests = [
    lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2b(salt=b"s" * 17),
    lambda: hashlib.blake2b(person=b"p" * 17), lambda: hashlib.blake2s(key=b"k" * 33),
    lambda: hashlib.blake2s(salt=b"s" * 9), lambda: hashlib.blake2s(person=b"p" * 9),
    lambda: hashlib.blake2b(key="k"), lambda: hashlib.blake2b(key=5), lambda: hashlib.blake2b(salt=None),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
