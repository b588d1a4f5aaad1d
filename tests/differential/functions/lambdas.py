sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(1), add(1, 5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({k: f(21) for k, f in funcs.items()})
print((lambda f, n: f(f, n))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1), 10))
print(type(sq).__name__, sq.__name__)
