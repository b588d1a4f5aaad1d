data = bytes(i * 7 % 256 for i in range(20))
print(data)
print(sum(data), max(data), min(data), sorted(data)[:5])
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
text = "Grüße, 世界"
enc = text.encode("utf-8")
print(enc, len(text), len(enc), enc.decode("utf-8") == text)
print([hex(c) for c in enc[:6]])
print(bytes(reversed(b"abc")), bytes(sorted(b"banana")))
