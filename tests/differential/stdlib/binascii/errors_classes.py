import binascii

print(binascii.Error, binascii.Incomplete)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(issubclass(binascii.Incomplete, ValueError))
try:
    binascii.unhexlify("0")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, binascii.Error))
try:
    raise binascii.Error("custom")
except binascii.Error as e:
    print(repr(e))
e = binascii.Incomplete("x")
print(type(e).__name__, e.args)
