import bisect
a = [2] * 10
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 1), bisect.bisect_right(a, 3))
a = []
print(bisect.bisect_left(a, 1), bisect.bisect_right(a, 1))
bisect.insort_left(a, 1); bisect.insort_right(a, 1); print(a)
