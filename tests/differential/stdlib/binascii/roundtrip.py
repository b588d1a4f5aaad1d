import binascii

data = bytes((i * 37 + 11) % 256 for i in range(300))
for n in (0, 1, 2, 3, 4, 5, 57, 300):
    chunk = data[:n]
    enc = binascii.b2a_base64(chunk)
    assert binascii.a2b_base64(enc) == chunk
    assert binascii.unhexlify(binascii.hexlify(chunk)) == chunk
    print(n, len(enc), binascii.crc32(chunk), binascii.crc_hqx(chunk, 0))
print(binascii.b2a_base64(data[:57]))
