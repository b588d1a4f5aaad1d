import bisect
a = [1, 2, 3, 4, 5, 6]
print(bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, 5), bisect.bisect_left(a, 4, lo=1, hi=3))
print(bisect.bisect_left(a, 3, hi=None), bisect.bisect_right(a, 0, 2, 4))
c = [1, 5]; bisect.insort(c, 3, 0, 1); print(c)
