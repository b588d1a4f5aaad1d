import binascii

for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    print(n, binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
print(binascii.b2a_base64(b"Many hands make light work."))
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    binascii.b2a_base64(b"x", True)
except TypeError as e:
    print(type(e).__name__, e)
