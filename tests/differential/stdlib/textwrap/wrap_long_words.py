import textwrap
t = "short supercalifragilisticexpialidocious word antidisestablishmentarianism end"
print(textwrap.wrap(t, 10))
print(textwrap.wrap(t, 10, break_long_words=False))
print(textwrap.wrap("x" * 25, 7))
print(textwrap.wrap("abc-defghijklmnop-qrstuv", 8))
print(textwrap.wrap("----------", 3))
