//! `timedelta`: construction from mixed int/float components with
//! CPython's exact accumulation and round-half-even, arithmetic, reprs.

use super::args;
use super::{
    check_delta, cls, comparisons, delta_of, int_of, new_delta, not_impl, other_arg, prop_self,
    DeltaD, MAX_DELTA_DAYS, US_PER_DAY,
};
use crate::exc::{self, PyResult};
use crate::numeric::BinOp;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{int, tuple};
use crate::protocol::type_name;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::super::native_class as nc;

/// Days, seconds and microseconds of a normalised timedelta.
pub fn parts(us: i128) -> (i128, i128, i128) {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    (days, rest / 1_000_000, rest % 1_000_000)
}

/// A BigInt microsecond count as a timedelta, or CPython's overflow error.
pub fn from_big(us: &BigInt) -> PyResult {
    match us.to_i128() {
        Some(v) => new_delta(v),
        // Far beyond a C int of days.
        None => Err(exc::raise_new(
            "OverflowError",
            "Python int too large to convert to C int",
        )),
    }
}

/// `x.as_integer_ratio()` of a float.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(exc::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(exc::raise_new(
            "OverflowError",
            "cannot convert Infinity to integer ratio",
        ));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if mant == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut n = BigInt::from(mant);
    let mut d = BigInt::one();
    if e >= 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    if neg {
        n = -n;
    }
    Ok((n, d))
}

/// `round(a / b)` with ties to even; ZeroDivisionError for `b == 0`.
pub fn divide_nearest(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(exc::raise_new(
            "ZeroDivisionError",
            "integer division or modulo by zero",
        ));
    }
    let (q, r) = a.div_mod_floor(b);
    // Compare 2r with b (same sign as b after floor division).
    let twice = &r * 2;
    let over = if b.is_positive() {
        twice > *b || (twice == *b && q.is_odd())
    } else {
        twice < *b || (twice == *b && q.is_odd())
    };
    Ok(if over { q + 1 } else { q })
}

fn float_to_int(f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc::raise_new(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(f.trunc()).unwrap_or_default())
}

/// Adds `num * factor` to `sofar` exactly for ints; for floats the
/// fractional microseconds go to `leftover` (CPython's `accum`).
fn accum(
    what: &str,
    sofar: BigInt,
    num: Value,
    factor: i64,
    leftover: &mut f64,
) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(num) {
        return Ok(sofar + b * factor);
    }
    if let Some(f) = num.as_float() {
        let intpart = f.trunc();
        let fracpart = f - intpart;
        let sum = sofar + float_to_int(intpart)? * factor;
        if fracpart == 0.0 {
            return Ok(sum);
        }
        let scaled = factor as f64 * fracpart;
        let ip = scaled.trunc();
        *leftover += scaled - ip;
        return Ok(sum + float_to_int(ip)?);
    }
    Err(exc::type_error(format!(
        "unsupported type for timedelta {what} component: {}",
        type_name(num)
    )))
}

