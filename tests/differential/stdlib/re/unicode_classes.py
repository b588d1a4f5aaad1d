import re
s = "Grüße, naïve café! ٣٤ 12 Ⅻ x_y\u00a0z\u2003w"
print(re.findall(r"\w+", s))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A))
print(re.findall(r"\s", s), re.findall(r"\s", s, re.A))
print(re.findall(r"\W+", s))
print(re.findall(r"[^\W\d_]+", s))
print(re.match(r"(?i)STRASSE", "strasse"), re.match(r"(?i)ß", "ẞ"), re.match(r"(?i)é", "É"))
print(re.match(r"(?i)[à-ÿ]+", "ÀÉÎÕÜ"), re.match(r"(?ai)é", "É"))
print(re.search(r"\bcafé\b", "un café noir"), re.search(r"\bcaf\b", "café", re.A))
print(re.findall(r"[α-ω]+", "αβγ abc δε"), re.sub(r"(?i)σ", "s", "ΣσςΣ"))
print(re.escape("a.b*c?d é ~"), re.escape(b"a.b c"))
print(re.findall(r"\w", "🐍a"), re.match(r".", "🐍").span())
print([m.span() for m in re.finditer(r"é", "ééaé")])
