graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
indeg = {n: 0 for n in graph}
for n, outs in graph.items():
    for m in outs:
        indeg[m] += 1
print(indeg)
order = []
ready = [n for n in graph if indeg[n] == 0]
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)
rev = {}
for n, outs in graph.items():
    for m in outs:
        rev.setdefault(m, []).append(n)
print(rev)
