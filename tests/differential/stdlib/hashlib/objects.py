import hashlib

h = hashlib.sha256(b"x")
print(type(h).__name__, type(h).__module__)
print(repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"))
print(repr(hashlib.blake2s()).startswith("<_blake2.blake2s object at 0x"))
print(type(hashlib.md5()) is type(hashlib.sha1()))
print(hashlib.md5().name, hashlib.sha1().digest_size, hashlib.sha512().block_size)
d = {}
for name in ["md5", "sha1", "sha256"]:
    d[name] = hashlib.new(name, b"key").hexdigest()[:12]
print(d)
print(len(hashlib.sha384().digest()), len(hashlib.sha3_224().hexdigest()))
