import re
p = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)(?::(?P<port>\d+))?")
m = p.search("contact: alice@example.org:8080 or bob@test.net")
print(m.group("user"), m.group("host"), m["port"])
print(m.groupdict(), m.lastgroup, m.lastindex)
print(m.span("host"), m.start("port"), m.end("user"))
print(sorted(p.groupindex.items()), p.groups)
m2 = p.search("bob@test.net")
print(m2.groupdict(), m2.groupdict("none"), m2.lastgroup)
print(re.match(r"(?P<a>x)(?P=a)", "xx"), re.match(r"(?P<a>x)(?P=a)", "xy"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "hi there"))
print(m.expand(r"\g<host> by \g<user> \1"))
try:
    m.group("nope")
except IndexError as e:
    print(type(e).__name__, e)
