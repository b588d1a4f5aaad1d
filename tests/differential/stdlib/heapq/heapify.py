import heapq
for data in [[9, 8, 7, 6, 5, 4, 3, 2, 1], [1], [], [3, 1, 2, 1, 3], list(range(20, 0, -3))]:
    heapq.heapify(data)
    print(data)
