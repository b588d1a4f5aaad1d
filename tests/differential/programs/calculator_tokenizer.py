# A tokenizer and recursive-descent calculator for integer/float arithmetic.
class CalcError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r}")
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, op):
        kind, val = self.take()
        if kind != "op" or val != op:
            raise CalcError(f"expected {op!r}, got {val!r}")

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            _, op = self.take()
            rhs = self.factor()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected token {val!r}")


def evaluate(src):
    parser = Parser(tokenize(src))
    value = parser.expr()
    if parser.peek()[0] != "end":
        raise CalcError(f"trailing input at token {parser.pos}")
    return value


exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % -3",
         "2 ^ 100", "1.5 * 4", "((((7))))", "3 - -3", "1 / 0", "2 +", "4 $ 4", "1.2.3 + 1",
         "(1 + 2", "1 2", "0.1 + 0.2", "100 - 5 * (3 + 4) / 7", "2 ^ -1"]
for e in exprs:
    try:
        print(f"{e:<24} = {evaluate(e)!r}")
    except CalcError as err:
        print(f"{e:<24} ! CalcError: {err}")
    except ZeroDivisionError as err:
        print(f"{e:<24} ! ZeroDivisionError: {err}")
