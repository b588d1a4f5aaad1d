# Event-sourced inventory: IntEnum/Flag for event kinds and permissions,
# dataclasses for events, an ExitStack of locks, generators that replay.
from dataclasses import dataclass, field
from enum import IntEnum, Flag, auto
from contextlib import ExitStack, contextmanager, suppress
from typing import Dict, Iterator, List, Tuple


class Kind(IntEnum):
    ADD = 1
    REMOVE = 2
    AUDIT = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()


@dataclass(order=True)
class Event:
    seq: int
    kind: Kind = field(compare=False)
    sku: str = field(compare=False)
    qty: int = field(default=0, compare=False)


@dataclass
class User:
    name: str
    perms: Perm

    def can(self, p: Perm) -> bool:
        return p in self.perms


class Locked(Exception):
    pass


locks: Dict[str, bool] = {}


@contextmanager
def lock(sku: str):
    if locks.get(sku):
        raise Locked(f"{sku} is locked")
    locks[sku] = True
    try:
        yield sku
    finally:
        locks[sku] = False


def replay(events: List[Event]) -> Iterator[Tuple[int, Dict[str, int]]]:
    stock: Dict[str, int] = {}
    for ev in sorted(events):
        if ev.kind == Kind.ADD:
            stock[ev.sku] = stock.get(ev.sku, 0) + ev.qty
        elif ev.kind == Kind.REMOVE:
            have = stock.get(ev.sku, 0)
            if have < ev.qty:
                raise ValueError(f"seq {ev.seq}: only {have} {ev.sku} left, wanted {ev.qty}")
            stock[ev.sku] = have - ev.qty
        yield ev.seq, dict(stock)


def apply_batch(user: User, events: List[Event], skus: List[str]) -> str:
    if not user.can(Perm.WRITE):
        return f"{user.name}: denied ({user.perms})"
    with ExitStack() as stack:
        held = [stack.enter_context(lock(s)) for s in skus]
        stack.callback(print, "released", held)
        return f"{user.name}: applied {len(events)} events on {held}"


events = [
    Event(3, Kind.REMOVE, "bolt", 4),
    Event(1, Kind.ADD, "bolt", 10),
    Event(2, Kind.ADD, "nut", 5),
    Event(5, Kind.AUDIT, "nut"),
    Event(4, Kind.REMOVE, "nut", 2),
    Event(6, Kind.REMOVE, "bolt", 9),
]

try:
    for seq, snapshot in replay(events):
        print(seq, snapshot)
except ValueError as e:
    print("replay stopped:", e)

alice = User("alice", Perm.READ | Perm.WRITE)
bob = User("bob", Perm.READ)
root = User("root", Perm.READ | Perm.WRITE | Perm.ADMIN)
for u in (alice, bob, root):
    print(repr(u.perms), u.can(Perm.ADMIN), apply_batch(u, events, ["bolt", "nut"]))

locks["nut"] = True
try:
    apply_batch(alice, events, ["bolt", "nut"])
except Locked as e:
    print("locked:", e, locks)
with suppress(Locked):
    with lock("nut"):
        print("never")
print(sorted(k.name for k in Kind), Kind(2), Kind.AUDIT - Kind.ADD, [int(k) for k in Kind])
counts = {k: sum(1 for e in events if e.kind is k) for k in Kind}
print(counts)
