s = "héllo wörld 中文 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[13])
print(len("😀"), len("中"), len(""), len("e\u0301"))
for i, ch in enumerate("añ中😀"):
    print(i, ch, ord(ch))
print([c for c in "ab中"])
print(s.upper(), s.find("中"), s.index("😀"))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
print("中" in s, "😀!" in s, "x" in s)
