pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name)
for i, (n, name) in enumerate(pairs):
    print(i, n, name[0])
points = [(0, 0), (3, 4), (-1, 1)]
dists = [(x * x + y * y) ** 0.5 for x, y in points]
print(dists)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, -2, 9])
print(lo, hi, minmax("hello"))
a = b = c = 0
a, b = b + 1, a + 2
print(a, b, c)
data = ((1, (2, 3)), (4, (5, 6)))
for x, (y, z) in data:
    print(x + y + z)
