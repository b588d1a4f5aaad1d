import binascii

print(binascii.unhexlify(b"abcd"))
print(binascii.unhexlify("ABCDEF0123"))
print(binascii.a2b_hex("00ff"))
print(binascii.unhexlify(""))
for bad in ["abc", "abzz", b"0G", "\u00e91", 5, None]:
    try:
        print(binascii.unhexlify(bad))
    except binascii.Error as e:
        print("Error", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_hex(b"ab", "x")
except TypeError as e:
    print(type(e).__name__, e)
