cases = ["a b c", "  leading and trailing  ", "tabs\tand\nnewlines\r\nmixed", "", "   ", "one", "a  b   c", "\u3000wide\u3000space", "x\x0by\x0cz"]
for c in cases:
    print(repr(c), c.split())
print("a b c d".split(None, 1), "  a b c  ".split(None, 2), "a b c".split(maxsplit=0))
print("  a b c  ".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
