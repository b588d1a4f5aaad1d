# A discrete-event simulation: processes are generators that yield events
# (Timeout, Request, Release) to a simulator that keeps a heapq of
# (time, sequence, process) entries. Baristas are a limited resource with a
# FIFO wait queue; customers arrive on a fixed deterministic schedule.
import heapq
from collections import deque
from dataclasses import dataclass, field
from typing import Deque, Generator, List, Optional


@dataclass(frozen=True)
class Timeout:
    delay: int


@dataclass(frozen=True)
class Request:
    resource: "Resource"


@dataclass(frozen=True)
class Release:
    resource: "Resource"


class SimulationError(Exception):
    pass


class Resource:
    def __init__(self, name: str, capacity: int) -> None:
        self.name = name
        self.capacity = capacity
        self.in_use = 0
        self.waiting: Deque = deque()
        self.max_queue = 0

    def __repr__(self) -> str:
        return "<Resource %s %d/%d>" % (self.name, self.in_use, self.capacity)


class Simulator:
    def __init__(self) -> None:
        self.now = 0
        self._queue: List = []
        self._seq = 0
        self.log: List[str] = []

    def _schedule(self, at: int, proc, value=None) -> None:
        self._seq += 1
        heapq.heappush(self._queue, (at, self._seq, proc, value))

    def spawn(self, proc: Generator, at: int = 0) -> None:
        self._schedule(at, proc)

    def say(self, msg: str) -> None:
        self.log.append("t=%3d  %s" % (self.now, msg))

    def _step(self, proc, value) -> None:
        try:
            event = proc.send(value)
        except StopIteration as stop:
            if stop.value is not None:
                self.say("process finished: %s" % stop.value)
            return
        match event:
            case Timeout(delay) if delay >= 0:
                self._schedule(self.now + delay, proc)
            case Timeout(delay):
                raise SimulationError("negative delay %d" % delay)
            case Request(res):
                if res.in_use < res.capacity:
                    res.in_use += 1
                    self._schedule(self.now, proc)
                else:
                    res.waiting.append(proc)
                    res.max_queue = max(res.max_queue, len(res.waiting))
            case Release(res):
                res.in_use -= 1
                if res.waiting:
                    res.in_use += 1
                    self._schedule(self.now, res.waiting.popleft())
                self._schedule(self.now, proc)
            case _:
                raise SimulationError("unknown event %r" % (event,))

    def run(self, until: Optional[int] = None) -> None:
        while self._queue:
            at, _, proc, value = heapq.heappop(self._queue)
            if until is not None and at > until:
                heapq.heappush(self._queue, (at, 0, proc, value))
                break
            self.now = at
            self._step(proc, value)


@dataclass(order=True)
class Order:
    customer: str
    drink: str
    arrived: int = 0
    served: int = field(default=-1, compare=False)

    @property
    def wait(self) -> int:
        return self.served - self.arrived


PREP = {"espresso": 2, "latte": 4, "mocha": 5, "tea": 1}


def customer(sim: Simulator, baristas: Resource, order: Order, done: List[Order]):
    sim.say("%s arrives, wants %s" % (order.customer, order.drink))
    order.arrived = sim.now
    yield Request(baristas)
    sim.say("%s is being served" % order.customer)
    yield Timeout(PREP[order.drink])
    order.served = sim.now
    yield Release(baristas)
    done.append(order)
    sim.say("%s leaves after waiting %d" % (order.customer, order.wait))
    return None


def arrivals(sim: Simulator, baristas: Resource, done: List[Order]):
    schedule = [("ann", "latte", 0), ("bob", "espresso", 1), ("cat", "mocha", 1),
                ("dan", "tea", 3), ("eve", "latte", 4), ("fay", "mocha", 10)]
    last = 0
    for name, drink, at in schedule:
        yield Timeout(at - last)
        last = at
        sim.spawn(customer(sim, baristas, Order(name, drink), done), at=sim.now)
    return "all %d customers arrived" % len(schedule)


def bad_process():
    yield Timeout(-1)


sim = Simulator()
bar = Resource("baristas", 2)
served: List[Order] = []
sim.spawn(arrivals(sim, bar, served))
sim.run(until=8)
print("\n".join(sim.log))
print("paused at", sim.now, bar)
sim.log.clear()
sim.run()
print("\n".join(sim.log))
print("max queue:", bar.max_queue, "in use:", bar.in_use)
print("by wait:", [(o.customer, o.wait) for o in sorted(served, key=lambda o: (-o.wait, o.customer))])
print("sorted orders:", [o.customer for o in sorted(served)])
avg = sum(o.wait for o in served) / len(served)
print("average wait %.2f" % avg)
sim2 = Simulator()
sim2.spawn(bad_process())
try:
    sim2.run()
except SimulationError as e:
    print(type(e).__name__, e)
