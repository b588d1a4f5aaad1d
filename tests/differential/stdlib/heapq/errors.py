import heapq
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heappush([1], "a"), lambda: heapq.heappush([]), lambda: heapq.nlargest("a", [1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
