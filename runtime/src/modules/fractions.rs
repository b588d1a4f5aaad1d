//! `fractions`: the `Fraction` class. An instance holds its value as a
//! `Rational` (Rust data); the arithmetic follows CPython 3.11's
//! `fractions.py`: exact with ints and Fractions, through float with
//! floats, `NotImplemented` otherwise so the other operand can answer.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::rational::{self, Rational};
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap};
use crate::objects::{int, str as pystr, tuple};
use crate::ops::num_error;
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed};
use std::cell::Cell;
use std::cmp::Ordering;

struct Frac(Rational);

impl NativeData for Frac {
    fn size(&self) -> usize {
        ((self.0.n.bits() + self.0.d.bits()) / 8) as usize
    }
}

thread_local! {
    static CLASS: Cell<Value> = const { Cell::new(Value::NONE) };
}

/// The `Fraction` class (None until `fractions` is imported).
pub fn class() -> Value {
    CLASS.with(|c| c.get())
}

/// The value of a Fraction instance (or of an instance of a subclass).
pub fn value_of(v: Value) -> Option<&'static Rational> {
    let cls = class();
    if cls.is_none() || v.obj().is_none() {
        return None;
    }
    nc::native_of::<Frac>(v, cls).map(|f| &f.0)
}

/// A new `Fraction` holding `r`.
pub fn new_fraction(r: Rational) -> PyResult {
    let cls = class();
    if cls.is_none() {
        return Err(exc::raise_new("SystemError", "fractions is not loaded"));
    }
    Ok(nc::native_instance(cls, Box::new(Frac(r))))
}

/// `Fraction(r)` as the result of an operation that may fail.
fn frac_result(r: crate::numeric::NumResult<Rational>) -> PyResult {
    new_fraction(r.map_err(num_error)?)
}

/// An exact operand: an int (bool included) or a Fraction.
fn rational_of(v: Value) -> Option<Rational> {
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Some(Rational::int(b));
        }
    }
    value_of(v).cloned()
}

fn this(r: Value, method: &str) -> PyResult<&'static Rational> {
    nc::native_receiver::<Frac>(r, class(), method).map(|f| &f.0)
}

fn to_float(r: &Rational) -> PyResult<f64> {
    r.to_f64().map_err(num_error)
}

fn bigint_value(b: BigInt) -> Value {
    int::from_bigint(b)
}

/// `Fraction.__new__(cls, numerator=0, denominator=None)`.
fn frac_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    if rest.pos().len() > 2 {
        return Err(exc::type_error(format!(
            "Fraction.__new__() takes from 1 to 3 positional arguments but {} were given",
            rest.pos().len() + 1
        )));
    }
    let b = nc::bind(
        &rest,
        "Fraction.__new__",
        &["numerator", "denominator"],
        &[],
        0,
    )?;
    let num = b[0].unwrap_or(Value::small_int(0));
    let value = match b[1].filter(|d| !d.is_none()) {
        None => one_arg(num)?,
        Some(den) => match (rational_of(num), rational_of(den)) {
            (Some(p), Some(q)) => Rational::checked(&p.n * &q.d, &q.n * &p.d).map_err(num_error)?,
            _ => {
                return Err(exc::type_error(
                    "both arguments should be Rational instances",
                ))
            }
        },
    };
    Ok(nc::native_instance(cls, Box::new(Frac(value))))
}

fn one_arg(v: Value) -> PyResult<Rational> {
    if let Some(r) = rational_of(v) {
        return Ok(r);
    }
    if let Some(f) = v.as_float() {
        return Rational::from_f64(f).map_err(num_error);
    }
    if let Some(d) = super::decimal::exact_of(v) {
        return d;
    }
    if let Some(s) = pystr::as_str(v) {
        return match rational::parse(s) {
            Ok(r) => Ok(r),
            Err(Some(e)) => Err(num_error(e)),
            Err(None) => Err(exc::value_error(format!(
                "Invalid literal for Fraction: {}",
                protocol::repr(v)?
            ))),
        };
    }
    Err(exc::type_error(
        "argument should be a string or a Rational instance",
    ))
}

