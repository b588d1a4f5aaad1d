//! The special methods of `int` and `float` called explicitly
//! (`int.__add__(1, 2)`, `(2.5).__lt__(3)`): each answers only for the
//! operand types its type's slot handles and returns NotImplemented for
//! the rest, as CPython's number slots do, so a reflected method elsewhere
//! can take over.

use super::methods::Table;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::numeric::BinOp;
use crate::objects::function::Args;
use crate::objects::{int, tuple};
use crate::ops;
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use molt_abi::entry::ops as unary_ops;

/// Which number type a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Int,
    Float,
}

impl Owner {
    fn name(self) -> &'static str {
        match self {
            Owner::Int => "int",
            Owner::Float => "float",
        }
    }

    /// Is `v` an instance of the type (bools are ints)?
    fn owns(self, v: Value) -> bool {
        match self {
            Owner::Int => is_int(v),
            Owner::Float => v.is_float(),
        }
    }

    /// Does the type's slot handle `other` as the second operand?
    fn accepts(self, other: Value) -> bool {
        match self {
            Owner::Int => is_int(other),
            Owner::Float => is_int(other) || other.is_float(),
        }
    }
}

fn is_int(v: Value) -> bool {
    int::is_int(v) && !v.is_float()
}

fn receiver(owner: Owner, r: Value, name: &str) -> PyResult<()> {
    if owner.owns(r) {
        return Ok(());
    }
    Err(exc::type_error(format!(
        "descriptor '{name}' requires a '{}' object but received a '{}'",
        owner.name(),
        type_name(r)
    )))
}

