# Type inference for a tiny expression language: AST nodes as frozen
# dataclasses, types as classes with __eq__/__hash__/__repr__, unification
# with type variables (fresh names from a generator), let-polymorphism kept
# simple (monomorphic let), and type errors reported as exceptions that
# carry the offending expression.
from dataclasses import dataclass
from itertools import count
from typing import Dict, Tuple, Union


class Type:
    pass


class TCon(Type):
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other):
        return isinstance(other, TCon) and other.name == self.name

    def __hash__(self):
        return hash(("con", self.name))

    def __repr__(self) -> str:
        return self.name


class TVar(Type):
    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other):
        return isinstance(other, TVar) and other.n == self.n

    def __hash__(self):
        return hash(("var", self.n))

    def __repr__(self) -> str:
        return "t%d" % self.n


class TFun(Type):
    def __init__(self, arg: Type, res: Type) -> None:
        self.arg, self.res = arg, res

    def __eq__(self, other):
        return isinstance(other, TFun) and (self.arg, self.res) == (other.arg, other.res)

    def __hash__(self):
        return hash((self.arg, self.res))

    def __repr__(self) -> str:
        left = "(%r)" % self.arg if isinstance(self.arg, TFun) else repr(self.arg)
        return "%s -> %r" % (left, self.res)


INT, BOOL = TCon("int"), TCon("bool")


@dataclass(frozen=True)
class Lit:
    value: Union[int, bool]


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Lam:
    param: str
    body: "Expr"


@dataclass(frozen=True)
class App:
    fn: "Expr"
    arg: "Expr"


@dataclass(frozen=True)
class Let:
    name: str
    value: "Expr"
    body: "Expr"


@dataclass(frozen=True)
class If:
    cond: "Expr"
    then: "Expr"
    other: "Expr"


Expr = Union[Lit, Var, Lam, App, Let, If]


class TypeCheckError(Exception):
    def __init__(self, msg: str, expr=None) -> None:
        super().__init__(msg)
        self.expr = expr


class Infer:
    def __init__(self) -> None:
        self.subst: Dict[int, Type] = {}
        self._fresh = count()

    def fresh(self) -> TVar:
        return TVar(next(self._fresh))

    def resolve(self, t: Type) -> Type:
        if isinstance(t, TVar) and t.n in self.subst:
            return self.resolve(self.subst[t.n])
        if isinstance(t, TFun):
            return TFun(self.resolve(t.arg), self.resolve(t.res))
        return t

    def occurs(self, v: TVar, t: Type) -> bool:
        t = self.resolve(t)
        if t == v:
            return True
        return isinstance(t, TFun) and (self.occurs(v, t.arg) or self.occurs(v, t.res))

    def unify(self, a: Type, b: Type, expr) -> None:
        a, b = self.resolve(a), self.resolve(b)
        if a == b:
            return
        if isinstance(a, TVar):
            if self.occurs(a, b):
                raise TypeCheckError("infinite type %r = %r" % (a, b), expr)
            self.subst[a.n] = b
        elif isinstance(b, TVar):
            self.unify(b, a, expr)
        elif isinstance(a, TFun) and isinstance(b, TFun):
            self.unify(a.arg, b.arg, expr)
            self.unify(a.res, b.res, expr)
        else:
            raise TypeCheckError("cannot unify %r with %r" % (a, b), expr)

    def infer(self, e: Expr, env: Dict[str, Type]) -> Type:
        match e:
            case Lit(bool()):
                return BOOL
            case Lit(int()):
                return INT
            case Var(name):
                if name not in env:
                    raise TypeCheckError("unbound variable " + name, e)
                return env[name]
            case Lam(param, body):
                tv = self.fresh()
                return TFun(tv, self.infer(body, {**env, param: tv}))
            case App(fn, arg):
                tf, ta, tr = self.infer(fn, env), self.infer(arg, env), self.fresh()
                self.unify(tf, TFun(ta, tr), e)
                return tr
            case Let(name, value, body):
                return self.infer(body, {**env, name: self.infer(value, env)})
            case If(c, t, o):
                self.unify(self.infer(c, env), BOOL, e)
                tt, to = self.infer(t, env), self.infer(o, env)
                self.unify(tt, to, e)
                return tt
        raise TypeCheckError("unknown node %r" % (e,), e)


PRELUDE = {"add": TFun(INT, TFun(INT, INT)), "eq": TFun(INT, TFun(INT, BOOL)), "not": TFun(BOOL, BOOL)}


def show(label: str, e: Expr) -> None:
    inf = Infer()
    try:
        t = inf.resolve(inf.infer(e, PRELUDE))
        print("%-10s : %r" % (label, t))
    except TypeCheckError as err:
        print("%-10s ! %s [in %s]" % (label, err, type(err.expr).__name__))


def app(f, *args):
    for a in args:
        f = App(f, a)
    return f


show("literal", Lit(3))
show("identity", Lam("x", Var("x")))
show("const", Lam("x", Lam("y", Var("x"))))
show("inc", Lam("n", app(Var("add"), Var("n"), Lit(1))))
show("compose", Lam("f", Lam("g", Lam("x", App(Var("f"), App(Var("g"), Var("x")))))))
show("apply", Lam("f", Lam("x", App(Var("f"), Var("x")))))
show("let", Let("double", Lam("n", app(Var("add"), Var("n"), Var("n"))), App(Var("double"), Lit(21))))
show("if", Lam("b", If(Var("b"), Lit(1), Lit(2))))
show("is-zero", Lam("n", app(Var("eq"), Var("n"), Lit(0))))
show("bad-if", If(Lit(1), Lit(2), Lit(3)))
show("branches", Lam("b", If(Var("b"), Lit(1), Lit(True))))
show("bad-app", App(Lit(1), Lit(2)))
show("unbound", App(Var("nope"), Lit(1)))
show("omega", Lam("x", App(Var("x"), Var("x"))))
show("mismatch", app(Var("add"), Lit(True), Lit(1)))
print(TFun(INT, BOOL) == TFun(INT, BOOL), len({INT, TCon("int"), BOOL, TVar(0), TVar(0)}))
print(Lam("x", Var("x")) == Lam("x", Var("x")), hash(Lit(1)) == hash(Lit(1)))