fn from_float(_r: Value, args: Args) -> PyResult {
    let (cls, f) = class_and_arg(&args, "from_float")?;
    let r = if let Some(r) = (!f.is_float()).then(|| int::to_bigint(f)).flatten() {
        Rational::int(r)
    } else if let Some(x) = f.as_float() {
        Rational::from_f64(x).map_err(num_error)?
    } else {
        return Err(exc::type_error(format!(
            "{}.from_float() only takes floats, not {} ({})",
            class_name_of(cls),
            protocol::repr(f)?,
            type_name(f)
        )));
    };
    Ok(nc::native_instance(cls, Box::new(Frac(r))))
}

fn from_decimal(_r: Value, args: Args) -> PyResult {
    let (cls, v) = class_and_arg(&args, "from_decimal")?;
    let r = if let Some(r) = (!v.is_float()).then(|| int::to_bigint(v)).flatten() {
        Rational::int(r)
    } else if let Some(d) = super::decimal::exact_of(v) {
        d?
    } else {
        return Err(exc::type_error(format!(
            "{}.from_decimal() only takes Decimals, not {} ({})",
            class_name_of(cls),
            protocol::repr(v)?,
            type_name(v)
        )));
    };
    Ok(nc::native_instance(cls, Box::new(Frac(r))))
}

/// The class and the one argument of a class method.
fn class_and_arg(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    match args.pos() {
        [cls, v] if args.kwnames.is_empty() => Ok((*cls, *v)),
        _ => Err(exc::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.values.len().saturating_sub(1)
        ))),
    }
}

fn class_name_of(cls: Value) -> String {
    types::as_type(cls)
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

fn get_numerator(_r: Value, args: Args) -> PyResult {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(bigint_value(this(v, "numerator")?.n.clone()))
}

fn get_denominator(_r: Value, args: Args) -> PyResult {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(bigint_value(this(v, "denominator")?.d.clone()))
}

fn as_integer_ratio(r: Value, args: Args) -> PyResult {
    args.check("as_integer_ratio", 0, 0, &[])?;
    let f = this(r, "as_integer_ratio")?;
    let roots = Roots::new();
    let n = roots.push(bigint_value(f.n.clone()));
    let d = roots.push(bigint_value(f.d.clone()));
    Ok(tuple::new(vec![n, d]))
}

fn limit_denominator(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "limit_denominator", &["max_denominator"], &[], 0)?;
    let f = this(r, "limit_denominator")?;
    let max = match b[0] {
        Some(v) => match rational_of(v) {
            Some(m) if m.d.is_one() => m.n,
            _ => {
                return Err(exc::type_error(format!(
                    "'<' not supported between instances of '{}' and 'int'",
                    type_name(v)
                )))
            }
        },
        None => BigInt::from(1_000_000),
    };
    if max < BigInt::one() {
        return Err(exc::value_error("max_denominator should be at least 1"));
    }
    new_fraction(f.limit_denominator(&max))
}

fn frac_repr(r: Value, _args: Args) -> PyResult {
    let f = this(r, "__repr__")?;
    Ok(pystr::from_string(format!(
        "{}({}, {})",
        type_name(r),
        f.n,
        f.d
    )))
}

fn frac_str(r: Value, _args: Args) -> PyResult {
    Ok(pystr::from_string(this(r, "__str__")?.to_str()))
}

fn frac_hash(r: Value, _args: Args) -> PyResult {
    Ok(int::from_i64(this(r, "__hash__")?.hash()))
}

fn frac_bool(r: Value, _args: Args) -> PyResult {
    Ok(Value::bool(!this(r, "__bool__")?.is_zero()))
}

fn frac_float(r: Value, _args: Args) -> PyResult {
    Ok(Value::float(to_float(this(r, "__float__")?)?))
}

fn frac_int(r: Value, _args: Args) -> PyResult {
    Ok(bigint_value(this(r, "__int__")?.trunc()))
}

