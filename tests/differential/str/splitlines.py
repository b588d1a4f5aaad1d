text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("x\x0by\x0cz\x1cw\x85v\u2028u".splitlines())
print("no newline".splitlines(keepends=True))
for i, line in enumerate("alpha\nbeta\ngamma".splitlines(), 1):
    print(i, line)
