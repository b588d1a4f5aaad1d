import base64

data = bytes(range(256)) * 2
e = base64.encodebytes(data)
print(e)
print(base64.decodebytes(e) == data)
print(base64.encodebytes(b""), base64.encodebytes(b"x" * 57), base64.encodebytes(b"x" * 58))
print(base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
