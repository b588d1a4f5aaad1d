d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 1
print(list(d), d)
d2 = {k: k.upper() for k in "hello world"}
print(d2)
print(list(reversed(d)), list(reversed(d.items())))
words = "b a c a b d a".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
