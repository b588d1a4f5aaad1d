import hashlib

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest())
print(c.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(h.digest() == h.digest())
m = hashlib.md5()
for i in range(100):
    m.update(bytes([i]))
print(m.hexdigest(), m.copy().hexdigest() == m.hexdigest())
b = hashlib.blake2b(b"a", digest_size=20)
b2 = b.copy()
b2.update(b"b")
print(b.hexdigest(), b2.hexdigest(), b2.digest_size)
