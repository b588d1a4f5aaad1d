a = [1, 2, 3]
b = []
c = [1, "two", 3.0, [4, 5], None]
print(a, b, c, len(a), len(b), len(c))
print(a[0], a[-1], c[3][1], c[-2][0])
print(a + [4], a * 2, [0] * 5, [] * 3, 2 * [None])
print(a == [1, 2, 3], a != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"x": 1, "y": 2}))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 9
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 7
print(alias)
print(type(a).__name__, isinstance(a, list))
