b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.strip().split(b", "))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L"))
print(b.startswith(b"  H"), b.endswith(b"  "), b"-".join([b"a", b"b", b"c"]), b"a b  c".split())
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"hex".hex(), bytes.fromhex("68 65 78"))
print(b"42".isdigit(), b"ab".isalpha(), b"Ab".islower(), b"x,y".partition(b","))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
