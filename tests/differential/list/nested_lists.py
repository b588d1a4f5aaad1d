grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
print(grid)
for row in grid:
    print(" ".join(str(v).rjust(2) for v in row))
transposed = [list(col) for col in zip(*grid)]
print(transposed)
flat = [v for row in grid for v in row]
print(flat, sum(flat), max(flat))
print(grid[1][2], grid[-1][-1], grid[0][1:3])
grid[2][0] += 100
print(grid[2])
deep = [1, [2, [3, [4, [5]]]]]
def depth(x):
    return 1 + max([depth(i) for i in x], default=0) if isinstance(x, list) else 0
print(depth(deep), depth([]), depth(1))
