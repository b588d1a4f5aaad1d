def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, [0]))
def find(lst, v):
    for i, x in enumerate(lst):
        if x == v:
            return i
    return None
r = find([5, 6, 7], 6)
print(r, find([5], 9), find([], 1) is None)
results = [find([1, 2, 3], k) for k in range(5)]
print(results)
print([x for x in results if x is not None])
print(sorted(x for x in results if x is not None))
