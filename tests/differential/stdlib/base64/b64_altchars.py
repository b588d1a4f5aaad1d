import base64

data = b"\xfb\xff\xfe\x3e\x3f"
print(base64.b64encode(data))
print(base64.b64encode(data, altchars=b"-_"))
print(base64.b64encode(data, b"*$"))
print(base64.b64decode(b"+/+-_A==", altchars=b"-_"))
print(base64.b64decode("+/+-_A==", "-_"))
for alt in [b"-", b"abc"]:
    try:
        base64.b64encode(data, alt)
    except AssertionError as e:
        print("AssertionError", e)
try:
    base64.b64decode(b"abcd", altchars="x")
except AssertionError as e:
    print("AssertionError", e)
