import base64

data = bytes([0xfb, 0xef, 0xbe, 0xff, 0xfe, 0x00, 0x3e])
e = base64.urlsafe_b64encode(data)
print(e, base64.b64encode(data))
print(base64.urlsafe_b64decode(e) == data)
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"+/+/"))
print(base64.urlsafe_b64decode(b"-_8="))
