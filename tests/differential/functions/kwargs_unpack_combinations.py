# Keyword arguments combined with ** unpacking: names repeated across the
# explicit keywords and several mappings, mappings with keys() only, methods
# and builtins as callees.
def f(**kw):
    return sorted(kw.items())
class A:
    def m(self, **k):
        return k
class M:
    def keys(self):
        return ["x", "a"]
    def __getitem__(self, k):
        return k * 2
tests = [
    lambda: f(**{"a": 1}, a=2),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: A().m(**{"a": 1}, a=2),
    lambda: print(**{"sep": 1}, sep=2),
    lambda: f(**M()),
    lambda: f(**M(), a=3),
    lambda: A.m(**1),
    lambda: f(**[]),
    lambda: f(**{"b": 1}, a=2, **{"c": 3}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
