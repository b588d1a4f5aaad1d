# N-queens: count all solutions with backtracking, print the first board for several n.
def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)

    place(0)
    return solutions


def render(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")
    if sols and n in (4, 6, 8):
        print(render(sols[0]))
        print("last:", sols[-1])
eight = solve(8)
symmetric = [s for s in eight if s == s[::-1]]
mirrored = sum(1 for s in eight if [7 - c for c in s] in eight)
print("palindromic placements:", len(symmetric), "mirror pairs present:", mirrored)
print("column histogram of first queen:", [sum(1 for s in eight if s[0] == c) for c in range(8)])
