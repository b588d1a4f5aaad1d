import textwrap
t = "Hello there.  This is a sentence. Another one! And\ta tab\there.\nNew line?  Yes."
print(textwrap.fill(t, 20))
print(textwrap.fill(t, 20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(t, 25, fix_sentence_endings=True))
print(repr(textwrap.fill(t, 30, replace_whitespace=False)))
print(repr(textwrap.fill(t, 30, expand_tabs=False)))
print(repr(textwrap.fill(t, 30, tabsize=4)))
print(textwrap.wrap(t, 15, drop_whitespace=False))
print(textwrap.fill("a  b  c  d", 3, drop_whitespace=False))
