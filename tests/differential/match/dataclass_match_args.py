# Dataclasses generate __match_args__, so they match positionally; nested
# dataclass patterns evaluate an expression tree.
from dataclasses import dataclass
from typing import Union

@dataclass
class Num:
    value: int
@dataclass
class Add:
    left: "Expr"
    right: "Expr"
@dataclass
class Mul:
    left: "Expr"
    right: "Expr"
@dataclass
class Neg:
    operand: "Expr"
Expr = Union[Num, Add, Mul, Neg]

def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e
def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Neg(x):
            return -evaluate(x)
print(Num.__match_args__, Add.__match_args__)
tree = Add(Mul(Num(1), Neg(Neg(Num(5)))), Add(Num(0), Mul(Num(3), Num(0))))
print(tree)
s = simplify(tree)
print(s)
print(evaluate(tree), evaluate(s))
