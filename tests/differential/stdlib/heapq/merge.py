import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9, 10])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a")], key=lambda t: t[0])))
m = heapq.merge([1, 3], [2]); print(next(m), next(m), list(m))
