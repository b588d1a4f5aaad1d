# Game search: an abstract Game interface (abc) with two games (multi-pile
# Nim and Tic-Tac-Toe), immutable hashable states (__eq__/__hash__ on
# tuples), a negamax solver with memoization in a dict and move ordering,
# Sprague-Grundy verification for Nim via functools.reduce, an iterator over
# legal moves, and illegal-move exceptions.
from abc import ABC, abstractmethod
from functools import reduce
from operator import xor
from typing import Dict, Iterator, Optional, Tuple


class IllegalMove(ValueError):
    pass


class Game(ABC):
    @abstractmethod
    def moves(self, state) -> Iterator: ...

    @abstractmethod
    def apply(self, state, move): ...

    @abstractmethod
    def terminal_value(self, state) -> Optional[int]:
        """Value for the player to move if the game is over, else None."""


class NimState:
    __slots__ = ("piles",)

    def __init__(self, piles) -> None:
        self.piles = tuple(sorted(piles))

    def __eq__(self, other) -> bool:
        return isinstance(other, NimState) and self.piles == other.piles

    def __hash__(self) -> int:
        return hash(self.piles)

    def __repr__(self) -> str:
        return "Nim%s" % (self.piles,)


class Nim(Game):
    def moves(self, state: NimState):
        seen = set()
        for i, p in enumerate(state.piles):
            for take in range(1, p + 1):
                key = (p, take)
                if key not in seen:
                    seen.add(key)
                    yield (i, take)

    def apply(self, state: NimState, move) -> NimState:
        i, take = move
        if not (0 <= i < len(state.piles)) or not (1 <= take <= state.piles[i]):
            raise IllegalMove("cannot take %d from pile %d of %r" % (take, i, state))
        piles = list(state.piles)
        piles[i] -= take
        return NimState(p for p in piles if p)

    def terminal_value(self, state: NimState):
        return -1 if not state.piles else None


class TTT(Game):
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

    def to_move(self, board: str) -> str:
        return "X" if board.count("X") == board.count("O") else "O"

    def moves(self, board: str):
        order = (4, 0, 2, 6, 8, 1, 3, 5, 7)
        return (i for i in order if board[i] == ".")

    def apply(self, board: str, move: int) -> str:
        if board[move] != ".":
            raise IllegalMove("square %d is taken" % move)
        return board[:move] + self.to_move(board) + board[move + 1:]

    def terminal_value(self, board: str):
        for a, b, c in self.LINES:
            if board[a] != "." and board[a] == board[b] == board[c]:
                return -1
        return 0 if "." not in board else None


class Solver:
    def __init__(self, game: Game) -> None:
        self.game = game
        self.memo: Dict[object, Tuple[int, object]] = {}
        self.nodes = 0

    def negamax(self, state) -> Tuple[int, object]:
        if state in self.memo:
            return self.memo[state]
        self.nodes += 1
        tv = self.game.terminal_value(state)
        if tv is not None:
            result = (tv, None)
        else:
            best = (-2, None)
            for m in self.game.moves(state):
                v = -self.negamax(self.game.apply(state, m))[0]
                if v > best[0]:
                    best = (v, m)
                    if v == 1:
                        break
            result = best
        self.memo[state] = result
        return result


nim = Nim()
solver = Solver(nim)
for piles in [(1,), (1, 1), (1, 2, 3), (3, 4, 5), (2, 2, 7), (1, 4, 6, 7)]:
    s = NimState(piles)
    value, move = solver.negamax(s)
    grundy = reduce(xor, piles, 0)
    print("%-16r value %+d  move %-8s xor %d  agrees %s" % (s, value, move, grundy, (value == 1) == (grundy != 0)))
print("nim nodes", solver.nodes, "memo", len(solver.memo), NimState([3, 1]) == NimState((1, 3)))

ttt = TTT()
ts = Solver(ttt)
board = "." * 9
print("empty board value:", ts.negamax(board)[0])
for _ in range(9):
    if ttt.terminal_value(board) is not None:
        break
    value, move = ts.negamax(board)
    board = ttt.apply(board, move)
    print(ttt.to_move(board) == "O" and "X" or "O", "plays", move, "->", board, "value", value)
print("final:", [board[i:i + 3] for i in (0, 3, 6)], "nodes", ts.nodes)
print(ts.negamax("XX.OO....")[0], ts.negamax("XX.OO....")[1])
for thunk in (lambda: nim.apply(NimState([2]), (0, 3)), lambda: nim.apply(NimState([2]), (5, 1)),
              lambda: ttt.apply("X........", 0)):
    try:
        thunk()
    except IllegalMove as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    Game()
except TypeError as e:
    print(type(e).__name__, e)
