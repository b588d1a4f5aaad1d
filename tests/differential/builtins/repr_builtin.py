for v in [1, -2.5, "text", "it's", 'say "x"', None, True, [1, "a"], (1,), {"k": "v"}, b"by", 1e20, 2 ** 70, "", "\n", range(3)]:
    print(repr(v))
print(repr(repr("x")), repr(str(5)), str(repr(5)))
