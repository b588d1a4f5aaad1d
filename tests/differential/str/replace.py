s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("xyz", "q"), s.replace("", "-"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("", "|", 2))
print("中文中文".replace("中", "zh"), "x".replace("x", "xx").replace("x", "yx"))
print(s.replace("t", "T", 0), s.replace("t", "T", -1))
