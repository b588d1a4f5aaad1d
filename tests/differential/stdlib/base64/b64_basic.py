import base64

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.standard_b64encode(s) == e)
print(base64.b64decode("Zm9vYmFy"))
print(base64.standard_b64decode(b"Zm9v\nYmFy"))
print(base64.b64decode(b"Zm9v YmE=!"))
