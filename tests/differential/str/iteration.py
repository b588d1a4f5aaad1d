for ch in "abc":
    print(ch, ord(ch))
print(list("héllo"), tuple("ab"), set("aab") == {"a", "b"})
print(sorted("banana"), "".join(sorted("banana")))
print([c.upper() for c in "xyz" if c != "y"])
print(dict(zip("abc", range(3))))
counts = {}
for c in "abracadabra":
    counts[c] = counts.get(c, 0) + 1
print(counts)
it = iter("hi")
print(next(it), next(it), next(it, "done"))
print(list(reversed("abc")), list(enumerate("xy")))
