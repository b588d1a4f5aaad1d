from collections import defaultdict
dd = defaultdict(int)
for w in "the cat the dog the end".split():
    dd[w] += 1
print(dd, dd["zz"], len(dd), "zz" in dd, "nope" in dd)
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, dl.default_factory, sorted(dl.items()), list(dl.keys()), list(dl.values()))
n = defaultdict(None, {"x": 1}); print(n)
try:
    n["missing"]
except KeyError as e:
    print(type(e).__name__, e)
s = defaultdict(set, a={1}); s["b"].add(2); print(s, s.get("c"), "c" in s)
try:
    defaultdict(1)
except TypeError as e:
    print(type(e).__name__, e)
nested = defaultdict(lambda: defaultdict(int)); nested["a"]["b"] += 2; print(nested["a"]["b"], dict(nested["a"]))
