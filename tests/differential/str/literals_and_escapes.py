print('single', "double", '''triple single''', """triple double""")
print("tab:\tend", "newline:\\n", 'quote: \' "', "quote: \" '")
print("backslash \\ done", "bell-free \x41\x42", "\u00e9\u4e2d", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600")
print(r"raw \n \t \\", R"raw2 \d")
print("octal \101\102", "null-free len", len("\0"), len("\x00ab"))
print("multi" "part" 'concat')
s = """line1
line2
  line3"""
print(s)
print(len(s), s.count("\n"))
print(repr("a\tb\nc\\d'e"), repr('x"y'), repr("it's \"quoted\""), repr("\x7f\x00\x1b"))
print(repr("é中😀"), ascii("é中😀"))
print("a\
b")
