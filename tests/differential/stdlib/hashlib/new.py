import hashlib

print(hashlib.new("sha256", b"abc").hexdigest())
print(hashlib.new("SHA1", b"abc").name)
print(hashlib.new("md5").hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest())
print(hashlib.new("sha3_256", data=b"abc").hexdigest())
print(hashlib.new(name="sha512").digest_size)
for args in [("foo",), (5,), ()]:
    try:
        hashlib.new(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
