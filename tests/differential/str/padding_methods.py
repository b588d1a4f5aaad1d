for s in ["ab", "abc", "", "toolongstring"]:
    print("[" + s.center(7) + "]", "[" + s.center(8, "*") + "]", "[" + s.ljust(6, ".") + "]", "[" + s.rjust(6) + "]")
for s in ["42", "-42", "+7", "", "abc", "-", "3.14"]:
    print(repr(s), s.zfill(6), s.zfill(1))
print("中".center(5, "文"), "x".ljust(3, "中"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4))
