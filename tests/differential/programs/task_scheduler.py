# A tiny cooperative scheduler: generator tasks, priorities as IntEnum,
# task records as dataclasses, a context manager timing each tick.
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from contextlib import contextmanager
from typing import Generator, List, Optional
import heapq


class Priority(IntEnum):
    HIGH = 0
    NORMAL = 1
    LOW = 2


class State(Enum):
    READY = "ready"
    DONE = "done"
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    gen: Generator[str, None, int] = field(compare=False, repr=False)
    state: State = field(default=State.READY, compare=False)
    result: Optional[int] = field(default=None, compare=False)


ticks: List[str] = []


@contextmanager
def tick(n: int):
    ticks.append(f"tick {n} start")
    try:
        yield
    finally:
        ticks.append(f"tick {n} end")


def countdown(name: str, n: int) -> Generator[str, None, int]:
    total = 0
    while n > 0:
        total += n
        yield f"{name}:{n}"
        n -= 1
    return total


def flaky(limit: int) -> Generator[str, None, int]:
    for i in range(limit + 1):
        if i == limit:
            raise RuntimeError(f"flaky gave up at {i}")
        yield f"flaky:{i}"
    return -1


class Scheduler:
    def __init__(self) -> None:
        self.queue: List[Task] = []
        self.seq = 0
        self.finished: List[Task] = []

    def spawn(self, name: str, gen, priority: Priority = Priority.NORMAL) -> None:
        self.seq += 1
        heapq.heappush(self.queue, Task(priority, self.seq, name, gen))

    def run(self) -> None:
        n = 0
        while self.queue:
            task = heapq.heappop(self.queue)
            n += 1
            with tick(n):
                try:
                    out = next(task.gen)
                except StopIteration as stop:
                    task.state, task.result = State.DONE, stop.value
                    self.finished.append(task)
                    continue
                except RuntimeError as e:
                    task.state = State.FAILED
                    print("failed:", task.name, e)
                    self.finished.append(task)
                    continue
                print(f"[{task.priority.name:<6}] {out}")
                self.seq += 1
                task.seq = self.seq
                heapq.heappush(self.queue, task)


s = Scheduler()
s.spawn("a", countdown("a", 3))
s.spawn("b", countdown("b", 2), Priority.HIGH)
s.spawn("c", flaky(2), Priority.LOW)
s.spawn("d", countdown("d", 1), Priority.LOW)
s.run()
for t in s.finished:
    print(t.name, t.state, t.result, repr(t.priority))
print(len(ticks), ticks[:4])
print(sorted(Priority), Priority.LOW > Priority.HIGH, min(t.priority for t in s.finished))
