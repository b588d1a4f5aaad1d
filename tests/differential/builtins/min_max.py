print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min("hello"), max("abc", "abd"), min([[2], [1, 5]]))
print(max([], default="empty"), min([], default=None), max([4], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([-5, 3], key=abs), min(-5, 3, key=abs))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), max(True, 1), min(0, False))
print(max(range(10), key=lambda x: x % 4), min({3: "a", 1: "b"}), max("a", "B"))
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
