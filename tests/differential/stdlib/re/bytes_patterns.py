import re
print(re.findall(rb"\d+", b"a1b22c333"))
print(re.sub(rb"(\w+)@(\w+)", rb"\2 at \1", b"me@host you@there"))
print(re.split(rb"[,;]", b"a,b;c"))
m = re.search(rb"(?P<k>\w+)=(?P<v>\w+)", b"x key=val")
print(m, m.groupdict(), m.span("v"))
print(re.match(rb"\w+", b"caf\xe9"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.compile(b"ab+", re.I))
try:
    re.compile(rb"\u1234")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print(type(e).__name__, e)
