data = [5, 3, 5, 1, 3, 9, 1, 0]
print(sorted(set(data)), len(set(data)))
seen = set()
ordered = []
for v in data:
    if v not in seen:
        seen.add(v)
        ordered.append(v)
print(ordered)
print(sorted({v * v for v in data if v}), {v % 5 for v in data})
words = ["apple", "Apple", "APPLE", "banana", "Banana"]
print(sorted({w.lower() for w in words}))
print(sorted({len(w) for w in words}))
common = set("hello") & set("world")
print(sorted(common))
print(sorted(set("mississippi")))
