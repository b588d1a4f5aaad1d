print("hello".encode(), "héllo".encode(), "中文".encode("utf-8"), "😀".encode())
print(len("héllo".encode()), len("中文".encode()))
print("abc".encode("ascii"), list("é".encode()))
print(b"caf\xc3\xa9".decode(), "x".encode().decode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
