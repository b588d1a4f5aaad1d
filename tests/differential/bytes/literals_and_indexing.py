b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"", b"\x00\xff", b"tab\tnl\n", b'q"', b"s'", rb"\n", b"\\")
print(list(b"AZ"), bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytes("é", "utf-8"))
print(b + b" world", b * 2, b"l" in b, b"lo" in b, 104 in b, b"x" not in b)
print(b == b"hello", b < b"help", b"" < b"\x00", b == "hello")
for x in b"abc":
    print(x)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
