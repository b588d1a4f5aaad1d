for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "bs\\", "\x00\x01\x1f", "\x7f", "\x80\xa0\xff", "é", "\u200b", "\ud7ff", "😀", "\t\\n"]:
    print(repr(s))
print([repr("a'b")], ["a'b"], ('x"',))
