//! `math`: Python argument handling around the CPython-exact functions of
//! `numeric::math` and `numeric::int_ops`.

use crate::exc::{self, PyResult};
use crate::numeric::int_ops::IntOrFloat;
use crate::numeric::{math as m, NumResult};
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{int, tuple};
use crate::ops::num_error;
use crate::protocol::{self, type_name};
use crate::value::Value;
use num_bigint::BigInt;

/// A real-number argument (`must be real number, not str` otherwise).
pub(crate) fn real(v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(n) = protocol::num(v) {
        return crate::numeric::int_to_float(&n).map_err(num_error);
    }
    if let Some(f) = protocol::special(v, "__float__") {
        let r = protocol::call_special(f, v, &[])?;
        if let Some(x) = r.as_float() {
            return Ok(x);
        }
    }
    if let Some(f) = protocol::special(v, "__index__") {
        let r = protocol::call_special(f, v, &[])?;
        if let Some(n) = protocol::num(r) {
            return crate::numeric::int_to_float(&n).map_err(num_error);
        }
    }
    Err(exc::type_error(format!(
        "must be real number, not {}",
        type_name(v)
    )))
}

/// An integer argument (`__index__` accepted, floats refused).
fn integer(v: Value) -> PyResult<BigInt> {
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(b);
        }
    }
    if let Some(f) = protocol::special(v, "__index__") {
        let r = protocol::call_special(f, v, &[])?;
        if let Some(b) = int::to_bigint(r) {
            return Ok(b);
        }
    }
    Err(exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn int_or_float(v: Value) -> PyResult<IntOrFloat> {
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(IntOrFloat::Int(b));
        }
    }
    Ok(IntOrFloat::Float(real(v)?))
}

fn out(r: IntOrFloat) -> Value {
    match r {
        IntOrFloat::Int(b) => int::from_bigint(b),
        IntOrFloat::Float(f) => Value::float(f),
    }
}

fn float_result(r: NumResult<f64>) -> PyResult {
    r.map(Value::float).map_err(num_error)
}

fn int_result(r: NumResult<BigInt>) -> PyResult {
    r.map(int::from_bigint).map_err(num_error)
}

