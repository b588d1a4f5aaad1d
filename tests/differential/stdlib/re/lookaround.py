import re
print(re.findall(r"\w+(?=,)", "a, bb, ccc; dd,"))
print(re.findall(r"\b\w+\b(?!,)", "a, bb, ccc; dd,"))
print(re.findall(r"(?<=\$)\d+", "cost $30, tax $4, 5 items"))
print(re.findall(r"(?<!\$)\b\d+", "cost $30, tax $4, 5 items"))
print(re.search(r"(?<=ab)c", "abc"), re.search(r"(?<!ab)c", "abc"))
print(re.match(r"(?=(\w+))\w", "hello").group(1))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.search(r"(?<=(a))b", "ab").groups())
print(re.search(r"(?<=a|b)c", "bc"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.compile(r"(?<=ab|c)d")
except re.error as e:
    print(type(e).__name__, e)
