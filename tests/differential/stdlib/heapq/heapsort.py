import heapq
def heapsort(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5, 2, 9, 1, 5, 6, 0, -3, 2.5]))
print(heapsort("molt compiler"))