macro_rules! unary_float {
    ($($name:ident => $f:path;)*) => {
        $(fn $name(_r: Value, args: Args) -> PyResult {
            args.check(stringify!($name), 1, 1, &[])?;
            float_result($f(real(args.pos()[0])?))
        })*
        const UNARY: &[(&str, crate::objects::function::NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

unary_float! {
    sqrt => m::sqrt;
    exp => m::exp;
    exp2 => m::exp2;
    expm1 => m::expm1;
    log1p => m::log1p;
    sin => m::sin;
    cos => m::cos;
    tan => m::tan;
    asin => m::asin;
    acos => m::acos;
    atan => m::atan;
    sinh => m::sinh;
    cosh => m::cosh;
    tanh => m::tanh;
    asinh => m::asinh;
    acosh => m::acosh;
    atanh => m::atanh;
    cbrt => m::cbrt;
    gamma => m::gamma;
    lgamma => m::lgamma;
    erf => m::erf;
    erfc => m::erfc;
}

fn two_reals(args: &Args, name: &str) -> PyResult<(f64, f64)> {
    args.check(name, 2, 2, &[])?;
    Ok((real(args.pos()[0])?, real(args.pos()[1])?))
}

fn atan2(_r: Value, args: Args) -> PyResult {
    let (y, x) = two_reals(&args, "atan2")?;
    float_result(m::atan2(y, x))
}

fn pow(_r: Value, args: Args) -> PyResult {
    let (x, y) = two_reals(&args, "pow")?;
    float_result(m::pow(x, y))
}

fn fmod(_r: Value, args: Args) -> PyResult {
    let (x, y) = two_reals(&args, "fmod")?;
    float_result(m::fmod(x, y))
}

fn remainder(_r: Value, args: Args) -> PyResult {
    let (x, y) = two_reals(&args, "remainder")?;
    float_result(m::remainder(x, y))
}

fn copysign(_r: Value, args: Args) -> PyResult {
    let (x, y) = two_reals(&args, "copysign")?;
    Ok(Value::float(m::copysign(x, y)))
}

fn nextafter(_r: Value, args: Args) -> PyResult {
    let (x, y) = two_reals(&args, "nextafter")?;
    Ok(Value::float(m::nextafter(x, y)))
}

fn fabs(_r: Value, args: Args) -> PyResult {
    args.check("fabs", 1, 1, &[])?;
    Ok(Value::float(m::fabs(real(args.pos()[0])?)))
}

fn degrees(_r: Value, args: Args) -> PyResult {
    args.check("degrees", 1, 1, &[])?;
    Ok(Value::float(m::degrees(real(args.pos()[0])?)))
}

fn radians(_r: Value, args: Args) -> PyResult {
    args.check("radians", 1, 1, &[])?;
    Ok(Value::float(m::radians(real(args.pos()[0])?)))
}

fn ulp(_r: Value, args: Args) -> PyResult {
    args.check("ulp", 1, 1, &[])?;
    Ok(Value::float(m::ulp(real(args.pos()[0])?)))
}

fn isfinite(_r: Value, args: Args) -> PyResult {
    args.check("isfinite", 1, 1, &[])?;
    Ok(Value::bool(m::isfinite(real(args.pos()[0])?)))
}

fn isinf(_r: Value, args: Args) -> PyResult {
    args.check("isinf", 1, 1, &[])?;
    Ok(Value::bool(m::isinf(real(args.pos()[0])?)))
}

fn isnan(_r: Value, args: Args) -> PyResult {
    args.check("isnan", 1, 1, &[])?;
    Ok(Value::bool(m::isnan(real(args.pos()[0])?)))
}

/// floor/ceil/trunc: ints pass through, user classes' `__floor__` etc.
fn rounding(args: &Args, name: &str, dunder: &str, f: fn(f64) -> NumResult<BigInt>) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let v = args.pos()[0];
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(int::from_bigint(b));
        }
    }
    if let Some(d) = protocol::special(v, dunder) {
        return protocol::call_special(d, v, &[]);
    }
    int_result(f(real(v)?))
}

fn floor(_r: Value, args: Args) -> PyResult {
    rounding(&args, "floor", "__floor__", m::floor)
}

fn ceil(_r: Value, args: Args) -> PyResult {
    rounding(&args, "ceil", "__ceil__", m::ceil)
}

fn trunc(_r: Value, args: Args) -> PyResult {
    rounding(&args, "trunc", "__trunc__", m::trunc)
}

fn log(_r: Value, args: Args) -> PyResult {
    args.check("log", 1, 2, &[])?;
    let x = int_or_float(args.pos()[0])?;
    let base = match args.pos().get(1) {
        Some(b) => Some(int_or_float(*b)?),
        None => None,
    };
    float_result(m::log(&x, base.as_ref()))
}

fn log2(_r: Value, args: Args) -> PyResult {
    args.check("log2", 1, 1, &[])?;
    float_result(m::log2(&int_or_float(args.pos()[0])?))
}

fn log10(_r: Value, args: Args) -> PyResult {
    args.check("log10", 1, 1, &[])?;
    float_result(m::log10(&int_or_float(args.pos()[0])?))
}

fn modf(_r: Value, args: Args) -> PyResult {
    args.check("modf", 1, 1, &[])?;
    let (a, b) = m::modf(real(args.pos()[0])?);
    Ok(tuple::new(vec![Value::float(a), Value::float(b)]))
}

fn frexp(_r: Value, args: Args) -> PyResult {
    args.check("frexp", 1, 1, &[])?;
    let (a, e) = m::frexp(real(args.pos()[0])?);
    Ok(tuple::new(vec![Value::float(a), int::from_i64(e)]))
}

fn ldexp(_r: Value, args: Args) -> PyResult {
    args.check("ldexp", 2, 2, &[])?;
    let x = real(args.pos()[0])?;
    let i = integer(args.pos()[1])?;
    float_result(m::ldexp(x, &i))
}

fn isclose(_r: Value, args: Args) -> PyResult {
    args.check("isclose", 2, 2, &["rel_tol", "abs_tol"])?;
    let (a, b) = (real(args.pos()[0])?, real(args.pos()[1])?);
    let rel = match args.kwarg("rel_tol") {
        Some(v) => real(v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => real(v)?,
        None => 0.0,
    };
    m::isclose(a, b, rel, abs)
        .map(Value::bool)
        .map_err(num_error)
}

fn floats_of(v: Value) -> PyResult<Vec<f64>> {
    protocol::collect(v)?.into_iter().map(real).collect()
}

/// `math.fsum` of values already collected.
pub(crate) fn fsum_values(items: &[Value]) -> PyResult<f64> {
    let xs = items
        .iter()
        .map(|v| real(*v))
        .collect::<PyResult<Vec<f64>>>()?;
    m::fsum(&xs).map_err(num_error)
}

/// `math.log(v)`.
pub(crate) fn log_value(v: Value) -> PyResult<f64> {
    m::log(&int_or_float(v)?, None).map_err(num_error)
}

fn fsum(_r: Value, args: Args) -> PyResult {
    args.check("fsum", 1, 1, &[])?;
    float_result(m::fsum(&floats_of(args.pos()[0])?))
}

fn hypot(_r: Value, args: Args) -> PyResult {
    let coords: Vec<f64> = args
        .pos()
        .iter()
        .map(|v| real(*v))
        .collect::<PyResult<_>>()?;
    args.check("hypot", 0, usize::MAX, &[])?;
    Ok(Value::float(m::hypot(&coords)))
}

fn dist(_r: Value, args: Args) -> PyResult {
    args.check("dist", 2, 2, &[])?;
    let p = floats_of(args.pos()[0])?;
    let q = floats_of(args.pos()[1])?;
    float_result(m::dist(&p, &q))
}

fn prod(_r: Value, args: Args) -> PyResult {
    args.check("prod", 1, 1, &["start"])?;
    let items: Vec<Value> = protocol::collect(args.pos()[0])?;
    let start = args.kwarg("start").unwrap_or(Value::small_int(1));
    let numeric = items
        .iter()
        .chain(std::iter::once(&start))
        .all(|v| protocol::num(*v).is_some());
    if !numeric {
        // Non-numbers multiply with Python semantics.
        let roots = crate::gc::Roots::new();
        roots.extend(&items);
        let mut acc = start;
        let slot = roots.slot(acc);
        for it in items {
            acc = crate::ops::binop(crate::numeric::BinOp::Mul, acc, it)?;
            roots.set(slot, acc);
        }
        return Ok(acc);
    }
    let items: Vec<IntOrFloat> = items
        .into_iter()
        .map(int_or_float)
        .collect::<PyResult<_>>()?;
    m::prod(&items, int_or_float(start)?)
        .map(out)
        .map_err(num_error)
}

fn factorial(_r: Value, args: Args) -> PyResult {
    args.check("factorial", 1, 1, &[])?;
    let v = args.pos()[0];
    if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    int_result(m::factorial(&integer(v)?))
}

fn isqrt(_r: Value, args: Args) -> PyResult {
    args.check("isqrt", 1, 1, &[])?;
    int_result(m::isqrt(&integer(args.pos()[0])?))
}

fn ints(args: &Args) -> PyResult<Vec<BigInt>> {
    args.pos().iter().map(|v| integer(*v)).collect()
}

fn gcd(_r: Value, args: Args) -> PyResult {
    args.check("gcd", 0, usize::MAX, &[])?;
    Ok(int::from_bigint(m::gcd(&ints(&args)?)))
}

fn lcm(_r: Value, args: Args) -> PyResult {
    args.check("lcm", 0, usize::MAX, &[])?;
    Ok(int::from_bigint(m::lcm(&ints(&args)?)))
}

fn comb(_r: Value, args: Args) -> PyResult {
    args.check("comb", 2, 2, &[])?;
    let v = ints(&args)?;
    int_result(m::comb(&v[0], &v[1]))
}

fn perm(_r: Value, args: Args) -> PyResult {
    args.check("perm", 1, 2, &[])?;
    let v = ints(&args)?;
    int_result(m::perm(&v[0], v.get(1)))
}

pub fn init(attrs: &mut AttrMap) {
    attrs.set("pi", Value::float(m::PI));
    attrs.set("e", Value::float(m::E));
    attrs.set("tau", Value::float(m::TAU));
    attrs.set("inf", Value::float(m::INF));
    attrs.set("nan", Value::float(m::NAN));
    for &(name, f) in UNARY {
        super::add_fn(attrs, name, f);
    }
    let others: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("atan2", atan2),
        ("pow", pow),
        ("fmod", fmod),
        ("remainder", remainder),
        ("copysign", copysign),
        ("nextafter", nextafter),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("ulp", ulp),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isclose", isclose),
        ("fsum", fsum),
        ("hypot", hypot),
        ("dist", dist),
        ("prod", prod),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
    ];
    for &(name, f) in others {
        super::add_fn(attrs, name, f);
    }
}
