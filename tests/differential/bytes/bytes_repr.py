for b in [b"plain", b"\x00\x01\x7f\x80\xff", b"'", b'"', b"'\"", b"\t\n\r", b"\\", bytes(range(28, 40)), bytes(range(120, 130))]:
    print(repr(b), str(b), len(b))
print([b"a", b"b"], (b"t",), {b"k": b"v"})
print(bytes([0x41]) * 3, b"ab" * 0)
