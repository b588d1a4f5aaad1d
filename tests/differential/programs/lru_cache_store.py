# An LRU cache built from a hash map and a doubly linked list with sentinel
# nodes, exposing the mapping protocol (__getitem__, __setitem__,
# __delitem__, __contains__, __len__, __iter__), eviction callbacks, hit/miss
# statistics as a dataclass, and a memoizing decorator built on it.
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, Optional
import functools


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: Any = None, value: Any = None) -> None:
        self.key = key
        self.value = value
        self.prev: Optional["_Node"] = None
        self.next: Optional["_Node"] = None


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0

    @property
    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class LRUCache:
    def __init__(self, capacity: int, on_evict: Optional[Callable[[Any, Any], None]] = None) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive, got %d" % capacity)
        self.capacity = capacity
        self.on_evict = on_evict
        self.stats = Stats()
        self._map: Dict[Any, _Node] = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next = self._tail
        self._tail.prev = self._head

    def _unlink(self, node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node: _Node) -> None:
        node.next = self._head.next
        node.prev = self._head
        self._head.next.prev = node
        self._head.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.stats.misses += 1
            raise KeyError(key)
        self.stats.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value) -> None:
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self._map) >= self.capacity:
            lru = self._tail.prev
            self._unlink(lru)
            del self._map[lru.key]
            self.stats.evictions += 1
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)

    def __delitem__(self, key) -> None:
        node = self._map.pop(key)
        self._unlink(node)

    def __contains__(self, key) -> bool:
        return key in self._map

    def __len__(self) -> int:
        return len(self._map)

    def __iter__(self) -> Iterator:
        node = self._head.next
        while node is not self._tail:
            yield node.key
            node = node.next

    def __repr__(self) -> str:
        items = ", ".join("%r: %r" % (k, self._map[k].value) for k in self)
        return "LRUCache(%d, {%s})" % (self.capacity, items)


def lru_memo(capacity: int):
    def deco(fn):
        cache = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = fn(*args)
                cache[args] = result
                return result
        wrapper.cache = cache
        return wrapper
    return deco


evicted = []
c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c)
print(c["a"], c.get("zz", "none"))
c["d"] = 4
print(c, evicted)
c["b"] = 20
c["e"] = 5
print(list(c), len(c), "c" in c, "b" in c, evicted)
del c["e"]
print(c)
try:
    del c["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    c["gone"]
except KeyError as e:
    print(type(e).__name__, e)
print(c.stats, "%.2f" % c.stats.ratio)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)


@lru_memo(capacity=50)
def ways(n: int, coins: tuple) -> int:
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways.__name__)
print(len(ways.cache), ways.cache.stats.evictions > 0, ways.cache.stats.hits > 0)