fn td_new(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    let names = [
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ];
    let b = args::parse(&a, Some("__new__"), &names, 7, 0)?;
    // CPython's order: the smallest unit first.
    let order: [(usize, &str, i64); 7] = [
        (2, "microseconds", 1),
        (3, "milliseconds", 1000),
        (1, "seconds", 1_000_000),
        (4, "minutes", 60_000_000),
        (5, "hours", 3_600_000_000),
        (0, "days", 86_400_000_000),
        (6, "weeks", 604_800_000_000),
    ];
    // Fast path: small ints only, exact in i128 (no heap integers).
    let mut small: Option<i128> = Some(0);
    for (i, _, factor) in order {
        if let Some(v) = b[i] {
            small = match (small, v.as_small_int()) {
                (Some(acc), Some(n)) => Some(acc + n as i128 * factor as i128),
                _ => None,
            };
        }
    }
    if let Some(us) = small {
        let us = super::check_delta(us)?;
        return Ok(nc::native_instance(class, Box::new(DeltaD(us))));
    }
    let mut x = BigInt::zero();
    let mut leftover = 0.0f64;
    for (i, what, factor) in order {
        if let Some(v) = b[i] {
            x = accum(what, x, v, factor, &mut leftover)?;
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = if x.is_odd() { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += whole as i64;
    }
    let v = from_big(&x)?;
    if class == cls().timedelta {
        return Ok(v);
    }
    let us = delta_of(v).unwrap_or(0);
    Ok(nc::native_instance(class, Box::new(DeltaD(us))))
}

fn this(r: Value, method: &str) -> PyResult<i128> {
    delta_of(r).ok_or_else(|| super::wrong_self(method, "datetime.timedelta", r))
}

pub fn delta_repr(name: &str, us: i128) -> String {
    let (d, s, u) = parts(us);
    let mut fields = Vec::new();
    if d != 0 {
        fields.push(format!("days={d}"));
    }
    if s != 0 {
        fields.push(format!("seconds={s}"));
    }
    if u != 0 {
        fields.push(format!("microseconds={u}"));
    }
    if fields.is_empty() {
        return format!("{name}(0)");
    }
    format!("{name}({})", fields.join(", "))
}

fn td_repr(r: Value, _a: Args) -> PyResult {
    let us = this(r, "__repr__")?;
    Ok(crate::objects::str::from_string(delta_repr(
        &type_name(r),
        us,
    )))
}

pub fn delta_str(us: i128) -> String {
    let (d, s, u) = parts(us);
    let mut out = String::new();
    if d != 0 {
        let plural = if d.abs() != 1 { "s" } else { "" };
        out.push_str(&format!("{d} day{plural}, "));
    }
    out.push_str(&format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60));
    if u != 0 {
        out.push_str(&format!(".{u:06}"));
    }
    out
}

fn td_str(r: Value, _a: Args) -> PyResult {
    let us = this(r, "__str__")?;
    Ok(crate::objects::str::from_string(delta_str(us)))
}

fn td_format(r: Value, a: Args) -> PyResult {
    let spec = other_arg(&a);
    let Some(s) = crate::objects::str::as_str(spec) else {
        return Err(exc::type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name(spec)
        )));
    };
    if !s.is_empty() {
        return Err(exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(r)
        )));
    }
    crate::protocol::str_of(r).map(crate::objects::str::from_string)
}

fn td_days(_r: Value, a: Args) -> PyResult {
    let us = this(prop_self(&a), "days")?;
    Ok(int_of(parts(us).0))
}

fn td_seconds(_r: Value, a: Args) -> PyResult {
    let us = this(prop_self(&a), "seconds")?;
    Ok(int_of(parts(us).1))
}

fn td_micro(_r: Value, a: Args) -> PyResult {
    let us = this(prop_self(&a), "microseconds")?;
    Ok(int_of(parts(us).2))
}

fn int_div(a: i128, b: i128, op: BinOp) -> PyResult {
    crate::ops::binop(op, int_of(a), int_of(b))
}

fn td_total_seconds(r: Value, a: Args) -> PyResult {
    a.check("total_seconds", 0, 0, &[])?;
    let us = this(r, "total_seconds")?;
    int_div(us, 1_000_000, BinOp::TrueDiv)
}

fn td_add(r: Value, a: Args) -> PyResult {
    let x = this(r, "__add__")?;
    match delta_of(other_arg(&a)) {
        Some(y) => new_delta(x + y),
        None => not_impl(),
    }
}

fn td_sub(r: Value, a: Args) -> PyResult {
    let x = this(r, "__sub__")?;
    match delta_of(other_arg(&a)) {
        Some(y) => new_delta(x - y),
        None => not_impl(),
    }
}

fn td_rsub(r: Value, a: Args) -> PyResult {
    let x = this(r, "__rsub__")?;
    match delta_of(other_arg(&a)) {
        Some(y) => new_delta(y - x),
        None => not_impl(),
    }
}

fn td_neg(r: Value, _a: Args) -> PyResult {
    new_delta(-this(r, "__neg__")?)
}

fn td_pos(r: Value, _a: Args) -> PyResult {
    new_delta(this(r, "__pos__")?)
}

fn td_abs(r: Value, _a: Args) -> PyResult {
    new_delta(this(r, "__abs__")?.abs())
}

fn td_mul(r: Value, a: Args) -> PyResult {
    let x = this(r, "__mul__")?;
    let o = other_arg(&a);
    if let Some(n) = int::to_bigint(o) {
        return from_big(&(BigInt::from(x) * n));
    }
    if let Some(f) = o.as_float() {
        let (n, d) = float_ratio(f)?;
        return from_big(&divide_nearest(&(BigInt::from(x) * n), &d)?);
    }
    not_impl()
}

