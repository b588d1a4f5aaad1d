# A route planner over a weighted directed graph: Node/Edge classes, a Graph
# with adjacency maps, Dijkstra with heapq (ties broken by name for
# determinism), path reconstruction, a generator of all simple paths,
# topological sorting with cycle detection, and domain exceptions.
import heapq
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Set, Tuple


class GraphError(Exception):
    pass


class UnknownNode(GraphError, KeyError):
    def __str__(self) -> str:
        return "unknown node %r" % self.args[0]


class Unreachable(GraphError):
    pass


class CycleError(GraphError):
    def __init__(self, cycle: List[str]) -> None:
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle


@dataclass(frozen=True, order=True)
class Edge:
    src: str
    dst: str
    cost: int = 1


@dataclass
class Route:
    nodes: List[str]
    cost: int

    def __str__(self) -> str:
        return "%s (cost %d)" % (" > ".join(self.nodes), self.cost)

    def __len__(self) -> int:
        return len(self.nodes) - 1


class Graph:
    def __init__(self, edges=()) -> None:
        self._adj: Dict[str, Dict[str, Edge]] = {}
        for e in edges:
            self.add(*e)

    def add(self, src: str, dst: str, cost: int = 1) -> "Graph":
        if cost < 0:
            raise ValueError("negative cost on %s->%s" % (src, dst))
        self._adj.setdefault(src, {})[dst] = Edge(src, dst, cost)
        self._adj.setdefault(dst, {})
        return self

    def __contains__(self, node: str) -> bool:
        return node in self._adj

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._adj))

    def __len__(self) -> int:
        return len(self._adj)

    def neighbours(self, node: str) -> List[Edge]:
        if node not in self._adj:
            raise UnknownNode(node)
        return sorted(self._adj[node].values())

    def shortest(self, start: str, goal: str) -> Route:
        for n in (start, goal):
            if n not in self:
                raise UnknownNode(n)
        dist: Dict[str, int] = {start: 0}
        prev: Dict[str, Optional[str]] = {start: None}
        heap: List[Tuple[int, str]] = [(0, start)]
        done: Set[str] = set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            if node == goal:
                break
            for e in self.neighbours(node):
                nd = d + e.cost
                if e.dst not in dist or nd < dist[e.dst]:
                    dist[e.dst] = nd
                    prev[e.dst] = node
                    heapq.heappush(heap, (nd, e.dst))
        if goal not in dist:
            raise Unreachable("no route from %s to %s" % (start, goal))
        path, cur = [], goal
        while cur is not None:
            path.append(cur)
            cur = prev[cur]
        return Route(path[::-1], dist[goal])

    def simple_paths(self, start: str, goal: str, seen: Tuple[str, ...] = ()) -> Iterator[List[str]]:
        seen = seen + (start,)
        if start == goal:
            yield list(seen)
            return
        for e in self.neighbours(start):
            if e.dst not in seen:
                yield from self.simple_paths(e.dst, goal, seen)

    def topo_order(self) -> List[str]:
        state: Dict[str, int] = {}
        order: List[str] = []
        stack: List[str] = []

        def visit(n: str) -> None:
            if state.get(n) == 1:
                raise CycleError(stack[stack.index(n):] + [n])
            if state.get(n) == 2:
                return
            state[n] = 1
            stack.append(n)
            for e in self.neighbours(n):
                visit(e.dst)
            stack.pop()
            state[n] = 2
            order.append(n)

        for n in self:
            visit(n)
        return order[::-1]


roads = Graph([("home", "bakery", 4), ("home", "park", 2), ("park", "bakery", 1),
               ("bakery", "office", 5), ("park", "library", 7), ("library", "office", 1),
               ("office", "gym", 3), ("home", "gym", 20)])
print(len(roads), list(roads))
for a, b in [("home", "office"), ("home", "gym"), ("park", "park"), ("library", "gym")]:
    r = roads.shortest(a, b)
    print("%-8s -> %-6s %s, %d hops" % (a, b, r, len(r)))
paths = list(roads.simple_paths("home", "office"))
print(len(paths), "simple paths:")
for p in sorted(paths, key=lambda p: (len(p), p)):
    print("  ", " > ".join(p))
print("topological:", roads.topo_order())
for a, b in [("gym", "home"), ("home", "mars")]:
    try:
        roads.shortest(a, b)
    except GraphError as e:
        print(type(e).__name__, e, isinstance(e, KeyError))
try:
    roads.add("x", "y", -3)
except ValueError as e:
    print(type(e).__name__, e)
roads.add("gym", "park", 1)
try:
    roads.topo_order()
except CycleError as e:
    print(type(e).__name__, e, len(e.cycle))
print(roads.shortest("gym", "office"), "after adding gym->park")
