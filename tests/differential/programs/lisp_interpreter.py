# A small Lisp interpreter: a tokenizer, a reader producing nested lists,
# environments chained by parent, closures (lambda), special forms handled
# with match, user errors as an exception hierarchy, and tail recursion
# limits avoided with a loop-based `begin`.
from typing import Any, Dict, List, Optional


class LispError(Exception):
    pass


class ParseError(LispError):
    pass


class NameNotFound(LispError):
    def __init__(self, name: str) -> None:
        super().__init__("undefined symbol: " + name)
        self.name = name


Symbol = str  # symbols are plain strings; numbers are int/float


def tokenize(src: str) -> List[str]:
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens: List[str]) -> Any:
    if not tokens:
        raise ParseError("unexpected end of input")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise ParseError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise ParseError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok


class Env:
    def __init__(self, names=(), values=(), parent: Optional["Env"] = None) -> None:
        self.vars: Dict[str, Any] = dict(zip(names, values))
        self.parent = parent

    def find(self, name: str) -> "Env":
        env: Optional[Env] = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise NameNotFound(name)


class Lambda:
    def __init__(self, params, body, env: Env) -> None:
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError("expected %d args, got %d" % (len(self.params), len(args)))
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self) -> str:
        return "<lambda (%s)>" % " ".join(self.params)


def standard_env() -> Env:
    import operator as op
    env = Env()
    env.vars.update({
        "+": lambda *a: sum(a), "-": op.sub, "*": op.mul, "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "len": len,
        "abs": abs, "max": max, "min": min,
    })
    return env


def evaluate(x: Any, env: Env) -> Any:
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        match x:
            case []:
                raise LispError("cannot evaluate ()")
            case ["quote", datum]:
                return datum
            case ["if", test, then, alt]:
                x = then if evaluate(test, env) else alt
            case ["define", str() as name, value]:
                env.vars[name] = evaluate(value, env)
                return None
            case ["set!", name, value]:
                env.find(name).vars[name] = evaluate(value, env)
                return None
            case ["lambda", list(params), body]:
                return Lambda(params, body, env)
            case ["begin", *body] if body:
                for expr in body[:-1]:
                    evaluate(expr, env)
                x = body[-1]
            case [op, *args]:
                fn = evaluate(op, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(fn, Lambda):
                    if len(vals) != len(fn.params):
                        raise LispError("expected %d args, got %d" % (len(fn.params), len(vals)))
                    x, env = fn.body, Env(fn.params, vals, fn.env)
                elif callable(fn):
                    try:
                        return fn(*vals)
                    except (TypeError, ZeroDivisionError, IndexError) as e:
                        raise LispError("%s: %s" % (type(e).__name__, e)) from e
                else:
                    raise LispError("not a procedure: %r" % (fn,))


def to_str(v: Any) -> str:
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


def run(src: str, env: Env) -> None:
    try:
        result = evaluate(read(tokenize(src)), env)
        if result is not None:
            print(">", to_str(result))
    except LispError as e:
        cause = " (from %s)" % type(e.__cause__).__name__ if e.__cause__ else ""
        print("!", type(e).__name__ + ":", e, cause)


program = [
    "(define square (lambda (x) (* x x)))",
    "(square 12)",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
    "(count 5000 0)",
    "(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))",
    "(define c1 (make-counter))",
    "(begin (c1) (c1) (c1))",
    "(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))",
    "(map square '(1 2 3 4))",
    "(map (lambda (x) (> x 2)) (list 1 2 3 4))",
    "(/ 1 0)",
    "(undefined-thing 1)",
    "(square 1 2)",
    "(car '())",
    "(1 2 3)",
    "(+ 1 (* 2",
    ")",
    "(max 3 9.5 2)",
    "square",
]
env = standard_env()
for line in program:
    run(line, env)
