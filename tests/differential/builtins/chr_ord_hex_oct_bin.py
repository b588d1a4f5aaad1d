print(chr(65), chr(97), chr(8364), chr(128013), ord("A"), ord("€"), ord("🐍"), ord("\n"))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 10))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
for f in [lambda: hex(1.5), lambda: bin("1"), lambda: oct(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
