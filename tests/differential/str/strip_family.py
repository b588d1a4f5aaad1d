s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("none".strip("")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("prefix_body".removeprefix("prefix_")), repr("body.py".removesuffix(".py")), repr("x".removeprefix("y")))
print(repr("\u3000wide\u3000".strip()))
