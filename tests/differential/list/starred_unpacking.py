a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "hello"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i = [1]
print(h, i)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
merged = [*range(3), *"ab", *[9]]
print(merged)
print(*[1, 2, 3], sep="-")
first, *_, last = [10, 20, 30, 40]
print(first, last)
for n, (s, *t) in enumerate(["abc", "de"]):
    print(n, s, t)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    u, v, w = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    u, *v, w = [1]
except ValueError as err:
    print("ValueError:", err)
