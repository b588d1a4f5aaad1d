# A text buffer with undo/redo built on the command pattern: an abstract
# Command base (abc), concrete commands as dataclasses, a history with two
# stacks, a batch() context manager that groups commands into one undoable
# macro (rolled back if the block raises), and __str__/__len__/__getitem__
# on the buffer.
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import List, Optional


class EditorError(Exception):
    pass


class Buffer:
    def __init__(self, text: str = "") -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, i):
        return self.text[i]


class Command(ABC):
    @abstractmethod
    def do(self, buf: Buffer) -> None: ...

    @abstractmethod
    def undo(self, buf: Buffer) -> None: ...

    def describe(self) -> str:
        return type(self).__name__


@dataclass
class Insert(Command):
    pos: int
    text: str

    def do(self, buf: Buffer) -> None:
        if not 0 <= self.pos <= len(buf):
            raise EditorError("insert position %d out of range" % self.pos)
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]

    def undo(self, buf: Buffer) -> None:
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]

    def describe(self) -> str:
        return "insert %r at %d" % (self.text, self.pos)


@dataclass
class Delete(Command):
    start: int
    end: int
    removed: str = field(default="", init=False)

    def do(self, buf: Buffer) -> None:
        if not 0 <= self.start <= self.end <= len(buf):
            raise EditorError("bad range %d:%d" % (self.start, self.end))
        self.removed = buf[self.start:self.end]
        buf.text = buf.text[:self.start] + buf.text[self.end:]

    def undo(self, buf: Buffer) -> None:
        buf.text = buf.text[:self.start] + self.removed + buf.text[self.start:]

    def describe(self) -> str:
        return "delete %r" % self.removed


@dataclass
class Macro(Command):
    name: str
    steps: List[Command] = field(default_factory=list)

    def do(self, buf: Buffer) -> None:
        for s in self.steps:
            s.do(buf)

    def undo(self, buf: Buffer) -> None:
        for s in reversed(self.steps):
            s.undo(buf)

    def describe(self) -> str:
        return "%s[%s]" % (self.name, "; ".join(s.describe() for s in self.steps))


class Editor:
    def __init__(self, text: str = "") -> None:
        self.buf = Buffer(text)
        self.done: List[Command] = []
        self.undone: List[Command] = []
        self._batch: Optional[Macro] = None

    def run(self, cmd: Command) -> "Editor":
        cmd.do(self.buf)
        if self._batch is not None:
            self._batch.steps.append(cmd)
        else:
            self.done.append(cmd)
            self.undone.clear()
        return self

    def undo(self) -> str:
        if not self.done:
            raise EditorError("nothing to undo")
        cmd = self.done.pop()
        cmd.undo(self.buf)
        self.undone.append(cmd)
        return cmd.describe()

    def redo(self) -> str:
        if not self.undone:
            raise EditorError("nothing to redo")
        cmd = self.undone.pop()
        cmd.do(self.buf)
        self.done.append(cmd)
        return cmd.describe()

    @contextmanager
    def batch(self, name: str):
        if self._batch is not None:
            raise EditorError("batches do not nest")
        self._batch = Macro(name)
        try:
            yield self._batch
        except Exception:
            self._batch.undo(self.buf)
            raise
        else:
            if self._batch.steps:
                self.done.append(self._batch)
                self.undone.clear()
        finally:
            self._batch = None


ed = Editor("hello world")
ed.run(Insert(5, ",")).run(Insert(len(ed.buf), "!"))
print(ed.buf, len(ed.buf))
ed.run(Delete(0, 5)).run(Insert(0, "goodbye"))
print(ed.buf)
print("undo:", ed.undo(), "->", ed.buf)
print("undo:", ed.undo(), "->", ed.buf)
print("redo:", ed.redo(), "->", ed.buf)
with ed.batch("shout") as m:
    ed.run(Delete(0, 1)).run(Insert(0, "H")).run(Insert(len(ed.buf) - 1, "!!"))
print(ed.buf, "|", m.describe())
try:
    with ed.batch("broken"):
        ed.run(Insert(0, ">>> "))
        print("  inside batch:", ed.buf)
        ed.run(Delete(3, 999))
except EditorError as e:
    print("batch failed:", e, "->", ed.buf)
try:
    with ed.batch("outer"):
        with ed.batch("inner"):
            pass
except EditorError as e:
    print("nested:", e)
steps = []
while True:
    try:
        steps.append(ed.undo())
    except EditorError as e:
        print("stopped:", e)
        break
print(len(steps), "undos ->", repr(str(ed.buf)))
print(ed.redo(), ed.redo(), "->", ed.buf)
ed.run(Insert(0, "X"))
try:
    ed.redo()
except EditorError as e:
    print(type(e).__name__, e)
try:
    Command()
except TypeError as e:
    print(type(e).__name__, e)
