d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
keys = d.keys()
vals = d.values()
items = d.items()
d["w"] = 4
print(list(keys), list(vals), list(items), len(keys))
print("x" in keys, 4 in vals, ("w", 4) in items)
print(sorted(d.values(), reverse=True), sum(d.values()), max(d), min(d, key=d.get))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
