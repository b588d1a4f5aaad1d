# A small regular-expression engine: a recursive-descent parser turns a
# pattern (literals, ., character classes [a-z] and [^...], groups,
# alternation |, and the quantifiers * + ?) into an AST of dataclasses;
# a compiler builds a Thompson NFA of State objects; matching simulates the
# NFA with sets of states (no backtracking). Errors carry the position.
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Set, Tuple


class PatternError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__("%s at position %d" % (msg, pos))
        self.pos = pos


@dataclass(frozen=True)
class Lit:
    ch: str

@dataclass(frozen=True)
class Any_:
    pass

@dataclass(frozen=True)
class Class_:
    ranges: Tuple[Tuple[str, str], ...]
    negated: bool = False

    def matches(self, c: str) -> bool:
        hit = any(lo <= c <= hi for lo, hi in self.ranges)
        return hit != self.negated

@dataclass(frozen=True)
class Seq:
    items: Tuple[object, ...]

@dataclass(frozen=True)
class Alt:
    left: object
    right: object

@dataclass(frozen=True)
class Repeat:
    node: object
    min: int
    many: bool


class Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def peek(self) -> Optional[str]:
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.alt()
        if self.peek() is not None:
            raise PatternError("unbalanced parenthesis", self.i)
        return node

    def alt(self):
        node = self.seq()
        while self.peek() == "|":
            self.i += 1
            node = Alt(node, self.seq())
        return node

    def seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.repeat())
        return Seq(tuple(items))

    def repeat(self):
        start = self.i
        node = self.atom()
        while self.peek() in ("*", "+", "?"):
            op = self.p[self.i]
            self.i += 1
            if isinstance(node, Repeat):
                raise PatternError("multiple repeat", self.i - 1)
            node = Repeat(node, 1 if op == "+" else 0, op != "?")
        if node is None:
            raise PatternError("nothing to repeat", start)
        return node

    def atom(self):
        c = self.peek()
        if c in ("*", "+", "?"):
            raise PatternError("nothing to repeat", self.i)
        self.i += 1
        if c == "(":
            node = self.alt()
            if self.peek() != ")":
                raise PatternError("missing ), unterminated subpattern", self.i)
            self.i += 1
            return node
        if c == ".":
            return Any_()
        if c == "[":
            return self.char_class()
        if c == "\\":
            if self.peek() is None:
                raise PatternError("bad escape (end of pattern)", self.i - 1)
            c = self.p[self.i]
            self.i += 1
            if c == "d":
                return Class_((("0", "9"),))
            if c == "w":
                return Class_((("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")))
        return Lit(c)

    def char_class(self):
        start = self.i - 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        ranges: List[Tuple[str, str]] = []
        while self.peek() != "]":
            if self.peek() is None:
                raise PatternError("unterminated character set", start)
            lo = self.p[self.i]
            if self.p[self.i + 1:self.i + 2] == "-" and self.p[self.i + 2:self.i + 3] not in ("", "]"):
                hi = self.p[self.i + 2]
                if hi < lo:
                    raise PatternError("bad character range %s-%s" % (lo, hi), self.i)
                self.i += 3
            else:
                hi = lo
                self.i += 1
            ranges.append((lo, hi))
        self.i += 1
        return Class_(tuple(ranges), negated)


class State:
    __slots__ = ("test", "out", "eps")

    def __init__(self, test=None) -> None:
        self.test = test
        self.out: Optional["State"] = None
        self.eps: List["State"] = []


def compile_nfa(node) -> Tuple[State, State]:
    start, end = State(), State()
    if isinstance(node, (Lit, Any_, Class_)):
        s = State(node)
        start.eps.append(s)
        s.out = end
    elif isinstance(node, Seq):
        cur = start
        for item in node.items:
            a, b = compile_nfa(item)
            cur.eps.append(a)
            cur = b
        cur.eps.append(end)
    elif isinstance(node, Alt):
        for branch in (node.left, node.right):
            a, b = compile_nfa(branch)
            start.eps.append(a)
            b.eps.append(end)
    elif isinstance(node, Repeat):
        a, b = compile_nfa(node.node)
        start.eps.append(a)
        if node.min == 0:
            start.eps.append(end)
        if node.many:
            b.eps.append(a)
        b.eps.append(end)
    return start, end


def closure(states) -> FrozenSet[State]:
    seen: Set[State] = set()
    stack = list(states)
    while stack:
        s = stack.pop()
        if s not in seen:
            seen.add(s)
            stack.extend(s.eps)
    return frozenset(seen)


class Regex:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.ast = Parser(pattern).parse()
        self.start, self.accept = compile_nfa(self.ast)

    def _step(self, states, c: str):
        nxt = []
        for s in states:
            t = s.test
            if t is None:
                continue
            if isinstance(t, Any_) or (isinstance(t, Lit) and t.ch == c) or (isinstance(t, Class_) and t.matches(c)):
                nxt.append(s.out)
        return closure(nxt)

    def fullmatch(self, text: str) -> bool:
        states = closure([self.start])
        for c in text:
            states = self._step(states, c)
            if not states:
                return False
        return self.accept in states

    def search(self, text: str) -> Optional[Tuple[int, int]]:
        for i in range(len(text) + 1):
            states = closure([self.start])
            best = i if self.accept in states else None
            for j in range(i, len(text)):
                states = self._step(states, text[j])
                if not states:
                    break
                if self.accept in states:
                    best = j + 1
            if best is not None:
                return (i, best)
        return None

    def __repr__(self) -> str:
        return "Regex(%r)" % self.pattern


tests = [
    ("a(b|c)*d", ["ad", "abcbd", "abxd", "abcb"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("[a-c]+[^0-9]?", ["abcab", "abc9", "cab!", "d"]),
    ("\\d+(\\.\\d+)?", ["42", "3.14", "3.", ".5"]),
    ("(ab|a)(bc|c)", ["abc", "abbc", "ac"]),
    ("", ["", "x"]),
    ("\\w+@\\w+\\.(com|org)", ["me@site.org", "a_b@x1.com", "me@site.net"]),
]
for pattern, words in tests:
    rx = Regex(pattern)
    print("%-22r" % rx, " ".join("%s=%s" % (w or "''", "Y" if rx.fullmatch(w) else "n") for w in words))
print(Parser("a|b*").parse())
print(Regex("\\d+").search("order 66 shipped"), Regex("x+").search("abc"), Regex("a*").search("bbb"))
for bad in ("a**", "(ab", "ab)", "*a", "[z-a]", "[abc", "a\\"):
    try:
        Regex(bad)
    except PatternError as e:
        print("%-6r %s: %s (pos %d)" % (bad, type(e).__name__, e, e.pos))
