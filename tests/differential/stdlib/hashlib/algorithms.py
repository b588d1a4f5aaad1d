import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__, len(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"molt")
    out = h.hexdigest(8) if name.startswith("shake") else h.hexdigest()
    print(name, h.digest_size, h.block_size, out)
for name in ["sha512_224", "sha512_256"]:
    h = hashlib.new(name, b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
