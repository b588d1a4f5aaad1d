import heapq
data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
for n in [0, 1, 2, 3, 5, 9, 20, -1]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
