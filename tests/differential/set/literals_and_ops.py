a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a, b, len(a), set(), {1, 1, 1})
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a.union(b, {100})), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9, 10}), a.isdisjoint(b))
print(3 in a, 9 in a, 9 not in a)
print(set([3, 1, 2, 3]), set(range(5)), set((7, 7)))
print(type(a).__name__, {x % 4 for x in range(20)})
