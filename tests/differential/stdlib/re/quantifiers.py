import re
s = "<a><bb><ccc>"
print(re.findall(r"<.*>", s), re.findall(r"<.*?>", s))
print(re.match(r"a{2}", "aaaa"), re.match(r"a{2,}", "aaaa"), re.match(r"a{,3}", "aaaa"), re.match(r"a{2,3}?", "aaaa"))
print(re.match(r"a{,}", "aa"), re.match(r"a{", "a{"), re.match(r"a{1,x}", "a{1,x}"), re.match(r"{}", "{}"))
print(re.match(r"(?:ab){2,3}", "abababab"), re.match(r"(ab){2}?", "ababab"))
print(re.match(r"a*+a", "aaa"), re.match(r"a++b", "aab"), re.match(r"(?:ab)?+ab", "ab"))
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc"))
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(a*?)b", "aab").groups())
print(re.match(r"(\w+?)(\d*)$", "abc123").groups())
print(re.match(r"(a|b)+?c", "abac"))
print(re.fullmatch(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
