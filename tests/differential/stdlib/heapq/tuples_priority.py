import heapq
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (3, "test")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
h = [(5, "e"), (1, "a"), (3, "c")]
heapq.heapify(h); print(h, heapq.nsmallest(2, h), heapq.nlargest(2, h))
