import itertools as it
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
groups = list(it.groupby("aabb")); print([(k, list(g)) for k, g in groups])
g = it.groupby("xxyz"); k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp), list(grp2))
