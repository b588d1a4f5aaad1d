import re
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m and m.groups())
print(re.match(r"(?P<q>')?x(?(q)')", "'x'"), re.match(r"(?P<q>')?x(?(q)')", "x"))
print(re.match(r"(a)?(?(1)b|c)d", "cd"))
try:
    re.compile(r"(?(1)a|b|c)")
except re.error as e:
    print(type(e).__name__, e)
