grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], grid[1, 2], (0, 0) in grid, (3, 3) in grid)
print(sorted(grid.items())[:4])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1, -2)), hash(((1, 2), 3)))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1],): 1}
except TypeError as e:
    print("TypeError:", e)
