import re
for m in re.finditer(r"(\w)(\d)", "a1 b2 c3"):
    print(m.span(), m.group(1), m.group(2), m.start())
it = re.finditer(r"x*", "axb")
print([m.span() for m in it])
print(list(it))
p = re.compile(r"\d")
print([m.group() for m in p.finditer("1a2b3c4", 2, 5)])
print([(m.start(), m.group()) for m in re.finditer("é+", "aéébéc")])
print(type(re.finditer("a", "a")).__name__)
