base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
print({**base, **extra}, {**extra, **base}, {**base, "z": 0}, {"z": 0, **base})
def f(**kw):
    return sorted(kw.items())
print(f(**base), f(**base, c=3), f(**{**base, **extra}))
print(dict(base, d=4), dict(**base))
items = list(base.items())
print(dict(items + [("c", 3)]))
k, v = next(iter(extra.items()))
print(k, v)
for (k1, v1), (k2, v2) in zip(base.items(), extra.items()):
    print(k1, v1, k2, v2)
