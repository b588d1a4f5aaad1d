print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([y for y in []], [i for i in "ab" for _ in range(2)])
print([(lambda k=k: k * 10)() for k in range(3)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
