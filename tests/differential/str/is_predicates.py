samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "Title Case", "Title case", "é", "中文", "½", "²", "١٢", "hello world", "_id", "id2", "2id", "a b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
