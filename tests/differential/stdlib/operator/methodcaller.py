from operator import methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", maxsplit=1)("a b c"))
print(repr(methodcaller("f", 1, k=2)), repr(methodcaller("g")))
print(list(map(methodcaller("strip", "x"), ["xax", "bxx"])))
