//! `complex`: a pair of floats with CPython 3.11's arithmetic (its
//! division and integer-power algorithms), string syntax, repr and hash.
//! Instances are native-class objects holding the pair as Rust data.

use crate::exc::{self, PyResult};
use crate::format::dtoa::{double_to_parts, DtoaFlags, Mode};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::numeric::BinOp;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::{int, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

struct Cplx(C);

impl NativeData for Cplx {}

thread_local! {
    static CLASS: Cell<Value> = const { Cell::new(Value::NONE) };
}

pub fn class() -> Value {
    CLASS.with(|c| c.get())
}

pub fn new(c: C) -> Value {
    nc::native_instance(class(), Box::new(Cplx(c)))
}

pub fn value_of(v: Value) -> Option<C> {
    if v.obj().is_none() || class().is_none() {
        return None;
    }
    nc::native_of::<Cplx>(v, class()).map(|c| c.0)
}

fn this(r: Value, method: &str) -> PyResult<C> {
    nc::native_receiver::<Cplx>(r, class(), method).map(|c| c.0)
}

/// An operand as a complex: complex, int (bool) or float.
fn operand(v: Value) -> PyResult<Option<C>> {
    if let Some(c) = value_of(v) {
        return Ok(Some(c));
    }
    if let Some(f) = v.as_float() {
        return Ok(Some(C { re: f, im: 0.0 }));
    }
    if let Some(n) = protocol::num(v) {
        let f = crate::numeric::int_to_float(&n).map_err(crate::ops::num_error)?;
        return Ok(Some(C { re: f, im: 0.0 }));
    }
    Ok(None)
}

fn prod(a: C, b: C) -> C {
    C {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// CPython's `_Py_c_quot`; `None` for division by zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Some(C {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

const ONE: C = C { re: 1.0, im: 0.0 };

fn powu(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = (ONE, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b`: CPython's `complex_pow` (repeated squaring for small
/// integral exponents, polar form otherwise).
fn pow(a: C, b: C) -> PyResult<C> {
    let zero_div = || exc::raise_new("ZeroDivisionError", "0.0 to a negative or complex power");
    let n = b.re as i64;
    let r = if b.im == 0.0 && b.re == n as f64 && n.abs() <= 100 {
        if n >= 0 {
            powu(a, n)
        } else {
            quot(ONE, powu(a, -n)).ok_or_else(zero_div)?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        ONE
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_div());
        }
        C { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        C {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(exc::raise_new("OverflowError", "complex exponentiation"));
    }
    Ok(r)
}

fn arith(op: BinOp, a: C, b: C) -> PyResult {
    let r = match op {
        BinOp::Add => C {
            re: a.re + b.re,
            im: a.im + b.im,
        },
        BinOp::Sub => C {
            re: a.re - b.re,
            im: a.im - b.im,
        },
        BinOp::Mul => prod(a, b),
        BinOp::TrueDiv => quot(a, b)
            .ok_or_else(|| exc::raise_new("ZeroDivisionError", "complex division by zero"))?,
        BinOp::Pow => pow(a, b)?,
        _ => return Ok(protocol::not_implemented()),
    };
    Ok(new(r))
}

fn binary(op: BinOp, name: &str, r: Value, args: &Args, reflected: bool) -> PyResult {
    let p = args.pos();
    if op == BinOp::Pow && p.len() == 2 && !p[1].is_none() {
        return Err(exc::value_error("complex modulo"));
    }
    if p.is_empty() || p.len() > 2 {
        return Err(exc::type_error(format!(
            "expected 1 argument, got {}",
            p.len()
        )));
    }
    let me = this(r, name)?;
    let Some(other) = operand(p[0])? else {
        return Ok(protocol::not_implemented());
    };
    if reflected {
        arith(op, other, me)
    } else {
        arith(op, me, other)
    }
}

macro_rules! ops {
    ($($f:ident, $rf:ident, $op:expr, $n:literal, $rn:literal;)*) => {
        $(fn $f(r: Value, args: Args) -> PyResult {
            binary($op, $n, r, &args, false)
        }
        fn $rf(r: Value, args: Args) -> PyResult {
            binary($op, $rn, r, &args, true)
        })*
    };
}

ops! {
    c_add, c_radd, BinOp::Add, "__add__", "__radd__";
    c_sub, c_rsub, BinOp::Sub, "__sub__", "__rsub__";
    c_mul, c_rmul, BinOp::Mul, "__mul__", "__rmul__";
    c_div, c_rdiv, BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    c_pow, c_rpow, BinOp::Pow, "__pow__", "__rpow__";
}

fn equal(r: Value, args: &Args, name: &str) -> PyResult<Option<bool>> {
    args.check(name, 1, 1, &[])?;
    let me = this(r, name)?;
    let o = args.pos()[0];
    if let Some(c) = value_of(o) {
        return Ok(Some(me.re == c.re && me.im == c.im));
    }
    if let Some(n) = protocol::num(o) {
        let same_real = crate::numeric::compare_nums(
            protocol::CmpOp::Eq,
            &crate::numeric::Num::Float(me.re),
            &n,
        );
        return Ok(Some(me.im == 0.0 && same_real));
    }
    Ok(None)
}

fn c_eq(r: Value, args: Args) -> PyResult {
    Ok(match equal(r, &args, "__eq__")? {
        Some(b) => Value::bool(b),
        None => protocol::not_implemented(),
    })
}

fn c_ne(r: Value, args: Args) -> PyResult {
    Ok(match equal(r, &args, "__ne__")? {
        Some(b) => Value::bool(!b),
        None => protocol::not_implemented(),
    })
}

fn c_hash(r: Value, _args: Args) -> PyResult {
    let c = this(r, "__hash__")?;
    let id = r.0 & molt_abi::PAYLOAD_MASK;
    let h = crate::hash::hash_complex(
        crate::hash::hash_f64(c.re, id),
        crate::hash::hash_f64(c.im, id),
    );
    Ok(int::from_i64(h))
}

fn c_bool(r: Value, _args: Args) -> PyResult {
    let c = this(r, "__bool__")?;
    Ok(Value::bool(c.re != 0.0 || c.im != 0.0))
}

fn c_neg(r: Value, _args: Args) -> PyResult {
    let c = this(r, "__neg__")?;
    Ok(new(C {
        re: -c.re,
        im: -c.im,
    }))
}

fn c_pos(r: Value, _args: Args) -> PyResult {
    Ok(new(this(r, "__pos__")?))
}

fn c_abs(r: Value, _args: Args) -> PyResult {
    let c = this(r, "__abs__")?;
    let a = if c.re.is_infinite() || c.im.is_infinite() {
        f64::INFINITY
    } else if c.re.is_nan() || c.im.is_nan() {
        f64::NAN
    } else {
        let h = c.re.hypot(c.im);
        if h.is_infinite() {
            return Err(exc::raise_new("OverflowError", "absolute value too large"));
        }
        h
    };
    Ok(Value::float(a))
}

fn conjugate(r: Value, _args: Args) -> PyResult {
    let c = this(r, "conjugate")?;
    Ok(new(C {
        re: c.re,
        im: -c.im,
    }))
}

fn get_real(_r: Value, args: Args) -> PyResult {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::float(this(v, "real")?.re))
}

fn get_imag(_r: Value, args: Args) -> PyResult {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::float(this(v, "imag")?.im))
}

/// A float in repr style without a forced ".0" (CPython's 'r' format).
fn part(x: f64, force_sign: bool) -> String {
    let (neg, body) = double_to_parts(x, Mode::Repr, 0, DtoaFlags::default());
    let sign = if neg {
        "-"
    } else if force_sign {
        "+"
    } else {
        ""
    };
    format!("{sign}{body}")
}

pub fn repr(c: C) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", part(c.im, false))
    } else {
        format!("({}{}j)", part(c.re, false), part(c.im, true))
    }
}

fn c_repr(r: Value, _args: Args) -> PyResult {
    Ok(pystr::from_string(repr(this(r, "__repr__")?)))
}

fn getnewargs(r: Value, _args: Args) -> PyResult {
    let c = this(r, "__getnewargs__")?;
    Ok(tuple::new(vec![Value::float(c.re), Value::float(c.im)]))
}

/// A float at the start of `s`: (value, bytes used).
fn scan_float(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            let end = i + word.len();
            let v = crate::format::parse::parse_float(&s[..end]).ok()?;
            return Some((v, end));
        }
    }
    let start = i;
    let digits = |i: &mut usize| {
        let s0 = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'_' && *i > s0)) {
            *i += 1;
        }
        *i > s0
    };
    let int_part = digits(&mut i);
    let mut frac = false;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac = digits(&mut i);
    }
    if !int_part && !frac {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    let _ = start;
    let v = crate::format::parse::parse_float(&s[..i]).ok()?;
    Some((v, i))
}

/// `complex(str)`.
fn parse(text: &str) -> Option<C> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        s = inner.trim();
    }
    if s.is_empty() {
        return None;
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let b = s.as_bytes();
    let (re, im, used) = match scan_float(s) {
        Some((x, n)) if is_j(b.get(n)) => (0.0, x, n + 1),
        Some((x, n)) if matches!(b.get(n), Some(b'+' | b'-')) => {
            let rest = &s[n..];
            match scan_float(rest) {
                Some((y, m)) if is_j(rest.as_bytes().get(m)) => (x, y, n + m + 1),
                Some(_) => return None,
                None if is_j(rest.as_bytes().get(1)) => {
                    let y = if rest.starts_with('-') { -1.0 } else { 1.0 };
                    (x, y, n + 2)
                }
                None => return None,
            }
        }
        Some((x, n)) => (x, 0.0, n),
        None => {
            let (sign, k) = match b.first() {
                Some(b'-') => (-1.0, 1),
                Some(b'+') => (1.0, 1),
                _ => (1.0, 0),
            };
            if !is_j(b.get(k)) {
                return None;
            }
            (0.0, sign, k + 1)
        }
    };
    (used == s.len()).then_some(C { re, im })
}

/// A real or complex constructor argument.
pub fn number_arg(v: Value) -> PyResult<Option<C>> {
    if let Some(c) = operand(v)? {
        return Ok(Some(c));
    }
    if let Some(f) = protocol::special(v, "__float__") {
        let x = protocol::call_special(f, v, &[])?;
        if let Some(x) = x.as_float() {
            return Ok(Some(C { re: x, im: 0.0 }));
        }
    }
    Ok(None)
}

fn complex_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    let b = nc::bind(&rest, "complex", &["real", "imag"], &[], 0)?;
    let (r, i) = (b[0], b[1]);
    let make = |c: C| Ok(nc::native_instance(cls, Box::new(Cplx(c))));
    let Some(r) = r else {
        return match i {
            None => make(C { re: 0.0, im: 0.0 }),
            Some(i) => {
                let ci = number_arg(i)?.ok_or_else(|| second_arg_error(i))?;
                let re = if value_of(i).is_some() {
                    0.0 - ci.im
                } else {
                    0.0
                };
                make(C { re, im: ci.re })
            }
        };
    };
    if let Some(s) = pystr::as_str(r) {
        if i.is_some() {
            return Err(exc::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return match parse(s) {
            Some(c) => make(c),
            None => Err(exc::value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = i {
        if pystr::as_str(i).is_some() {
            return Err(exc::type_error("complex() second arg can't be a string"));
        }
    }
    let r_is_complex = value_of(r).is_some();
    let cr = number_arg(r)?.ok_or_else(|| {
        exc::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(r)
        ))
    })?;
    let Some(i) = i else {
        if r_is_complex && crate::objects::types::type_of(r) == cls {
            return Ok(r);
        }
        return make(cr);
    };
    let ci = number_arg(i)?.ok_or_else(|| second_arg_error(i))?;
    let i_is_complex = value_of(i).is_some();
    let mut re = cr.re;
    let mut im = ci.re;
    if i_is_complex {
        re -= ci.im;
    }
    if r_is_complex {
        im += cr.im;
    }
    make(C { re, im })
}

fn second_arg_error(i: Value) -> exc::Raised {
    exc::type_error(format!(
        "complex() second argument must be a number, not '{}'",
        type_name(i)
    ))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", complex_new),
    ("__repr__", c_repr),
    ("__str__", c_repr),
    ("__hash__", c_hash),
    ("__bool__", c_bool),
    ("__neg__", c_neg),
    ("__pos__", c_pos),
    ("__abs__", c_abs),
    ("__eq__", c_eq),
    ("__ne__", c_ne),
    ("__add__", c_add),
    ("__radd__", c_radd),
    ("__sub__", c_sub),
    ("__rsub__", c_rsub),
    ("__mul__", c_mul),
    ("__rmul__", c_rmul),
    ("__truediv__", c_div),
    ("__rtruediv__", c_rdiv),
    ("__pow__", c_pow),
    ("__rpow__", c_rpow),
    ("conjugate", conjugate),
    ("__getnewargs__", getnewargs),
];

/// Creates the class (at runtime start, as a builtin).
pub fn init() -> Value {
    let cls = nc::new_class("complex", "builtins", None, METHODS);
    let prop = |f: NativeFn| {
        crate::gc::alloc_permanent(crate::object::Kind::Property {
            fget: crate::builtins::native("fget", f),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        })
    };
    nc::set_class_attr(cls, "real", prop(get_real));
    nc::set_class_attr(cls, "imag", prop(get_imag));
    CLASS.with(|c| c.set(cls));
    cls
}

/// `x ** y` for floats whose result is complex (a negative base and a
/// non-integral exponent): CPython hands these to complex power.
pub fn float_pow(x: f64, y: f64) -> PyResult {
    Ok(new(pow(C { re: x, im: 0.0 }, C { re: y, im: 0.0 })?))
}

/// `0.0 + x*j` for an imaginary literal.
pub fn imaginary(x: f64) -> Value {
    let roots = Roots::new();
    let v = new(C { re: 0.0, im: x });
    roots.push(v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_syntax() {
        let c = |re, im| Some(C { re, im });
        assert_eq!(parse("1+2j"), c(1.0, 2.0));
        assert_eq!(parse(" ( -1.5-j ) "), c(-1.5, -1.0));
        assert_eq!(parse("j"), c(0.0, 1.0));
        assert_eq!(parse("-J"), c(0.0, -1.0));
        assert_eq!(parse("1e3j"), c(0.0, 1000.0));
        assert_eq!(parse("3"), c(3.0, 0.0));
        assert_eq!(parse("1_0+2_0j"), c(10.0, 20.0));
        assert!(parse("1+").is_none());
        assert!(parse("1+2").is_none());
        assert!(parse("j1").is_none());
        assert!(parse("").is_none());
        assert!(parse("()").is_none());
    }

    #[test]
    fn reprs_like_cpython() {
        assert_eq!(repr(C { re: 1.0, im: 2.0 }), "(1+2j)");
        assert_eq!(repr(C { re: 0.0, im: 1.0 }), "1j");
        assert_eq!(repr(C { re: -0.0, im: -1.0 }), "(-0-1j)");
        assert_eq!(repr(C { re: 1.5, im: 1e16 }), "(1.5+1e+16j)");
    }
}
