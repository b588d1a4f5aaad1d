import textwrap
s = "hello\n\n  world\r\nlast"
print(repr(textwrap.indent(s, "> ")))
print(repr(textwrap.indent(s, "+", lambda line: True)))
print(repr(textwrap.indent(s, "-", lambda line: "o" in line)))
print(repr(textwrap.indent("", "x")), repr(textwrap.indent("a\x0bb\x0cc", "|")))
print(textwrap.indent(textwrap.dedent("""\
    one
      two
    three"""), "    "))
