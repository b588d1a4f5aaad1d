a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(3, 1, 10), a.count(5), a.count(7), a.count(1))
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(9, 0, 3)
except ValueError as e:
    print("ValueError:", e)
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(len(a), len(b), a == b[:-1])
print(list(reversed(a)), a[::-1] == list(reversed(a)))
print([[1], [2]].index([2]), [None, 0].count(None))
