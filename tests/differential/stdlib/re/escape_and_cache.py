import re
print(re.escape("1.5*(x+y)?[a]{2}|^$\\ #&~-"), re.escape("naïve_日本"), re.escape(b"a.b\x00c"))
text = "price: 1.5*(x+y)"
print(re.search(re.escape("1.5*(x+y)"), text))
p1 = re.compile(r"\d+")
print(p1 is re.compile(r"\d+"), p1 == re.compile(r"\d+"), p1 == re.compile(r"\d+", re.I))
re.purge()
p2 = re.compile(r"\d+")
print(p2 == p1, hash(p2) == hash(p1), re.compile(p2) is p2)
print({p1: "x"}[p2], re.compile(b"\\d+") == re.compile("\\d+"))
