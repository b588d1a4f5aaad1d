width, prec = 12, 3
value = 2 / 3
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}.{prec + 2}}]")
table = [[1, 22, 333], [4444, 5, 66]]
for row in table:
    print(" ".join(f"{c:>5}" for c in row))
print(f"{sum(x * x for x in range(10))}", f"{[i for i in range(3)]}", f"{(lambda q: q * 2)(21)}")
pts = {"a": (1, 2), "b": (3, 4)}
for k in sorted(pts):
    x, y = pts[k]
    print(f"{k}: ({x}, {y}) -> {x * y:03d}")
print(f"{'%d' % 5} {'{}'.format(6)}")
a = 5
print(f"{a!r:>4}|{'s'!r:^5}|")
