# Symbolic algebra: expression nodes with operator overloading (+, -, *, /,
# **, unary -, reflected forms with numbers), structural equality and
# hashing, precedence-aware __str__, evaluation with an environment mapping,
# differentiation by pattern matching on node classes, and a fixed-point
# simplifier. Errors: unknown variables and unsupported exponents.
from typing import Dict, Union

Number = Union[int, float]


class Expr:
    prec = 100

    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __rsub__(self, o): return Add(lift(o), Mul(Const(-1), self))
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __truediv__(self, o): return Mul(self, Pow(lift(o), Const(-1)))
    def __rtruediv__(self, o): return Mul(lift(o), Pow(self, Const(-1)))
    def __pow__(self, o): return Pow(self, lift(o))
    def __neg__(self): return Mul(Const(-1), self)

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def wrap(self, parent_prec: int) -> str:
        s = str(self)
        return "(%s)" % s if self.prec < parent_prec else s


class Const(Expr):
    __match_args__ = ("value",)

    def __init__(self, value: Number) -> None:
        self.value = value

    def key(self):
        return (self.value,)

    def __str__(self) -> str:
        return str(self.value)


class Var(Expr):
    __match_args__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def key(self):
        return (self.name,)

    def __str__(self) -> str:
        return self.name


class Add(Expr):
    __match_args__ = ("a", "b")
    prec = 1

    def __init__(self, a: Expr, b: Expr) -> None:
        self.a, self.b = a, b

    def key(self):
        return (self.a, self.b)

    def __str__(self) -> str:
        match self.b:
            case Mul(Const(-1), rest):
                return "%s - %s" % (self.a.wrap(1), rest.wrap(2))
            case Const(v) if v < 0:
                return "%s - %s" % (self.a.wrap(1), -v)
        return "%s + %s" % (self.a.wrap(1), self.b.wrap(1))


class Mul(Expr):
    __match_args__ = ("a", "b")
    prec = 2

    def __init__(self, a: Expr, b: Expr) -> None:
        self.a, self.b = a, b

    def key(self):
        return (self.a, self.b)

    def __str__(self) -> str:
        if self.a == Const(-1):
            return "-" + self.b.wrap(3)
        match self.b:
            case Pow(base, Const(-1)):
                return "%s/%s" % (self.a.wrap(2), base.wrap(3))
        return "%s*%s" % (self.a.wrap(2), self.b.wrap(2))


class Pow(Expr):
    __match_args__ = ("base", "exp")
    prec = 3

    def __init__(self, base: Expr, exp: Expr) -> None:
        self.base, self.exp = base, exp

    def key(self):
        return (self.base, self.exp)

    def __str__(self) -> str:
        return "%s^%s" % (self.base.wrap(4), self.exp.wrap(4))


def lift(x) -> Expr:
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return Const(x)
    raise TypeError("cannot use %s in an expression" % type(x).__name__)


def evaluate(e: Expr, env: Dict[str, Number]) -> Number:
    match e:
        case Const(v):
            return v
        case Var(name):
            try:
                return env[name]
            except KeyError:
                raise NameError("unbound variable %r" % name) from None
        case Add(a, b):
            return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b):
            return evaluate(a, env) * evaluate(b, env)
        case Pow(a, b):
            return evaluate(a, env) ** evaluate(b, env)


def diff(e: Expr, x: str) -> Expr:
    match e:
        case Const(_):
            return Const(0)
        case Var(name):
            return Const(1 if name == x else 0)
        case Add(a, b):
            return diff(a, x) + diff(b, x)
        case Mul(a, b):
            return diff(a, x) * b + a * diff(b, x)
        case Pow(base, Const(n)):
            return Const(n) * Pow(base, Const(n - 1)) * diff(base, x)
        case Pow(_, exp):
            raise ValueError("cannot differentiate non-constant exponent %s" % exp)


def simplify_once(e: Expr) -> Expr:
    match e:
        case Add(a, b):
            a, b = simplify_once(a), simplify_once(b)
            match (a, b):
                case (Const(0), other) | (other, Const(0)):
                    return other
                case (Const(p), Const(q)):
                    return Const(p + q)
                case _ if a == b:
                    return Const(2) * a
            return Add(a, b)
        case Mul(a, b):
            a, b = simplify_once(a), simplify_once(b)
            match (a, b):
                case (Const(0), _) | (_, Const(0)):
                    return Const(0)
                case (Const(1), other) | (other, Const(1)):
                    return other
                case (Const(p), Const(q)):
                    return Const(p * q)
                case (Const(p), Mul(Const(q), rest)):
                    return Mul(Const(p * q), rest)
                case (other, Const(_) as c):
                    return Mul(c, other)
            return Mul(a, b)
        case Pow(base, exp):
            base, exp = simplify_once(base), simplify_once(exp)
            match exp:
                case Const(0):
                    return Const(1)
                case Const(1):
                    return base
            return Pow(base, exp)
    return e


def simplify(e: Expr) -> Expr:
    while True:
        s = simplify_once(e)
        if s == e:
            return s
        e = s


x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, x * y + y ** 3, (x + 1) * (x - 1), 1 / x, -x ** 3 + 5, (2 * x + y) ** 2]
for e in exprs:
    d = simplify(diff(e, "x"))
    print("f  =", e)
    print("  simplified f  =", simplify(e))
    print("  df/dx         =", d, "| at x=2,y=3:", evaluate(d, {"x": 2, "y": 3}))
print(simplify(x + x) == simplify(2 * x), len({x + 1, x + 1, 1 + x}), Const(2) == Const(2.0))
for thunk in (lambda: evaluate(x + Var("z"), {"x": 1}), lambda: diff(x ** y, "x"), lambda: x + "s",
              lambda: x < 1):
    try:
        thunk()
    except (NameError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
