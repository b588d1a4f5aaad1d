d = {"one": 1, "two": 2, "three": 3}
print(d.get("one"), d.get("four"), d.get("four", 4))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("two"), d.pop("nine", "dflt"), d)
print(d.setdefault("four", 4), d.setdefault("one", 99), d)
d.update({"five": 5, "one": 111})
d.update([("six", 6)], seven=7)
print(d)
print(d.popitem(), d)
c = d.copy()
c["x"] = 0
print(len(d), len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c.clear()
print(c)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
