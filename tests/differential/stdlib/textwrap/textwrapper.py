import textwrap
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=". ")
t = "Some words that need to be wrapped into several lines of text."
print(w.wrap(t))
print(w.fill(t))
w.width = 30
print(w.fill(t))
w2 = textwrap.TextWrapper(20, max_lines=2)
print(w2.wrap(t), w2.width, w2.max_lines, w2.placeholder)
try:
    textwrap.TextWrapper(width=0).wrap("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("abc", 4, max_lines=1, placeholder=" [........]")
except ValueError as e:
    print(type(e).__name__, e)
