import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 5
for w in [10, 20, 33, 70]:
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, width=25))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("one"))
print(textwrap.wrap("a b c", 1))
