# Conway's Game of Life on a small toroidal board.
WIDTH, HEIGHT = 12, 10


def parse(rows):
    live = set()
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "#":
                live.add((r, c))
    return live


def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % HEIGHT, (c + dc) % WIDTH)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, gen):
    print(f"generation {gen}: {len(live)} alive")
    for r in range(HEIGHT):
        print("".join("#" if (r, c) in live else "." for c in range(WIDTH)))


board = parse([
    ".#..........",
    "..#.........",
    "###.........",
    "............",
    "............",
    "........###.",
    "............",
    "............",
    "....##......",
    "....##......",
])
history = []
for gen in range(9):
    if gen % 4 == 0:
        show(board, gen)
    history.append(sorted(board))
    board = step(board)
print("populations:", [len(h) for h in history])
blinker = {(1, 0), (1, 1), (1, 2)}
print("blinker period 2:", step(step(blinker)) == blinker, sorted(step(blinker)))
glider = parse([".#.", "..#", "###"])
g = glider
for _ in range(4):
    g = step(g)
shifted = {((r + 1) % HEIGHT, (c + 1) % WIDTH) for r, c in glider}
print("glider moved diagonally:", g == shifted)
