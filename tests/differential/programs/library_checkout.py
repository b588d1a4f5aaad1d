# A library lending system: dataclasses for books and members, Enum/IntEnum
# for status and membership tiers, an exception hierarchy for rule
# violations, a transaction context manager that rolls back on error, a
# class-level clock, and reports produced with generators.
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from typing import Dict, Iterator, List, Optional


class Status(Enum):
    AVAILABLE = auto()
    ON_LOAN = auto()
    RESERVED = auto()
    LOST = auto()


class Tier(IntEnum):
    BASIC = 2
    PLUS = 5
    STAFF = 10


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book: "Book") -> None:
        super().__init__("%r is %s" % (book.title, book.status.name.lower().replace("_", " ")))


class LimitReached(LibraryError):
    pass


class UnknownId(LibraryError, LookupError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    status: Status = Status.AVAILABLE
    borrower: Optional[str] = None
    due: Optional[int] = None


@dataclass
class Member:
    mid: str
    name: str
    tier: Tier = Tier.BASIC
    loans: List[str] = field(default_factory=list)
    fines: int = 0


class Library:
    today = 0
    FINE_PER_DAY = 25
    LOAN_DAYS = 14

    def __init__(self) -> None:
        self.books: Dict[str, Book] = {}
        self.members: Dict[str, Member] = {}
        self.journal: List[str] = []

    @classmethod
    def advance(cls, days: int) -> None:
        cls.today += days

    def _book(self, isbn: str) -> Book:
        try:
            return self.books[isbn]
        except KeyError:
            raise UnknownId("no book " + isbn) from None

    def _member(self, mid: str) -> Member:
        if mid not in self.members:
            raise UnknownId("no member " + mid)
        return self.members[mid]

    @contextmanager
    def transaction(self, label: str):
        snapshot = ({k: (b.status, b.borrower, b.due) for k, b in self.books.items()},
                    {k: (list(m.loans), m.fines) for k, m in self.members.items()})
        try:
            yield self
        except LibraryError as e:
            for k, (s, who, due) in snapshot[0].items():
                b = self.books[k]
                b.status, b.borrower, b.due = s, who, due
            for k, (loans, fines) in snapshot[1].items():
                self.members[k].loans, self.members[k].fines = loans, fines
            self.journal.append("ROLLBACK %s: %s: %s" % (label, type(e).__name__, e))
            raise
        else:
            self.journal.append("COMMIT %s" % label)

    def lend(self, isbn: str, mid: str) -> None:
        book, member = self._book(isbn), self._member(mid)
        if book.status is not Status.AVAILABLE:
            raise NotAvailable(book)
        if len(member.loans) >= member.tier:
            raise LimitReached("%s may borrow only %d" % (member.name, member.tier))
        book.status, book.borrower, book.due = Status.ON_LOAN, mid, self.today + self.LOAN_DAYS
        member.loans.append(isbn)

    def give_back(self, isbn: str) -> int:
        book = self._book(isbn)
        if book.status is not Status.ON_LOAN:
            raise LibraryError("%r was not on loan" % book.title)
        member = self._member(book.borrower)
        late = max(0, self.today - book.due)
        member.fines += late * self.FINE_PER_DAY
        member.loans.remove(isbn)
        book.status, book.borrower, book.due = Status.AVAILABLE, None, None
        return late

    def overdue(self) -> Iterator[Book]:
        for b in sorted(self.books.values(), key=lambda b: b.isbn):
            if b.status is Status.ON_LOAN and b.due < self.today:
                yield b


lib = Library()
for i, title in enumerate(["Dune", "Emma", "Ulysses", "Beloved", "Hamlet"]):
    lib.books["b%d" % i] = Book("b%d" % i, title)
lib.members["m1"] = Member("m1", "Ada")
lib.members["m2"] = Member("m2", "Bo", Tier.PLUS)
lib.books["b4"].status = Status.LOST

with lib.transaction("ada borrows two"):
    lib.lend("b0", "m1")
    lib.lend("b1", "m1")
for label, actions in [("ada third book", [("b2", "m1")]),
                       ("bo borrows dune", [("b2", "m2"), ("b0", "m2")]),
                       ("lost book", [("b4", "m2")]),
                       ("ghost member", [("b3", "m9")])]:
    try:
        with lib.transaction(label):
            for isbn, mid in actions:
                lib.lend(isbn, mid)
    except LookupError as e:
        print("lookup problem:", e)
    except LibraryError as e:
        print("refused:", type(e).__name__, e)
Library.advance(20)
print("overdue:", [b.title for b in lib.overdue()])
with lib.transaction("returns"):
    print("late days:", lib.give_back("b0"))
try:
    with lib.transaction("double return"):
        lib.give_back("b3")
        lib.give_back("b0")
except LibraryError as e:
    print("refused:", e)
for m in lib.members.values():
    print(m)
print(sorted((b.title, b.status.name) for b in lib.books.values()))
print(Tier.PLUS > Tier.BASIC, Tier(10).name, [t.name for t in Tier], Status.LOST in Status)
print("\n".join(lib.journal))
