print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(x * 2 for x in [1, 2]))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple({3: 0}))
print(dict(), dict(a=1), dict([("k", "v"), ("k2", "v2")]), dict({"x": 1}, y=2), dict(zip("ab", (1, 2))), dict([[1, 2]]))
print(set(), set([1, 2, 2]), set("aaa"), set(range(3)), set({1: "x", 2: "y"}), sorted(set("hello")))
print(frozenset([1, 1, 2]), frozenset())
for f in [lambda: list(1), lambda: dict([1, 2]), lambda: dict([("a",)]), lambda: tuple(5), lambda: set(3.5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
