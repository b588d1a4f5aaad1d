# A chat-room simulation: clients are generator coroutines that receive
# messages via send() and emit replies; a Server routes messages between
# rooms (deque queues), enforces rate limits and bans with exceptions, uses a
# context manager per delivery batch for auditing, and keeps per-user stats
# in dataclasses. Everything is deterministic (a fixed script of events).
from collections import deque, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Deque, Dict, Generator, List, Optional, Set


class Kind(Enum):
    CHAT = auto()
    JOIN = auto()
    LEAVE = auto()
    SYSTEM = auto()


@dataclass(frozen=True)
class Message:
    kind: Kind
    room: str
    sender: str
    text: str = ""

    def __str__(self) -> str:
        if self.kind is Kind.CHAT:
            return "[%s] <%s> %s" % (self.room, self.sender, self.text)
        return "[%s] * %s %s" % (self.room, self.sender, self.text or self.kind.name.lower())


class ChatError(Exception):
    pass


class RateLimited(ChatError):
    pass


class Banned(ChatError):
    pass


@dataclass
class Stats:
    sent: int = 0
    received: int = 0
    rejected: int = 0
    rooms: Set[str] = field(default_factory=set)


def client(name: str, reply_to: Optional[str] = None) -> Generator[Optional[str], Message, None]:
    reply = None
    while True:
        msg = yield reply
        reply = None
        if msg.kind is Kind.CHAT and reply_to and msg.sender == reply_to and "?" in msg.text:
            reply = "@%s: answering %r" % (msg.sender, msg.text)


class Server:
    LIMIT = 3

    def __init__(self) -> None:
        self.rooms: Dict[str, Set[str]] = defaultdict(set)
        self.clients: Dict[str, Generator] = {}
        self.queue: Deque[Message] = deque()
        self.stats: Dict[str, Stats] = defaultdict(Stats)
        self.window: Dict[str, int] = defaultdict(int)
        self.banned: Set[str] = set()
        self.log: List[str] = []

    def connect(self, name: str, gen: Generator) -> None:
        next(gen)
        self.clients[name] = gen

    def join(self, name: str, room: str) -> None:
        self.rooms[room].add(name)
        self.stats[name].rooms.add(room)
        self.queue.append(Message(Kind.JOIN, room, name, "joined"))

    def leave(self, name: str, room: str) -> None:
        self.rooms[room].discard(name)
        self.queue.append(Message(Kind.LEAVE, room, name, "left"))

    def say(self, name: str, room: str, text: str) -> None:
        if name in self.banned:
            raise Banned("%s is banned" % name)
        if name not in self.rooms[room]:
            raise ChatError("%s is not in %s" % (name, room))
        self.window[name] += 1
        if self.window[name] > self.LIMIT:
            if self.window[name] > self.LIMIT + 1:
                self.banned.add(name)
                self.queue.append(Message(Kind.SYSTEM, room, name, "was banned for flooding"))
            raise RateLimited("%s exceeded %d messages per tick" % (name, self.LIMIT))
        self.stats[name].sent += 1
        self.queue.append(Message(Kind.CHAT, room, name, text))

    @contextmanager
    def batch(self, tick: int):
        before = len(self.log)
        try:
            yield
        finally:
            self.log.append("-- tick %d: %d deliveries" % (tick, len(self.log) - before))
            self.window.clear()

    def pump(self, tick: int) -> None:
        with self.batch(tick):
            while self.queue:
                msg = self.queue.popleft()
                for member in sorted(self.rooms[msg.room]):
                    if member == msg.sender:
                        continue
                    reply = self.clients[member].send(msg)
                    self.stats[member].received += 1
                    self.log.append("%s -> %s" % (member, msg))
                    if reply:
                        self.queue.append(Message(Kind.CHAT, msg.room, member, reply))
                        self.stats[member].sent += 1


server = Server()
for name, replies_to in [("ann", None), ("bob", "ann"), ("cat", None), ("dan", "cat")]:
    server.connect(name, client(name, replies_to))
script = [
    [("join", "ann", "lobby"), ("join", "bob", "lobby"), ("join", "cat", "lobby"), ("say", "ann", "lobby", "hi all")],
    [("say", "ann", "lobby", "anyone awake?"), ("join", "dan", "dev"), ("join", "cat", "dev"),
     ("say", "cat", "dev", "build green?"), ("say", "dan", "lobby", "psst")],
    [("say", "bob", "lobby", "1"), ("say", "bob", "lobby", "2"), ("say", "bob", "lobby", "3"),
     ("say", "bob", "lobby", "4"), ("say", "bob", "lobby", "5")],
    [("say", "bob", "lobby", "back?"), ("leave", "cat", "lobby"), ("say", "ann", "lobby", "bye?")],
]
for tick, events in enumerate(script, 1):
    for ev in events:
        op, who, *args = ev
        try:
            getattr(server, op)(who, *args)
        except ChatError as e:
            server.stats[who].rejected += 1
            print("tick %d: %s: %s" % (tick, type(e).__name__, e))
    server.pump(tick)
print("\n".join(server.log))
for name in sorted(server.stats):
    s = server.stats[name]
    print("%-4s sent=%d received=%d rejected=%d rooms=%s" % (name, s.sent, s.received, s.rejected, sorted(s.rooms)))
print("banned:", sorted(server.banned), "| rooms:", {r: sorted(m) for r, m in sorted(server.rooms.items())})