fn frac_trunc(r: Value, _args: Args) -> PyResult {
    Ok(bigint_value(this(r, "__trunc__")?.trunc()))
}

fn frac_floor(r: Value, _args: Args) -> PyResult {
    Ok(bigint_value(this(r, "__floor__")?.floor()))
}

fn frac_ceil(r: Value, _args: Args) -> PyResult {
    Ok(bigint_value(this(r, "__ceil__")?.ceil()))
}

fn frac_round(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "__round__", &["ndigits"], &[], 0)?;
    let f = this(r, "__round__")?;
    match b[0].filter(|v| !v.is_none()) {
        None => Ok(bigint_value(f.round_even())),
        Some(nd) => {
            let nd = nc::int_arg(nd)?;
            frac_result(f.round_digits(nd))
        }
    }
}

fn frac_neg(r: Value, _args: Args) -> PyResult {
    new_fraction(this(r, "__neg__")?.neg())
}

fn frac_pos(r: Value, _args: Args) -> PyResult {
    new_fraction(this(r, "__pos__")?.clone())
}

fn frac_abs(r: Value, _args: Args) -> PyResult {
    new_fraction(this(r, "__abs__")?.abs())
}

fn copy_self(r: Value, _args: Args) -> PyResult {
    if types::type_of(r) == class() {
        return Ok(r);
    }
    let f = this(r, "__copy__")?.clone();
    Ok(nc::native_instance(types::type_of(r), Box::new(Frac(f))))
}

/// The exact operation of an arithmetic operator.
fn exact(op: BinOp, a: &Rational, b: &Rational) -> PyResult {
    match op {
        BinOp::Add => new_fraction(a.add(b)),
        BinOp::Sub => new_fraction(a.sub(b)),
        BinOp::Mul => new_fraction(a.mul(b)),
        BinOp::TrueDiv => frac_result(a.div(b)),
        BinOp::FloorDiv => Ok(bigint_value(a.floordiv(b).map_err(num_error)?)),
        BinOp::Mod => frac_result(a.modulo(b)),
        _ => Ok(protocol::not_implemented()),
    }
}

fn exact_divmod(a: &Rational, b: &Rational) -> PyResult {
    let (q, m) = a.divmod(b).map_err(num_error)?;
    let roots = Roots::new();
    let q = roots.push(bigint_value(q));
    let m = roots.push(new_fraction(m)?);
    Ok(tuple::new(vec![q, m]))
}

fn float_divmod(a: f64, b: f64) -> PyResult {
    let (q, m) = crate::numeric::float_ops::divmod(a, b).map_err(num_error)?;
    let roots = Roots::new();
    let q = roots.push(Value::float(q));
    let m = roots.push(Value::float(m));
    Ok(tuple::new(vec![q, m]))
}

/// `a op b` with `a` the Fraction receiver.
fn forward(op: BinOp, name: &str, r: Value, args: &Args) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let a = this(r, name)?;
    let b = args.pos()[0];
    if let Some(q) = rational_of(b) {
        return exact(op, a, &q);
    }
    if b.is_float() {
        return crate::ops::binop(op, Value::float(to_float(a)?), b);
    }
    if crate::builtins::complex::value_of(b).is_some() {
        let roots = Roots::new();
        let x = roots.push(as_complex(a)?);
        return crate::ops::binop(op, x, b);
    }
    Ok(protocol::not_implemented())
}

/// `complex(fraction)`.
fn as_complex(a: &Rational) -> PyResult {
    use crate::builtins::complex::{new, C};
    Ok(new(C {
        re: to_float(a)?,
        im: 0.0,
    }))
}

/// `a op b` with `b` the Fraction receiver.
fn reverse(op: BinOp, name: &str, r: Value, args: &Args) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let b = this(r, name)?;
    let a = args.pos()[0];
    if let Some(p) = rational_of(a) {
        return exact(op, &p, b);
    }
    if a.is_float() {
        return crate::ops::binop(op, a, Value::float(to_float(b)?));
    }
    if crate::builtins::complex::value_of(a).is_some() {
        let roots = Roots::new();
        let y = roots.push(as_complex(b)?);
        return crate::ops::binop(op, a, y);
    }
    Ok(protocol::not_implemented())
}

