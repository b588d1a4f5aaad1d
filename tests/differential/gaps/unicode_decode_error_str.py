# str() of a UnicodeDecodeError built directly: CPython formats
# "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte";
# Molt prints the args tuple ('utf-8', b'\xff', 0, 1, 'invalid start byte').
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
