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
for name in ["MD5", "Sha256", "sha-1", "SHA2-384", "SHA3-256", "sha3-512", "SHA512-224",
             "SHA-512/256", "shake128", "BLAKE2S256", "SHA3_256", "BLAKE2B", "SHAKE_128", "sha-3"]:
    try:
        print(name, hashlib.new(name).name)
    except ValueError as e:
        print(name, type(e).__name__, e)
