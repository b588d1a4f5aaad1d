pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1, "a"), ()]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print((1, 2) < (1, 3), (1, 2) < (1, 2, -1), (2,) > (1, 100), () < (0,), (1, "a") == (1, "a"), (1, 2) != (2, 1))
print((1, 2.0) == (1, 2), (0, 0) <= (0, 0), max([(1, 9), (2, 0)]), min([(3, "x"), (3, "a")]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
