a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
print(a, b, c, d)
b[0] = 100
print(a[0], b[0])
print(a == c, [1, 2] == [1, 2.0], [1, [2]] == [1, [2]], [] == [], [[]] == [[]], [None] == [])
x = [1, 2, 3]
y = x
y.append(4)
print(x)
x = x + [5]
print(x, y)
