grid = ["#..#", "....", ".##.", "...#"]
count = 0
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            count += 1
            print("wall at", r, c)
print("walls", count)
target = 6
solution = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target and a + b == 5:
            solution = (a, b)
            break
    else:
        continue
    break
print("solution", solution)
i = 0
out = []
while i < 4:
    j = 0
    while j < i:
        out.append((i, j))
        j += 1
    i += 1
print(out)
