from collections.abc import Mapping, MutableMapping


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(len(f), f["a"], "a" in f, "z" in f, f.get("z"), f.get("b", 0))
print(list(f.keys()), list(f.values()), list(f.items()))
print(f == {"a": 1, "b": 2}, f == {"a": 1}, f != {"a": 1}, dict(f))
print(isinstance(f, Mapping), isinstance(f, MutableMapping))


class Registry(MutableMapping):
    def __init__(self):
        self._store = {}

    def __getitem__(self, k):
        return self._store[k.lower()]

    def __setitem__(self, k, v):
        self._store[k.lower()] = v

    def __delitem__(self, k):
        del self._store[k.lower()]

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)


r = Registry()
r["Alpha"] = 1
r.update({"BETA": 2}, gamma=3)
print(sorted(r.items()), r.setdefault("ALPHA", 9), r.setdefault("delta", 4))
print(r.pop("beta"), r.pop("nope", "default"), len(r))
try:
    r.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(r.popitem(), len(r))
r.clear()
print(len(r), list(r))
