import re
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
    (?:-(?P<day>\d{2}))?  # optional day
    \ at\ [ ]?        # escaped spaces and a class with a space
""", re.VERBOSE)
print(pat.search("on 2024-03-15 at noon").groupdict())
print(pat.search("on 2024-03 at  x"))
print(re.match(r"(?x) a b c  # comment", "abc"))
print(re.match(r"(?x) [ a ]+ ", " a a"))
print(re.match(r"(?x)a\#b", "a#b"), re.match(r"(?x)a#b", "a"))
print(re.match("(?x: a b ) c", "ab c"))