macro_rules! arith {
    ($fwd:ident, $rev:ident, $op:expr, $fname:literal, $rname:literal) => {
        fn $fwd(r: Value, args: Args) -> PyResult {
            forward($op, $fname, r, &args)
        }
        fn $rev(r: Value, args: Args) -> PyResult {
            reverse($op, $rname, r, &args)
        }
    };
}

arith!(f_add, f_radd, BinOp::Add, "__add__", "__radd__");
arith!(f_sub, f_rsub, BinOp::Sub, "__sub__", "__rsub__");
arith!(f_mul, f_rmul, BinOp::Mul, "__mul__", "__rmul__");
arith!(f_div, f_rdiv, BinOp::TrueDiv, "__truediv__", "__rtruediv__");
arith!(
    f_fdiv,
    f_rfdiv,
    BinOp::FloorDiv,
    "__floordiv__",
    "__rfloordiv__"
);
arith!(f_mod, f_rmod, BinOp::Mod, "__mod__", "__rmod__");

fn f_divmod(r: Value, args: Args) -> PyResult {
    args.check("__divmod__", 1, 1, &[])?;
    let a = this(r, "__divmod__")?;
    let b = args.pos()[0];
    if let Some(q) = rational_of(b) {
        return exact_divmod(a, &q);
    }
    if let Some(y) = b.as_float() {
        return float_divmod(to_float(a)?, y);
    }
    Ok(protocol::not_implemented())
}

fn f_rdivmod(r: Value, args: Args) -> PyResult {
    args.check("__rdivmod__", 1, 1, &[])?;
    let b = this(r, "__rdivmod__")?;
    let a = args.pos()[0];
    if let Some(p) = rational_of(a) {
        return exact_divmod(&p, b);
    }
    if let Some(x) = a.as_float() {
        return float_divmod(x, to_float(b)?);
    }
    Ok(protocol::not_implemented())
}

fn f_pow(r: Value, args: Args) -> PyResult {
    if args.pos().len() == 2 && !args.pos()[1].is_none() {
        return Ok(protocol::not_implemented());
    }
    let a = this(r, "__pow__")?;
    let Some(&b) = args.pos().first() else {
        return Err(exc::type_error("expected 1 argument, got 0"));
    };
    match rational_of(b) {
        Some(q) if q.d.is_one() => frac_result(a.powi(&q.n)),
        Some(q) => crate::ops::binop(
            BinOp::Pow,
            Value::float(to_float(a)?),
            Value::float(to_float(&q)?),
        ),
        None => crate::ops::binop(BinOp::Pow, Value::float(to_float(a)?), b),
    }
}

fn f_rpow(r: Value, args: Args) -> PyResult {
    if args.pos().len() == 2 && !args.pos()[1].is_none() {
        return Ok(protocol::not_implemented());
    }
    let b = this(r, "__rpow__")?;
    let Some(&a) = args.pos().first() else {
        return Err(exc::type_error("expected 1 argument, got 0"));
    };
    let roots = Roots::new();
    if b.d.is_one() && !b.n.is_negative() {
        let e = roots.push(bigint_value(b.n.clone()));
        return crate::ops::binop(BinOp::Pow, a, e);
    }
    if let Some(p) = rational_of(a) {
        return match b.d.is_one() {
            true => frac_result(p.powi(&b.n)),
            false => crate::ops::binop(
                BinOp::Pow,
                Value::float(to_float(&p)?),
                Value::float(to_float(b)?),
            ),
        };
    }
    if b.d.is_one() {
        let e = roots.push(bigint_value(b.n.clone()));
        return crate::ops::binop(BinOp::Pow, a, e);
    }
    crate::ops::binop(BinOp::Pow, a, Value::float(to_float(b)?))
}

