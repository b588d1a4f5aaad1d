import base64

for s in [b"", b"h", b"hello", b"hello world!", b"\x00\x00\x00\x00", b"\x00\x00\x00", b"    ", bytes(range(30))]:
    b = base64.b85encode(s)
    bp = base64.b85encode(s, pad=True)
    a = base64.a85encode(s)
    print(b, bp, a, base64.b85decode(b) == s, base64.a85decode(a) == s)
print(base64.a85encode(b"    xyz", foldspaces=True))
print(base64.a85encode(b"hello world, this is ascii85", wrapcol=10))
print(base64.a85encode(b"hello world", adobe=True))
print(base64.a85encode(b"hello world", adobe=True, wrapcol=7))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85decode(b"BOu!r D]j7\nBEbo7"))
print(base64.a85decode(b"zy", foldspaces=True))
for bad in [b"Xk~0{Zv|", b"|NsC0", b"{{{{{"]:
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad, kw in [(b"BOu!rz", {}), (b"abc~>", {}), (b"abc", {"adobe": True}), (b"s8W-\"", {}), (b"uuuuu", {})]:
    try:
        print(base64.a85decode(bad, **kw))
    except ValueError as e:
        print(type(e).__name__, e)
