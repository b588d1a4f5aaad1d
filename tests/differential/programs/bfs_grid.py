# Breadth-first search shortest paths on a grid maze.
MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "...#...#.#",
    ".#...#...E",
    ".#####.##.",
    "..........",
]


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c
    return None


def neighbors(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def bfs(start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for nb in neighbors(*cur):
            if nb not in prev:
                prev[nb] = cur
                queue.append(nb)
    if goal not in prev:
        return None, len(prev)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


start, goal = find("S"), find("E")
print("start", start, "goal", goal)
path, explored = bfs(start, goal)
print("path length:", len(path) - 1, "explored:", explored)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
dist = {start: 0}
frontier = [start]
while frontier:
    nxt = []
    for cell in frontier:
        for nb in neighbors(*cell):
            if nb not in dist:
                dist[nb] = dist[cell] + 1
                nxt.append(nb)
    frontier = nxt
print("reachable cells:", len(dist), "farthest:", max(dist.values()))
far = sorted(cell for cell, d in dist.items() if d == max(dist.values()))
print("farthest cells:", far)
blocked = bfs((0, 0), (0, 3))
print("to (0,3):", None if blocked[0] is None else len(blocked[0]) - 1)
