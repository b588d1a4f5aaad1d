import bisect
f = [0.5, 1.5, 2.5]
print(bisect.bisect_left(f, 1.5), bisect.bisect_right(f, 1), bisect.bisect(f, 3.0))
s = ["apple", "banana", "cherry"]
print(bisect.bisect_left(s, "banana"), bisect.bisect_right(s, "b"), bisect.bisect(s, "zz"))
t = (1, 3, 5, 7)
print(bisect.bisect_left(t, 5), bisect.bisect_right(range(0, 100, 10), 35))
