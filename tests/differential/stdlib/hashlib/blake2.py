import hashlib

for data in [b"", b"abc", b"y" * 300]:
    b = hashlib.blake2b(data)
    s = hashlib.blake2s(data)
    print(b.name, b.digest_size, b.block_size, b.hexdigest())
    print(s.name, s.digest_size, s.block_size, s.hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2s(digest_size=8).hexdigest())
print(type(hashlib.blake2b()).__name__, isinstance(hashlib.blake2b(), hashlib.blake2b))
for n in (0, 65, 1.5):
    try:
        hashlib.blake2b(digest_size=n)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2s(digest_size=33)
except ValueError as e:
    print(type(e).__name__, e)
