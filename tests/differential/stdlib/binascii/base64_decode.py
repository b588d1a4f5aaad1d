import binascii

for s in [b"YWJj", "YWJjZA==", b"YWJjZA", b"YW Jj\nZA==", b"YQ==a", b"", b"\n", "YWJj\n"]:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except binascii.Error as e:
        print(repr(s), "Error", e)
for s in [b"YWJ", b"Y", b"YWJjZ", b"YQ=a", b"YQ=", b"YWJjZGVmZ", b"!!!"]:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except binascii.Error as e:
        print(repr(s), "Error", e)
