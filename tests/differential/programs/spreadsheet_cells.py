# A tiny spreadsheet: cells hold numbers or formulas (a small recursive
# descent parser for + - * / parentheses, cell references and SUM(A1:B2)
# ranges), dependencies are tracked so that changing a cell recomputes its
# dependents, circular references raise, and errors render like #DIV/0!.
from typing import Dict, List, Set, Union


class SheetError(Exception):
    code = "#ERR!"


class CircularRef(SheetError):
    code = "#CYCLE!"


class BadRef(SheetError):
    code = "#REF!"


class DivZero(SheetError):
    code = "#DIV/0!"


class Parser:
    def __init__(self, text: str) -> None:
        self.toks = self._lex(text)
        self.i = 0
        self.refs: Set[str] = set()

    @staticmethod
    def _lex(text: str) -> List[str]:
        out, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                out.append(text[i:j])
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                out.append(text[i:j].upper())
                i = j
            elif c in "+-*/():":
                out.append(c)
                i += 1
            else:
                raise SheetError("unexpected %r" % c)
        return out

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected and tok != expected):
            raise SheetError("expected %s, got %s" % (expected or "a token", tok))
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.peek() is not None:
            raise SheetError("trailing %r" % self.peek())
        return node

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = (self.take(), node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/"):
            node = (self.take(), node, self.atom())
        return node

    def atom(self):
        tok = self.take()
        if tok == "(":
            node = self.expr()
            self.take(")")
            return node
        if tok == "-":
            return ("neg", self.atom())
        if tok == "SUM":
            self.take("(")
            a = self.take()
            self.take(":")
            b = self.take()
            self.take(")")
            cells = expand(a, b)
            self.refs.update(cells)
            return ("sum", cells)
        if tok[0].isdigit() or tok[0] == ".":
            return ("num", float(tok))
        self.refs.add(tok)
        return ("ref", tok)


def expand(a: str, b: str) -> List[str]:
    cols = range(ord(a[0]), ord(b[0]) + 1)
    rows = range(int(a[1:]), int(b[1:]) + 1)
    return [chr(c) + str(r) for c in cols for r in rows]


class Sheet:
    def __init__(self) -> None:
        self.raw: Dict[str, str] = {}
        self.values: Dict[str, Union[float, SheetError]] = {}
        self.deps: Dict[str, Set[str]] = {}

    def __setitem__(self, name: str, text: str) -> None:
        self.raw[name] = text
        self.recalc()

    def __getitem__(self, name: str):
        return self.values.get(name, 0.0)

    def _eval(self, node, visiting: List[str]):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "ref":
            return self._cell(node[1], visiting)
        if kind == "sum":
            return sum(self._cell(c, visiting) for c in node[1])
        if kind == "neg":
            return -self._eval(node[1], visiting)
        a, b = self._eval(node[1], visiting), self._eval(node[2], visiting)
        if kind == "/":
            if b == 0:
                raise DivZero("division by zero")
            return a / b
        return {"+": a + b, "-": a - b, "*": a * b}[kind]

    def _cell(self, name: str, visiting: List[str]) -> float:
        if name in visiting:
            raise CircularRef(" -> ".join(visiting[visiting.index(name):] + [name]))
        if name not in self.raw:
            if len(name) < 2 or not name[1:].isdigit():
                raise BadRef("bad reference " + name)
            return 0.0
        text = self.raw[name]
        if not text.startswith("="):
            return float(text)
        p = Parser(text[1:])
        tree = p.parse()
        self.deps[name] = p.refs
        return self._eval(tree, visiting + [name])

    def recalc(self) -> None:
        self.values = {}
        for name in sorted(self.raw):
            try:
                self.values[name] = self._cell(name, [])
            except SheetError as e:
                self.values[name] = e

    def show(self, label: str) -> None:
        cells = []
        for name in sorted(self.raw):
            v = self.values[name]
            cells.append("%s=%s" % (name, v.code if isinstance(v, SheetError) else "%g" % v))
        print("%-16s %s" % (label, " ".join(cells)))


s = Sheet()
s["A1"] = "10"
s["A2"] = "32"
s["B1"] = "=A1 + A2 * 2"
s["B2"] = "=SUM(A1:A2) / 4"
s["C1"] = "=(B1 - B2) * -1"
s.show("initial")
s["A1"] = "100"
s.show("A1 changed")
s["A2"] = "=C1"
s.show("made a cycle")
s["A2"] = "0"
s["B2"] = "=A1 / A2"
s.show("divide by zero")
s["B2"] = "=zz1 + 1"
s.show("bad reference")
s["B2"] = "=A1 +"
s.show("syntax error")
print(type(s["B2"]).__name__, s["B2"])
s["B2"] = "=SUM(A1:B1) + Z9"
s.show("range and blank")
print("deps:", {k: sorted(v) for k, v in sorted(s.deps.items())})
print(issubclass(DivZero, SheetError), CircularRef.code, SheetError("x").code)
