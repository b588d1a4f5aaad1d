# A Sudoku solver: a Board class with __getitem__/__setitem__ on (row, col)
# tuples, validation errors, candidate sets computed with set algebra,
# constraint propagation (naked singles) followed by backtracking search
# written as a generator of solutions, and statistics kept on the solver.
from typing import Dict, Iterator, List, Optional, Set, Tuple

Cell = Tuple[int, int]
DIGITS = set(range(1, 10))


class InvalidBoard(ValueError):
    pass


class Board:
    def __init__(self, rows: List[List[int]]) -> None:
        if len(rows) != 9 or any(len(r) != 9 for r in rows):
            raise InvalidBoard("board must be 9x9")
        self.grid = [list(r) for r in rows]
        for (r, c), v in self.filled():
            if v not in DIGITS:
                raise InvalidBoard("bad digit %r at %d,%d" % (v, r, c))
            self.grid[r][c] = 0
            if v not in self.candidates((r, c)):
                raise InvalidBoard("duplicate %d at %d,%d" % (v, r, c))
            self.grid[r][c] = v

    @classmethod
    def parse(cls, text: str) -> "Board":
        digits = [0 if ch in ".0" else int(ch) for ch in text if ch in ".0123456789"]
        return cls([digits[i:i + 9] for i in range(0, len(digits), 9)])

    def __getitem__(self, cell: Cell) -> int:
        r, c = cell
        return self.grid[r][c]

    def __setitem__(self, cell: Cell, value: int) -> None:
        r, c = cell
        self.grid[r][c] = value

    def copy(self) -> "Board":
        b = Board.__new__(Board)
        b.grid = [list(r) for r in self.grid]
        return b

    def filled(self) -> Iterator[Tuple[Cell, int]]:
        for r in range(9):
            for c in range(9):
                if self.grid[r][c]:
                    yield (r, c), self.grid[r][c]

    def empty(self) -> List[Cell]:
        return [(r, c) for r in range(9) for c in range(9) if not self.grid[r][c]]

    def candidates(self, cell: Cell) -> Set[int]:
        r, c = cell
        row = set(self.grid[r])
        col = {self.grid[i][c] for i in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        box = {self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return DIGITS - row - col - box

    def __str__(self) -> str:
        lines = []
        for r in range(9):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            row = ""
            for c in range(9):
                if c and c % 3 == 0:
                    row += "| "
                row += (str(self.grid[r][c]) if self.grid[r][c] else ".") + " "
            lines.append(row.rstrip())
        return "\n".join(lines)

    def __eq__(self, other) -> bool:
        return isinstance(other, Board) and self.grid == other.grid


class Solver:
    def __init__(self) -> None:
        self.guesses = 0
        self.propagated = 0

    def propagate(self, board: Board) -> bool:
        changed = True
        while changed:
            changed = False
            for cell in board.empty():
                cands = board.candidates(cell)
                if not cands:
                    return False
                if len(cands) == 1:
                    board[cell] = cands.pop()
                    self.propagated += 1
                    changed = True
        return True

    def solutions(self, board: Board) -> Iterator[Board]:
        board = board.copy()
        if not self.propagate(board):
            return
        empty = board.empty()
        if not empty:
            yield board
            return
        cell = min(empty, key=lambda rc: (len(board.candidates(rc)), rc))
        for digit in sorted(board.candidates(cell)):
            self.guesses += 1
            child = board.copy()
            child[cell] = digit
            yield from self.solutions(child)


PUZZLE = """
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79
"""
board = Board.parse(PUZZLE)
print(board)
print("empty cells:", len(board.empty()), "candidates at (0,2):", sorted(board.candidates((0, 2))))
solver = Solver()
first = next(solver.solutions(board))
print()
print(first)
print("propagated", solver.propagated, "guesses", solver.guesses)
print("rows ok:", all(set(r) == DIGITS for r in first.grid), "unchanged input:", len(board.empty()))
open_board = Board.parse("." * 72 + "123456789")
s2 = Solver()
gen = s2.solutions(open_board)
two = [next(gen), next(gen)]
print("two different solutions:", two[0] != two[1], two[0].grid[0], two[1].grid[0])
for bad in ("1" * 81, "5" + "." * 79, "9" * 2 + "." * 79):
    try:
        Board.parse(bad)
    except InvalidBoard as e:
        print(type(e).__name__, e)
impossible = Board.parse("12345678." + "." * 8 + "9" + "." * 63)
print("impossible has solutions:", any(True for _ in Solver().solutions(impossible)))
