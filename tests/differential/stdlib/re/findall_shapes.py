import re
text = "alice=30 bob=25 carol=41"
print(re.findall(r"\w+=\d+", text))
print(re.findall(r"(\w+)=\d+", text))
print(re.findall(r"(\w+)=(\d+)", text))
print(re.findall(r"(\w+)=(\d+)?(x)?", text))
print(re.findall(r"(a)|b", "abab"))
print(re.findall(r"", "abc"), re.findall(r"x*", "axxb"))
print(re.findall(r"\d+", text, 0), re.compile(r"\d+").findall(text, 10), re.compile(r"\d+").findall(text, 10, 14))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(b"[a-z]+", b"abc 123 de"))
