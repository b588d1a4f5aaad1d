a = [4, 8, 15, 16, 23, 42]
print(len(a), sum(a), min(a), max(a), sorted(a, reverse=True)[:2])
print(list(enumerate(a, 1))[:3], list(zip(a, a[1:])))
print(list(map(str, a)), list(filter(lambda v: v % 2, a)), any(v > 40 for v in a), all(v > 0 for v in a))
print(list(reversed(a)), [x for _, x in sorted(zip([3, 1, 2], "abc"))])
print(sum([[1], [2, 3]], []), sum([0.5, 0.25], 1))
