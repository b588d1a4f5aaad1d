s = "mississippi"
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""), s.count("x"), s.count("i", 5), s.count("s", 2, 5))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1))
text = "the rain in spain stays mainly in the plain"
for w in ["ain", "in", "the", " ", "z"]:
    print(repr(w), text.count(w))
print(sum(text.count(v) for v in "aeiou"))