/// Compares a Fraction with `other`: `None` means NotImplemented.
fn compare(a: &Rational, other: Value, op: CmpOp) -> Option<bool> {
    if let Some(q) = rational_of(other) {
        return Some(apply(op, a.cmp(&q)));
    }
    let f = match crate::builtins::complex::value_of(other) {
        Some(c) if op == CmpOp::Eq || op == CmpOp::Ne => {
            if c.im != 0.0 {
                return Some(op == CmpOp::Ne);
            }
            c.re
        }
        Some(_) => return None,
        None => other.as_float()?,
    };
    if !f.is_finite() {
        // Any finite value compares with inf/nan as 0.0 does.
        return Some(match f.partial_cmp(&0.0) {
            Some(o) => apply(op, o.reverse()),
            None => op == CmpOp::Ne,
        });
    }
    let q = Rational::from_f64(f).ok()?;
    Some(apply(op, a.cmp(&q)))
}

fn apply(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

macro_rules! cmp_method {
    ($name:ident, $op:expr, $s:literal) => {
        fn $name(r: Value, args: Args) -> PyResult {
            args.check($s, 1, 1, &[])?;
            let a = this(r, $s)?;
            Ok(match compare(a, args.pos()[0], $op) {
                Some(b) => Value::bool(b),
                None => protocol::not_implemented(),
            })
        }
    };
}

cmp_method!(f_eq, CmpOp::Eq, "__eq__");
cmp_method!(f_lt, CmpOp::Lt, "__lt__");
cmp_method!(f_le, CmpOp::Le, "__le__");
cmp_method!(f_gt, CmpOp::Gt, "__gt__");
cmp_method!(f_ge, CmpOp::Ge, "__ge__");

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", frac_new),
    ("as_integer_ratio", as_integer_ratio),
    ("limit_denominator", limit_denominator),
    ("__repr__", frac_repr),
    ("__str__", frac_str),
    ("__hash__", frac_hash),
    ("__bool__", frac_bool),
    ("__float__", frac_float),
    ("__int__", frac_int),
    ("__trunc__", frac_trunc),
    ("__floor__", frac_floor),
    ("__ceil__", frac_ceil),
    ("__round__", frac_round),
    ("__neg__", frac_neg),
    ("__pos__", frac_pos),
    ("__abs__", frac_abs),
    ("__copy__", copy_self),
    ("__deepcopy__", copy_self),
    ("__add__", f_add),
    ("__radd__", f_radd),
    ("__sub__", f_sub),
    ("__rsub__", f_rsub),
    ("__mul__", f_mul),
    ("__rmul__", f_rmul),
    ("__truediv__", f_div),
    ("__rtruediv__", f_rdiv),
    ("__floordiv__", f_fdiv),
    ("__rfloordiv__", f_rfdiv),
    ("__mod__", f_mod),
    ("__rmod__", f_rmod),
    ("__divmod__", f_divmod),
    ("__rdivmod__", f_rdivmod),
    ("__pow__", f_pow),
    ("__rpow__", f_rpow),
    ("__eq__", f_eq),
    ("__lt__", f_lt),
    ("__le__", f_le),
    ("__gt__", f_gt),
    ("__ge__", f_ge),
];

fn property(get: NativeFn) -> Value {
    gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native("fget", get),
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}

/// Creates the class once (statistics uses it without importing fractions).
pub fn ensure_class() -> Value {
    let c = class();
    if !c.is_none() {
        return c;
    }
    let cls = nc::new_class("Fraction", "fractions", None, METHODS);
    nc::add_classmethod(cls, "from_float", from_float);
    nc::add_classmethod(cls, "from_decimal", from_decimal);
    nc::set_class_attr(cls, "numerator", property(get_numerator));
    nc::set_class_attr(cls, "denominator", property(get_denominator));
    CLASS.with(|c| c.set(cls));
    cls
}

pub fn init(m: &mut AttrMap) {
    m.set("Fraction", ensure_class());
}
