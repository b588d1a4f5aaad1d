import hashlib

for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 1000]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
print(hashlib.md5(b"abc").digest())
print(hashlib.sha1(string=b"abc").hexdigest())
