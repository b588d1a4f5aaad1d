import re
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.compile("a", re.I | re.M))
print(re.compile("a", re.S | re.X | re.A))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"\w+$", "one\ntwo\n", re.M))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S))
print(re.findall(r"[a-z]+", "Hello WORLD", re.I))
print(re.match(r"(?i)hello", "HeLLo"), re.match(r"a(?i:B)c", "aBc"), re.match(r"a(?i:B)c", "aBC"))
print(re.match(r"(?i)a(?-i:b)", "Ab"), re.match(r"(?i)a(?-i:b)", "AB"))
print(re.match(r"(?s:.)(?m:$)", "\n"))
print(re.compile("(?i)x").flags, re.compile("x").flags, re.compile(b"x").flags, re.compile("x", re.A).flags)
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile("a(?i)")
except re.error as e:
    print(type(e).__name__, e)
