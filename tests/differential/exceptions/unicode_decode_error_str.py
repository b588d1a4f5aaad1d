# str() of a UnicodeDecodeError built directly formats its five fields.
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
