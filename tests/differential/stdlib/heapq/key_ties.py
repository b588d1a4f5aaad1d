import heapq
rows = [("a", 2), ("b", 1), ("c", 2), ("d", 3), ("e", 1), ("f", 2), ("g", 3)]
k = lambda r: r[1]
for n in [1, 2, 3, 4]:
    print(heapq.nlargest(n, rows, key=k))
    print(heapq.nsmallest(n, rows, key=k))
    print(heapq.nlargest(n, iter(rows), key=k), heapq.nsmallest(n, iter(rows), key=k))
