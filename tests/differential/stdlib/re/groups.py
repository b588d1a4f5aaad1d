import re
m = re.match(r"(\d+)-(\d+)(-(\d+))?", "2024-11 rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group(4))
print(m.group(1, 2, 4), m.groups(), m.groups("-"))
print(m.span(), m.span(1), m.start(2), m.end(2), m.span(4), m.start(3))
print(m[0], m[1], m.lastindex, m.lastgroup)
print(m.regs, m.pos, m.endpos, m.string, m.re)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(a|b)*", "abba").group(1))
print(re.match(r"(?:(a)|b)*", "ab").group(1))
print(re.compile(r"(a)(b(c))").groups)
for bad in (5, -1, "x", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
