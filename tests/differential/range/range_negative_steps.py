for args in [(10, 0, -1), (10, 0, -2), (0, 10, -1), (-1, -10, -3), (5, -5, -5), (3, 3, -1), (0, -1, -1)]:
    r = range(*args)
    print(args, list(r), len(r), r[0] if len(r) else None, r[-1] if len(r) else None)
print(range(10, 0, -2)[1:3], list(range(10, 0, -2)[::-1]))
print(-4 in range(0, -10, -2), -5 in range(0, -10, -2))
