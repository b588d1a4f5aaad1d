import hashlib

for data in [b"", b"abc", b"x" * 200]:
    for f in (hashlib.sha3_224, hashlib.sha3_256, hashlib.sha3_384, hashlib.sha3_512):
        h = f(data)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
