# An order-processing pipeline: dataclasses for the domain, enums for
# states, generators for streaming, context managers for auditing.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from contextlib import contextmanager
from typing import List, Dict, Iterator, Optional


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: set(),
    Status.CANCELLED: set(),
}


@dataclass(frozen=True, order=True)
class Money:
    cents: int

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __str__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


@dataclass
class Line:
    sku: str
    qty: int
    unit: Money

    @property
    def total(self) -> Money:
        return Money(self.unit.cents * self.qty)


@dataclass
class Order:
    id: int
    customer: str
    lines: List[Line] = field(default_factory=list)
    status: Status = Status.NEW
    history: List[Status] = field(default_factory=list, repr=False)

    def total(self) -> Money:
        t = Money(0)
        for line in self.lines:
            t = t + line.total
        return t

    def move(self, new: Status) -> None:
        if new not in TRANSITIONS[self.status]:
            raise ValueError(f"order {self.id}: cannot go from {self.status.name} to {new.name}")
        self.history.append(self.status)
        self.status = new


audit: List[str] = []


@contextmanager
def audited(action: str, order: Order):
    audit.append(f"begin {action} #{order.id}")
    try:
        yield order
    except ValueError as e:
        audit.append(f"failed {action} #{order.id}: {e}")
    else:
        audit.append(f"done {action} #{order.id} -> {order.status.name}")


def parse(rows: List[str]) -> Iterator[Order]:
    current: Optional[Order] = None
    for row in rows:
        kind, *rest = row.split(",")
        if kind == "order":
            if current is not None:
                yield current
            current = Order(int(rest[0]), rest[1])
        elif kind == "line" and current is not None:
            sku, qty, cents = rest
            current.lines.append(Line(sku, int(qty), Money(int(cents))))
    if current is not None:
        yield current


ROWS = [
    "order,1,ann",
    "line,apple,3,50",
    "line,pear,1,125",
    "order,2,bob",
    "line,melon,2,399",
    "order,3,cy",
    "line,fig,10,20",
    "line,kiwi,4,35",
]

orders = list(parse(ROWS))
for o in orders:
    print(o, "total", o.total())

plan = {1: [Status.PAID, Status.SHIPPED], 2: [Status.SHIPPED], 3: [Status.CANCELLED, Status.PAID]}
for o in orders:
    for step in plan[o.id]:
        with audited(step.name.lower(), o):
            o.move(step)
print("\n".join(audit))

by_status: Dict[Status, List[int]] = {}
for o in orders:
    by_status.setdefault(o.status, []).append(o.id)
for s in Status:
    print(s.name, by_status.get(s, []))

revenue = sum((o.total() for o in orders if o.status is Status.SHIPPED), Money(0))
print("revenue", revenue, max(o.total() for o in orders))
clone = replace(orders[0], id=99, lines=list(orders[0].lines))
clone.lines.append(Line("plum", 1, Money(1)))
print(len(orders[0].lines), len(clone.lines), clone.status)
print(asdict(orders[1]))
print([h.name for h in orders[0].history])
