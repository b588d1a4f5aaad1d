from operator import itemgetter
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(0, -1)("xyz"), itemgetter("k")({"k": 5}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))
print(list(map(itemgetter(slice(0, 2)), ["hello", "world"])))
