import bisect
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
b = []
for x in [(1, "b"), (1, "a"), (0, "z")]:
    bisect.insort_left(b, x)
print(b)
bisect.insort_right(b, (1, "a")); print(b)
