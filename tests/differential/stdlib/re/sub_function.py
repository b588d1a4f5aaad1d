import re
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", double, "a1 b22 c333"))
print(re.sub(r"\d+", double, "a1 b22 c333", count=2))
print(re.subn(r"\d+", double, "a1 b22 c333"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", lambda m: m["v"] + "=" + m["k"], "a=1, b=2"))
print(re.sub("o", lambda m: None, "foo"))
print(re.compile(r"\s+").sub(" ", "  lots   of\t\tspace  "))
print(re.compile(r"\s+").subn("", "a b c", 1))
seen = []
def record(m):
    seen.append((m.start(), m.group(), m.string))
    return m.group().upper()
print(re.sub(r"[aeiou]", record, "education"), seen[:3])
try:
    re.sub("a", lambda m: 5, "xa")
except TypeError as e:
    print(type(e).__name__, e)
