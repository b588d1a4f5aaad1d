# A failing `**` (two-character operator) and a parenthesised left operand.
base = (2)
print(base ** 3)
x = (base)**"y"
