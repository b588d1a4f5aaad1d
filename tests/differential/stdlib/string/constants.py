import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, repr(v), len(v))
print("a" in string.ascii_lowercase, "\t" in string.whitespace, "~" in string.punctuation)
