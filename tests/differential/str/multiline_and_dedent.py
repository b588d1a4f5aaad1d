poem = """\
Roses are red,
  Violets are blue,
Sugar is sweet,
    And so are you."""
lines = poem.split("\n")
print(len(lines))
for n, line in enumerate(lines, start=1):
    indent = len(line) - len(line.lstrip())
    print(n, indent, line.strip())
print(max(lines, key=len))
print(poem.count("are"), poem.upper().count("ARE"))
print("\n".join(l.strip() for l in lines))
