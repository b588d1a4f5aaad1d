import binascii

cases = [b"YWJj", b"YW!Jj", b"YW==Jj", b"=YWJj", b"YWJj=", b"YQ=", b"YQ==",
         b"YQ===", b"YW=J=", b"YWJj\n", b""]
for s in cases:
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(s, strict_mode=strict)
            print(repr(s), strict, r)
        except binascii.Error as e:
            print(repr(s), strict, "Error:", e)
