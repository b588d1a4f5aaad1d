import hashlib

print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha256(usedforsecurity=True).hexdigest())
print(hashlib.blake2b(b"x", usedforsecurity=False).hexdigest()[:16])
print(hashlib.new("sha1", b"abc", usedforsecurity=False).hexdigest())
