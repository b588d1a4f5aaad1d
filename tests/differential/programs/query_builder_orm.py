# An in-memory query builder in the style of an ORM: Column objects overload
# ==, !=, <, <=, >, >=, &, |, ~ to build predicate trees (so __eq__ returns
# an expression, not a bool, and __hash__ must be set explicitly); queries
# are immutable and chainable (filter/order_by/limit return new objects),
# render to SQL-like text, and run lazily over rows with a generator.
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Tuple

Row = Dict[str, Any]


class QueryError(Exception):
    pass


class Expr:
    def __and__(self, other: "Expr") -> "Expr":
        return BoolOp("AND", self, other)

    def __or__(self, other: "Expr") -> "Expr":
        return BoolOp("OR", self, other)

    def __invert__(self) -> "Expr":
        return Not(self)

    def __bool__(self) -> bool:
        raise QueryError("use & and | instead of 'and'/'or' on query expressions")


class Compare(Expr):
    OPS: Dict[str, Callable[[Any, Any], bool]] = {
        "=": lambda a, b: a == b, "!=": lambda a, b: a != b,
        "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
        ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
    }

    def __init__(self, col: "Column", op: str, value: Any) -> None:
        self.col, self.op, self.value = col, op, value

    def sql(self) -> str:
        return "%s %s %r" % (self.col.name, self.op, self.value)

    def test(self, row: Row) -> bool:
        if self.col.name not in row:
            raise QueryError("no column %r" % self.col.name)
        v = row[self.col.name]
        if v is None:
            return False
        return self.OPS[self.op](v, self.value)


class BoolOp(Expr):
    def __init__(self, op: str, left: Expr, right: Expr) -> None:
        self.op, self.left, self.right = op, left, right

    def sql(self) -> str:
        return "(%s %s %s)" % (self.left.sql(), self.op, self.right.sql())

    def test(self, row: Row) -> bool:
        if self.op == "AND":
            return self.left.test(row) and self.right.test(row)
        return self.left.test(row) or self.right.test(row)


class Not(Expr):
    def __init__(self, inner: Expr) -> None:
        self.inner = inner

    def sql(self) -> str:
        return "NOT %s" % self.inner.sql()

    def test(self, row: Row) -> bool:
        return not self.inner.test(row)


class Column:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, v):
        return Compare(self, "=", v)

    def __ne__(self, v):
        return Compare(self, "!=", v)

    def __lt__(self, v):
        return Compare(self, "<", v)

    def __le__(self, v):
        return Compare(self, "<=", v)

    def __gt__(self, v):
        return Compare(self, ">", v)

    def __ge__(self, v):
        return Compare(self, ">=", v)

    __hash__ = object.__hash__

    def desc(self) -> Tuple["Column", bool]:
        return (self, True)

    def __repr__(self) -> str:
        return "Column(%r)" % self.name


class Table:
    def __init__(self, title: str, *cols: str) -> None:
        self.title = title
        self.columns = {c: Column(c) for c in cols}
        self.rows: List[Row] = []

    def __getattr__(self, item: str) -> Column:
        cols = self.columns
        if item in cols:
            return cols[item]
        raise AttributeError("table %s has no column %s" % (self.title, item))

    def insert(self, **values) -> None:
        unknown = sorted(set(values) - set(self.columns))
        if unknown:
            raise QueryError("unknown columns: %s" % ", ".join(unknown))
        self.rows.append({c: values.get(c) for c in self.columns})

    def query(self) -> "Query":
        return Query(self)


@dataclass(frozen=True)
class Query:
    table: Table
    where: Tuple[Expr, ...] = ()
    order: Tuple[Tuple[Column, bool], ...] = ()
    limit_n: int = -1

    def filter(self, *exprs: Expr) -> "Query":
        return Query(self.table, self.where + exprs, self.order, self.limit_n)

    def order_by(self, *keys) -> "Query":
        norm = tuple(k if isinstance(k, tuple) else (k, False) for k in keys)
        return Query(self.table, self.where, self.order + norm, self.limit_n)

    def limit(self, n: int) -> "Query":
        if n < 0:
            raise QueryError("limit must be >= 0")
        return Query(self.table, self.where, self.order, n)

    def sql(self) -> str:
        out = "SELECT * FROM %s" % self.table.title
        if self.where:
            out += " WHERE " + " AND ".join(e.sql() for e in self.where)
        if self.order:
            out += " ORDER BY " + ", ".join(c.name + (" DESC" if d else "") for c, d in self.order)
        if self.limit_n >= 0:
            out += " LIMIT %d" % self.limit_n
        return out

    def __iter__(self) -> Iterator[Row]:
        rows = [r for r in self.table.rows if all(e.test(r) for e in self.where)]
        for col, desc in reversed(self.order):
            rows.sort(key=lambda r: (r[col.name] is None, r[col.name]), reverse=desc)
        for i, r in enumerate(rows):
            if i == self.limit_n:
                return
            yield r

    def count(self) -> int:
        return sum(1 for _ in self)


people = Table("people", "name", "age", "city")
for name, age, city in [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 42, "oslo"),
                        ("di", None, "lima"), ("ed", 25, "oslo"), ("flo", 58, "rome")]:
    people.insert(name=name, age=age, city=city)
p = people
base = p.query().filter(p.age >= 25)
queries = [
    base,
    base.filter(p.city == "oslo").order_by(p.age.desc()),
    p.query().filter((p.city == "rome") | (p.age < 30)).order_by(p.age, p.name),
    p.query().filter(~(p.city == "oslo")).order_by(p.name.desc()).limit(2),
    p.query().order_by(p.age),
]
for q in queries:
    print(q.sql())
    print("   ->", [r["name"] for r in q], "count", q.count())
print(base.where is queries[0].where, len(base.where), len(queries[1].where))
print(type(p.age == 3).__name__, p.age in {p.age: 1}, repr(p.city))
for thunk in (lambda: p.salary, lambda: p.insert(name="x", salary=1),
              lambda: p.query().limit(-1), lambda: bool(p.age > 1),
              lambda: [r for r in p.query().filter(Compare(Column("zip"), "=", 1))]):
    try:
        thunk()
    except (QueryError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    if p.age > 3 and p.age < 10:
        pass
except QueryError as e:
    print("and/or misuse:", e)