fn td_truediv(r: Value, a: Args) -> PyResult {
    let x = this(r, "__truediv__")?;
    let o = other_arg(&a);
    if let Some(y) = delta_of(o) {
        return int_div(x, y, BinOp::TrueDiv);
    }
    if let Some(n) = int::to_bigint(o) {
        return from_big(&divide_nearest(&BigInt::from(x), &n)?);
    }
    if let Some(f) = o.as_float() {
        let (n, d) = float_ratio(f)?;
        return from_big(&divide_nearest(&(BigInt::from(x) * d), &n)?);
    }
    not_impl()
}

fn td_floordiv(r: Value, a: Args) -> PyResult {
    let x = this(r, "__floordiv__")?;
    let o = other_arg(&a);
    if let Some(y) = delta_of(o) {
        return int_div(x, y, BinOp::FloorDiv);
    }
    if int::is_int(o) {
        let q = crate::ops::binop(BinOp::FloorDiv, int_of(x), o)?;
        return from_big(&int::to_bigint(q).unwrap_or_default());
    }
    not_impl()
}

fn td_mod(r: Value, a: Args) -> PyResult {
    let x = this(r, "__mod__")?;
    match delta_of(other_arg(&a)) {
        Some(y) => {
            let m = int_div(x, y, BinOp::Mod)?;
            from_big(&int::to_bigint(m).unwrap_or_default())
        }
        None => not_impl(),
    }
}

fn td_divmod(r: Value, a: Args) -> PyResult {
    let x = this(r, "__divmod__")?;
    match delta_of(other_arg(&a)) {
        Some(y) => {
            // The int division raises CPython's error for a zero divisor.
            let q = int_div(x, y, BinOp::FloorDiv)?;
            let roots = crate::gc::Roots::new();
            roots.push(q);
            let m = roots.push(new_delta(x.mod_floor(&y))?);
            Ok(tuple::new(vec![q, m]))
        }
        None => not_impl(),
    }
}

fn td_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let x = this(r, op)?;
    match delta_of(other_arg(&a)) {
        Some(y) => Ok(super::cmp_result(op, x, y)),
        None => not_impl(),
    }
}

fn td_hash(r: Value, _a: Args) -> PyResult {
    let (d, s, u) = parts(this(r, "__hash__")?);
    let h = crate::hash::hash_tuple(&[
        crate::hash::hash_i64(d as i64),
        crate::hash::hash_i64(s as i64),
        crate::hash::hash_i64(u as i64),
    ]);
    Ok(int::from_i64(h))
}

fn td_bool(r: Value, _a: Args) -> PyResult {
    Ok(Value::bool(this(r, "__bool__")? != 0))
}

pub fn make_class() -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__new__", td_new),
        ("__repr__", td_repr),
        ("__str__", td_str),
        ("__format__", td_format),
        ("total_seconds", td_total_seconds),
        ("__add__", td_add),
        ("__radd__", td_add),
        ("__sub__", td_sub),
        ("__rsub__", td_rsub),
        ("__neg__", td_neg),
        ("__pos__", td_pos),
        ("__abs__", td_abs),
        ("__mul__", td_mul),
        ("__rmul__", td_mul),
        ("__truediv__", td_truediv),
        ("__floordiv__", td_floordiv),
        ("__mod__", td_mod),
        ("__divmod__", td_divmod),
        ("__hash__", td_hash),
        ("__bool__", td_bool),
    ];
    methods.extend(comparisons!(td_cmp));
    let c = nc::new_class("timedelta", "datetime", None, &methods);
    nc::set_class_attr(c, "days", super::member("days", td_days));
    nc::set_class_attr(c, "seconds", super::member("seconds", td_seconds));
    nc::set_class_attr(c, "microseconds", super::member("microseconds", td_micro));
    c
}

pub fn add_constants(c: Value) {
    let max = MAX_DELTA_DAYS * US_PER_DAY + US_PER_DAY - 1;
    for (name, us) in [
        ("min", -MAX_DELTA_DAYS * US_PER_DAY),
        ("max", max),
        ("resolution", 1),
    ] {
        if let Ok(us) = check_delta(us) {
            nc::set_class_attr(c, name, nc::native_instance(c, Box::new(DeltaD(us))));
        }
    }
}
