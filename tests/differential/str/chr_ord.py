for c in "aZ0 ~\n":
    print(repr(c), ord(c))
for n in [65, 97, 48, 32, 233, 20013, 128512, 0]:
    print(n, repr(chr(n)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
