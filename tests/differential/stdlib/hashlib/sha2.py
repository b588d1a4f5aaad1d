import hashlib

for data in [b"", b"abc", bytes(range(256)) * 3]:
    for f in (hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512):
        h = f(data)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
