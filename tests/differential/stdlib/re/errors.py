import re
for pattern in ["(abc", "abc)", "*a", "a**", "a{3,1}", "[z-a]", "\\q", "[abc", "(?P<1x>a)",
                "(?P=missing)", "\\3(a)", "(?<=a*)b", "(?z)", "(?i", "a\n(b", "x(?i)", "(?P<a>.)(?P<a>.)",
                "\\x4", "\\777", "(?(2)a|b)", "a\\"]:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for template in [r"\9", r"\g<name>", r"\g<", r"\q", r"\g<1a>"]:
    try:
        re.sub("(a)", template, "a")
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)
for bad in [lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"), lambda: re.search("a", 5),
            lambda: re.compile(5), lambda: re.compile(re.compile("a"), re.I), lambda: re.compile("a{99999999999}"),
            lambda: re.compile("a", re.L)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception))
