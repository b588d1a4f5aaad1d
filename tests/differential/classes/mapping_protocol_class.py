# A class with keys() and __getitem__ works with dict(), dict.update() and
# ** unpacking; __iter__ drives list() and for loops; __len__ drives len().
class Env:
    def __init__(self, **values):
        self._data = dict(values)
    def keys(self):
        print("  keys()")
        return sorted(self._data)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(sorted(self._data))
    def __len__(self):
        return len(self._data)
e = Env(b=2, a=1, c=3)
print(dict(e))
d = {"z": 0}
d.update(e)
print(d)
def f(**kw):
    return sorted(kw.items())
print(f(**e))
print({**e, "a": 100})
print(list(e), len(e), [k for k in e])
