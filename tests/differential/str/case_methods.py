samples = ["hello World", "ALL CAPS", "mIxEd CaSe 123", "they're bill's friends", "ß straße", "élan vital", "", "x", "hello-world_foo bar"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
