# Classes typed with typing: a Protocol used structurally, a constrained
# TypeVar in a Generic class with ClassVar/Final annotations, subscripted
# class instantiation, and annotated function signatures.
from typing import Protocol, Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, TypeVar, Generic, ClassVar, Final
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
T = TypeVar("T", int, str)
class Box(Generic[T]):
    count: ClassVar[int] = 0
    LIMIT: Final = 3
    def __init__(self, item: T) -> None:
        self.item = item
        Box.count += 1
    def get(self) -> T:
        return self.item
b: Box[int] = Box(1)
print(b.get(), Box.count, Box.LIMIT, Box[str]("s").get(), Box.count)
print(Box.__annotations__)
def f(x: Optional[int] = None, *args: int, cb: Callable[..., Any] = print, **kw: str) -> Union[int, str]:
    return x if x is not None else "none"
print(f(), f(3))
print(Optional[int] == Union[int, None], List[int] == List[int], T, T.__constraints__)
K = TypeVar("K", bound=Iterable)
print(K.__bound__, repr(Tuple[int, ...]), Dict[str, Any])
