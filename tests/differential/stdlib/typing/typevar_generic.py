from typing import TypeVar, Generic, List, Optional

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(T, K)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), type(s).__name__)
print(Stack[int], Stack[str])
print(Stack.__mro__)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k = k
        self.v = v
print(Pair[str, int], Pair("a", 1).v)
print(Generic[T])
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
