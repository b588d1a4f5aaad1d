import textwrap
t = "The quick brown fox jumps over the lazy dog and keeps on running far away"
for n in [1, 2, 3, 10]:
    print(n, textwrap.wrap(t, 20, max_lines=n))
print(textwrap.wrap(t, 20, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(t, 40))
print(repr(textwrap.shorten("   ", 10)))
try:
    textwrap.shorten(t, 3)
except ValueError as e:
    print(type(e).__name__, e)
