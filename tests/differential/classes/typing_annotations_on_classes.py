# Annotations on class attributes are recorded in __annotations__ (nothing is
# enforced); methods and functions take annotations; generic classes with TypeVar can be subscripted and instantiated.
from typing import Generic, TypeVar, Optional, List, Dict, Callable, Iterator

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    items: List[T]
    limit: Optional[int] = None
    def __init__(self) -> None:
        self.items = []
    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

def apply(f: Callable[[int], int], xs: List[int] = []) -> Dict[int, int]:
    return {x: f(x) for x in xs}

s: Stack[int] = Stack[int]()
s.push(1).push(2).push("not enforced")
print(list(s), s.pop(), s.limit)
print(Stack.__annotations__)
print(apply(lambda v: v * v, [1, 2, 3]))
print(Stack[int], Dict[str, List[int]], Optional[str])
x: int = "annotated but a str"
print(x, __annotations__)
