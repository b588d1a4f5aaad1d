import random
for s in ["", "hello", "héllo wörld", "😀" * 10, b"", b"bytes", b"\x00\xff" * 40, "a" * 1000]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.randrange(1000))
for s in ["hello", b"hello", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
random.seed(3.5)
print(random.random())
random.seed(-2.25)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
