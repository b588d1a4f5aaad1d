from typing import List, Dict, Optional, Tuple, Callable, Iterator, Generator, ClassVar, Final

MAX: Final = 10
counts: Dict[str, int] = {}

class Inventory:
    registry: ClassVar[List[str]] = []
    size: int

    def __init__(self, items: Optional[List[str]] = None) -> None:
        self.items: List[str] = items or []
        self.size = len(self.items)

    def pairs(self) -> Iterator[Tuple[int, str]]:
        for i, x in enumerate(self.items):
            yield i, x

def gen(n: int) -> Generator[int, None, str]:
    for i in range(n):
        yield i
    return "done"

def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)

inv = Inventory(["a", "b"])
print(list(inv.pairs()), inv.size, MAX)
print(list(gen(3)), apply(lambda v: v * 2, 21))
print(Inventory.__annotations__)
counts["x"] = 1
print(counts)