fn arity(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.no_kw(name)?;
    let n = args.pos().len();
    if n < min || n > max {
        let want = if n < min { min } else { max };
        return Err(exc::type_error(format!(
            "expected {want} argument{}, got {n}",
            if want == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// `a.__op__(b)` / `a.__rop__(b)`.
fn binary(owner: Owner, r: Value, args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let max = if op == BinOp::Pow { 2 } else { 1 };
    arity(args, name, 1, max)?;
    receiver(owner, r, name)?;
    let other = args.pos()[0];
    if !owner.accepts(other) {
        return Ok(protocol::not_implemented());
    }
    let (a, b) = if reflected { (other, r) } else { (r, other) };
    match args.pos().get(1).filter(|m| !m.is_none()) {
        None => ops::binop(op, a, b),
        Some(&m) => {
            if owner == Owner::Float {
                return Err(exc::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            if !is_int(m) {
                return Ok(protocol::not_implemented());
            }
            let (Some(x), Some(y), Some(z)) =
                (protocol::num(a), protocol::num(b), protocol::num(m))
            else {
                return Ok(protocol::not_implemented());
            };
            crate::numeric::int_pow_mod(&x, &y, &z)
                .map(ops::num_value)
                .map_err(ops::num_error)
        }
    }
}

/// `a.__divmod__(b)` / `a.__rdivmod__(b)`.
fn divmod(owner: Owner, r: Value, args: &Args, name: &str, reflected: bool) -> PyResult {
    arity(args, name, 1, 1)?;
    receiver(owner, r, name)?;
    let other = args.pos()[0];
    if !owner.accepts(other) {
        return Ok(protocol::not_implemented());
    }
    let (a, b) = if reflected { (other, r) } else { (r, other) };
    let (Some(x), Some(y)) = (protocol::num(a), protocol::num(b)) else {
        return Ok(protocol::not_implemented());
    };
    let (q, m) = crate::numeric::divmod(&x, &y).map_err(ops::num_error)?;
    let roots = Roots::new();
    let q = roots.push(ops::num_value(q));
    let m = roots.push(ops::num_value(m));
    Ok(tuple::new(vec![q, m]))
}

/// `a.__lt__(b)` and the other rich comparisons.
fn compare(owner: Owner, r: Value, args: &Args, name: &str, op: CmpOp) -> PyResult {
    arity(args, name, 1, 1)?;
    receiver(owner, r, name)?;
    let other = args.pos()[0];
    if !owner.accepts(other) {
        return Ok(protocol::not_implemented());
    }
    protocol::compare(op, r, other)
}

/// `-a`, `+a`, `~a`, `abs(a)`, `bool(a)`.
fn unary(owner: Owner, r: Value, args: &Args, name: &str) -> PyResult {
    arity(args, name, 0, 0)?;
    receiver(owner, r, name)?;
    match name {
        "__neg__" => ops::unary(unary_ops::NEG, r),
        "__pos__" => ops::unary(unary_ops::POS, r),
        "__invert__" => ops::unary(unary_ops::INVERT, r),
        "__bool__" => Ok(Value::bool(protocol::truthy(r)?)),
        _ => match r.as_float() {
            Some(f) => Ok(Value::float(f.abs())),
            None => {
                let b = int::to_bigint(r).unwrap_or_default();
                Ok(int::from_bigint(num_traits::Signed::abs(&b)))
            }
        },
    }
}

macro_rules! number_methods {
    ($table:ident, $owner:expr, $kind:ident;
     binary: $(($bf:ident, $bname:literal, $op:ident, $refl:expr)),* ;
     divmod: $(($df:ident, $dname:literal, $drefl:expr)),* ;
     compare: $(($cf:ident, $cname:literal, $cop:ident)),* ;
     unary: $(($uf:ident, $uname:literal)),* $(;)?) => {
        mod $kind {
            use super::*;
            $(pub fn $bf(r: Value, args: Args) -> PyResult {
                binary($owner, r, &args, $bname, BinOp::$op, $refl)
            })*
            $(pub fn $df(r: Value, args: Args) -> PyResult {
                divmod($owner, r, &args, $dname, $drefl)
            })*
            $(pub fn $cf(r: Value, args: Args) -> PyResult {
                compare($owner, r, &args, $cname, CmpOp::$cop)
            })*
            $(pub fn $uf(r: Value, args: Args) -> PyResult {
                unary($owner, r, &args, $uname)
            })*
        }
        pub const $table: Table = &[
            $(($bname, $kind::$bf),)*
            $(($dname, $kind::$df),)*
            $(($cname, $kind::$cf),)*
            $(($uname, $kind::$uf),)*
        ];
    };
}

number_methods!(INT_DUNDERS, Owner::Int, int_dunders;
    binary:
        (add, "__add__", Add, false), (radd, "__radd__", Add, true),
        (sub, "__sub__", Sub, false), (rsub, "__rsub__", Sub, true),
        (mul, "__mul__", Mul, false), (rmul, "__rmul__", Mul, true),
        (truediv, "__truediv__", TrueDiv, false), (rtruediv, "__rtruediv__", TrueDiv, true),
        (floordiv, "__floordiv__", FloorDiv, false), (rfloordiv, "__rfloordiv__", FloorDiv, true),
        (modulo, "__mod__", Mod, false), (rmodulo, "__rmod__", Mod, true),
        (pow, "__pow__", Pow, false), (rpow, "__rpow__", Pow, true),
        (lshift, "__lshift__", LShift, false), (rlshift, "__rlshift__", LShift, true),
        (rshift, "__rshift__", RShift, false), (rrshift, "__rrshift__", RShift, true),
        (and, "__and__", And, false), (rand, "__rand__", And, true),
        (or, "__or__", Or, false), (ror, "__ror__", Or, true),
        (xor, "__xor__", Xor, false), (rxor, "__rxor__", Xor, true);
    divmod: (divmod_, "__divmod__", false), (rdivmod, "__rdivmod__", true);
    compare:
        (eq, "__eq__", Eq), (ne, "__ne__", Ne), (lt, "__lt__", Lt),
        (le, "__le__", Le), (gt, "__gt__", Gt), (ge, "__ge__", Ge);
    unary: (neg, "__neg__"), (pos, "__pos__"), (invert, "__invert__"), (abs, "__abs__"), (bool_, "__bool__");
);

number_methods!(FLOAT_DUNDERS, Owner::Float, float_dunders;
    binary:
        (add, "__add__", Add, false), (radd, "__radd__", Add, true),
        (sub, "__sub__", Sub, false), (rsub, "__rsub__", Sub, true),
        (mul, "__mul__", Mul, false), (rmul, "__rmul__", Mul, true),
        (truediv, "__truediv__", TrueDiv, false), (rtruediv, "__rtruediv__", TrueDiv, true),
        (floordiv, "__floordiv__", FloorDiv, false), (rfloordiv, "__rfloordiv__", FloorDiv, true),
        (modulo, "__mod__", Mod, false), (rmodulo, "__rmod__", Mod, true),
        (pow, "__pow__", Pow, false), (rpow, "__rpow__", Pow, true);
    divmod: (divmod_, "__divmod__", false), (rdivmod, "__rdivmod__", true);
    compare:
        (eq, "__eq__", Eq), (ne, "__ne__", Ne), (lt, "__lt__", Lt),
        (le, "__le__", Le), (gt, "__gt__", Gt), (ge, "__ge__", Ge);
    unary: (neg, "__neg__"), (pos, "__pos__"), (abs, "__abs__"), (bool_, "__bool__");
);
