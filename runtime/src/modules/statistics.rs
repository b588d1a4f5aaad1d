//! `statistics`: CPython 3.11's functions with its numerics. Sums of data
//! are exact (each value's exact ratio, added as rationals) and converted
//! to the result type at the end, which follows CPython's coercion of the
//! input types (int, float, Fraction); the order statistics and the
//! two-variable functions do Python arithmetic on the values themselves.

use super::fractions;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::numeric::rational::Rational;
use crate::numeric::BinOp;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Layout, Ty};
use crate::objects::{dict, int, list, str as pystr};
use crate::ops;
use crate::protocol::{self, type_name};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use std::cell::Cell;
use std::collections::BTreeMap;

thread_local! {
    static ERROR: Cell<Value> = const { Cell::new(Value::NONE) };
    static REGRESSION: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn error(msg: &str) -> exc::Raised {
    let cls = ERROR.with(|c| c.get());
    let roots = Roots::new();
    let m = roots.push(pystr::new(msg));
    match nc::call(cls, &[m]) {
        Ok(e) => exc::raise(e),
        Err(r) => r,
    }
}

// ---------------------------------------------------------------------------
// Exact sums.

/// A sum: exact, or (when the data held infinities or NaNs) the float sum
/// of the non-finite values, as CPython keeps it.
#[derive(Clone)]
enum Total {
    Exact(Rational),
    NonFinite(f64),
}

impl Total {
    fn div_int(&self, n: usize) -> Total {
        match self {
            Total::Exact(r) => Total::Exact(r.mul(&Rational::new(BigInt::one(), BigInt::from(n)))),
            Total::NonFinite(f) => Total::NonFinite(f / n as f64),
        }
    }
}

/// Sums grouped by denominator, as CPython's `_sum` keeps them.
#[derive(Default)]
struct Partials {
    by_den: BTreeMap<BigInt, BigInt>,
    non_finite: Option<f64>,
}

impl Partials {
    fn add(&mut self, x: &Exact) {
        match x {
            Exact::Ratio(n, d) => {
                let e = self.by_den.entry(d.clone()).or_default();
                *e += n;
            }
            Exact::NonFinite(f) => self.non_finite = Some(self.non_finite.unwrap_or(0.0) + f),
        }
    }

    fn total(&self) -> Total {
        if let Some(f) = self.non_finite {
            return Total::NonFinite(f);
        }
        let mut t = Rational::int(BigInt::zero());
        for (d, n) in &self.by_den {
            t = t.add(&Rational::new(n.clone(), d.clone()));
        }
        Total::Exact(t)
    }
}

enum Exact {
    Ratio(BigInt, BigInt),
    NonFinite(f64),
}

/// `_exact_ratio(x)`.
fn exact_ratio(x: Value) -> PyResult<Exact> {
    if let Some(f) = x.as_float() {
        if !f.is_finite() {
            return Ok(Exact::NonFinite(f));
        }
        let r = Rational::from_f64(f).map_err(ops::num_error)?;
        return Ok(Exact::Ratio(r.n, r.d));
    }
    if let Some(b) = int::to_bigint(x) {
        return Ok(Exact::Ratio(b, BigInt::one()));
    }
    if let Some(r) = fractions::value_of(x) {
        return Ok(Exact::Ratio(r.n.clone(), r.d.clone()));
    }
    if let Some(d) = super::decimal::value_of(x) {
        if !d.is_finite() {
            let f = if d.is_nan() {
                f64::NAN
            } else if d.neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
            return Ok(Exact::NonFinite(f));
        }
        let r = d.to_rational();
        return Ok(Exact::Ratio(r.n, r.d));
    }
    Err(exc::type_error(format!(
        "can't convert type '{}' to numerator/denominator",
        type_name(x)
    )))
}

fn ty(t: Ty) -> Value {
    types::builtin_type(t)
}

/// `_coerce(T, S)`.
fn coerce(t: Value, s: Value) -> PyResult<Value> {
    let (int_t, bool_t, float_t) = (ty(Ty::Int), ty(Ty::Bool), ty(Ty::Float));
    let frac = fractions::class();
    if t == s || s == int_t || s == bool_t {
        return Ok(t);
    }
    if t == int_t || types::is_subtype(s, t) {
        return Ok(s);
    }
    if types::is_subtype(t, s) {
        return Ok(t);
    }
    if types::is_subtype(t, int_t) {
        return Ok(s);
    }
    if types::is_subtype(s, int_t) {
        return Ok(t);
    }
    if types::is_subtype(t, frac) && types::is_subtype(s, float_t) {
        return Ok(s);
    }
    if types::is_subtype(t, float_t) && types::is_subtype(s, frac) {
        return Ok(t);
    }
    let name = |v: Value| {
        types::as_type(v)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    Err(exc::type_error(format!(
        "don't know how to coerce {} and {}",
        name(t),
        name(s)
    )))
}

/// The distinct types of the data, in first-seen order.
#[derive(Default)]
struct TypeSet(Vec<Value>);

impl TypeSet {
    fn add(&mut self, v: Value) {
        let t = types::type_of(v);
        if !self.0.contains(&t) {
            self.0.push(t);
        }
    }

    fn result(&self) -> PyResult<Value> {
        let mut t = ty(Ty::Int);
        for &s in &self.0 {
            t = coerce(t, s)?;
        }
        Ok(t)
    }
}

struct Sum {
    t: Value,
    total: Total,
    count: usize,
}

/// `_sum(values)`.
fn exact_sum(values: &[Value]) -> PyResult<Sum> {
    let mut types = TypeSet::default();
    let mut p = Partials::default();
    for &v in values {
        types.add(v);
        p.add(&exact_ratio(v)?);
    }
    Ok(Sum {
        t: types.result()?,
        total: p.total(),
        count: values.len(),
    })
}

/// `_convert(value, T)`.
fn convert(value: &Total, t: Value) -> PyResult {
    let decimal = super::decimal::is_decimal_type(t);
    let r = match value {
        Total::NonFinite(f) if decimal => {
            let roots = Roots::new();
            let v = roots.push(Value::float(*f));
            return nc::call(t, &[v]);
        }
        Total::NonFinite(f) => return Ok(Value::float(*f)),
        Total::Exact(r) => r,
    };
    if decimal {
        return super::decimal::from_ratio(r);
    }
    if types::is_subtype(t, ty(Ty::Int)) {
        if r.d.is_one() {
            return Ok(int::from_bigint(r.n.clone()));
        }
        return Ok(Value::float(r.to_f64().map_err(ops::num_error)?));
    }
    if types::is_subtype(t, ty(Ty::Float)) {
        return Ok(Value::float(r.to_f64().map_err(ops::num_error)?));
    }
    let f = fractions::new_fraction(r.clone())?;
    if t == fractions::class() {
        return Ok(f);
    }
    let roots = Roots::new();
    roots.push(f);
    nc::call(t, &[f])
}

/// Collects an iterable into a rooted vector.
fn collect(roots: &Roots, v: Value) -> PyResult<Vec<Value>> {
    let items = protocol::collect(v)?;
    roots.extend(&items);
    Ok(items)
}

fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.check(name, 1, 1, &[])?;
    Ok(args.pos()[0])
}

fn mean(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let data = collect(&roots, one_arg(&args, "mean")?)?;
    let s = exact_sum(&data)?;
    if s.count < 1 {
        return Err(error("mean requires at least one data point"));
    }
    convert(&s.total.div_int(s.count), s.t)
}

fn fmean_of(data: &[Value], weights: Option<Value>) -> PyResult<f64> {
    let n = data.len();
    let Some(w) = weights.filter(|w| !w.is_none()) else {
        let total = super::math::fsum_values(data)?;
        if n == 0 {
            return Err(error("fmean requires at least one data point"));
        }
        return Ok(total / n as f64);
    };
    let roots = Roots::new();
    let w = collect(&roots, w)?;
    let mut products = Vec::with_capacity(n.min(w.len()));
    for (x, y) in data.iter().zip(w.iter()) {
        products.push(roots.push(ops::binop(BinOp::Mul, *x, *y)?));
    }
    let num = super::math::fsum_values(&products)?;
    if n != w.len() {
        return Err(error("data and weights must be the same length"));
    }
    let den = super::math::fsum_values(&w)?;
    if den == 0.0 {
        return Err(error("sum of weights must be non-zero"));
    }
    Ok(num / den)
}

fn fmean(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "fmean", &["data", "weights"], &[], 1)?;
    let roots = Roots::new();
    let data = collect(&roots, b[0].unwrap_or(Value::NONE))?;
    Ok(Value::float(fmean_of(&data, b[1])?))
}

fn geometric_mean(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let data = collect(&roots, one_arg(&args, "geometric_mean")?)?;
    let fail = || error("geometric mean requires a non-empty dataset containing positive numbers");
    let mut logs = Vec::with_capacity(data.len());
    for &x in &data {
        match super::math::log_value(x) {
            Ok(l) => logs.push(Value::float(l)),
            Err(e) if exc::pending_is("ValueError") => {
                exc::take_pending();
                let _ = e;
                return Err(fail());
            }
            Err(e) => return Err(e),
        }
    }
    if logs.is_empty() {
        return Err(fail());
    }
    let m = fmean_of(&logs, None)?;
    crate::numeric::math::exp(m)
        .map(Value::float)
        .map_err(ops::num_error)
}

fn is_real(v: Value) -> bool {
    v.is_float()
        || int::is_int(v)
        || fractions::value_of(v).is_some()
        || super::decimal::value_of(v).is_some()
}

fn lt_zero(x: Value) -> PyResult<bool> {
    nc::lt(x, Value::small_int(0))
}

fn harmonic_mean(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "harmonic_mean", &["data", "weights"], &[], 1)?;
    let roots = Roots::new();
    let data = collect(&roots, b[0].unwrap_or(Value::NONE))?;
    let errmsg = "harmonic mean does not support negative values";
    let n = data.len();
    let weights = b[1].filter(|w| !w.is_none());
    if n < 1 {
        return Err(error("harmonic_mean requires at least one data point"));
    }
    if n == 1 && weights.is_none() {
        let x = data[0];
        if !is_real(x) {
            return Err(exc::type_error("unsupported type"));
        }
        if lt_zero(x)? {
            return Err(error(errmsg));
        }
        return Ok(x);
    }
    let (weights, sum_weights) = match weights {
        None => (
            vec![Value::small_int(1); n],
            Total::Exact(Rational::int(BigInt::from(n))),
        ),
        Some(w) => {
            let w = collect(&roots, w)?;
            if w.len() != n {
                return Err(error("Number of weights does not match data size"));
            }
            for &x in &w {
                if lt_zero(x)? {
                    return Err(error(errmsg));
                }
            }
            let s = exact_sum(&w)?;
            (w, s.total)
        }
    };
    let mut terms = Vec::with_capacity(n);
    for (&w, &x) in weights.iter().zip(data.iter()) {
        if lt_zero(x)? {
            return Err(error(errmsg));
        }
        let term = if protocol::truthy(w)? {
            match ops::binop(BinOp::TrueDiv, w, x) {
                Ok(v) => v,
                Err(_) if exc::pending_is("ZeroDivisionError") => {
                    exc::take_pending();
                    return Ok(Value::small_int(0));
                }
                Err(e) => return Err(e),
            }
        } else {
            Value::small_int(0)
        };
        terms.push(roots.push(term));
    }
    let s = exact_sum(&terms)?;
    let positive = match &s.total {
        Total::Exact(r) => r.n.is_positive(),
        Total::NonFinite(f) => f.is_nan() || *f > 0.0,
    };
    if !positive {
        return Err(error("Weighted sum must be positive"));
    }
    let q = match (&sum_weights, &s.total) {
        (Total::Exact(a), Total::Exact(t)) => Total::Exact(a.div(t).map_err(ops::num_error)?),
        (a, t) => Total::NonFinite(as_f64(a)? / as_f64(t)?),
    };
    convert(&q, s.t)
}

fn as_f64(t: &Total) -> PyResult<f64> {
    match t {
        Total::Exact(r) => r.to_f64().map_err(ops::num_error),
        Total::NonFinite(f) => Ok(*f),
    }
}

// ---------------------------------------------------------------------------
// Order statistics.

fn sorted(roots: &Roots, v: Value) -> PyResult<Vec<Value>> {
    let items = protocol::collect(v)?;
    let items = crate::builtins::methods::sort_values(items, Value::NONE, false)?;
    roots.extend(&items);
    Ok(items)
}

fn median_data(roots: &Roots, args: &Args, name: &str) -> PyResult<Vec<Value>> {
    let data = sorted(roots, one_arg(args, name)?)?;
    if data.is_empty() {
        return Err(error("no median for empty data"));
    }
    Ok(data)
}

fn median(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let data = median_data(&roots, &args, "median")?;
    let n = data.len();
    if n % 2 == 1 {
        return Ok(data[n / 2]);
    }
    let s = roots.push(ops::binop(BinOp::Add, data[n / 2 - 1], data[n / 2])?);
    ops::binop(BinOp::TrueDiv, s, Value::small_int(2))
}

fn median_low(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let data = median_data(&roots, &args, "median_low")?;
    let n = data.len();
    Ok(if n % 2 == 1 {
        data[n / 2]
    } else {
        data[n / 2 - 1]
    })
}

fn median_high(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let data = median_data(&roots, &args, "median_high")?;
    Ok(data[data.len() / 2])
}

fn median_grouped(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "median_grouped", &["data", "interval"], &[], 1)?;
    let roots = Roots::new();
    let data = sorted(&roots, b[0].unwrap_or(Value::NONE))?;
    let n = data.len();
    if n == 0 {
        return Err(error("no median for empty data"));
    }
    let x = data[n / 2];
    // bisect_left, then bisect_right from there.
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if nc::lt(data[mid], x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo;
    let mut hi = n;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if nc::lt(x, data[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let j = lo;
    let to_f = |v: Value| -> PyResult<f64> {
        match crate::builtins::construct::to_float(v) {
            Err(_) if exc::pending_is("ValueError") => {
                exc::take_pending();
                Err(exc::type_error("Value cannot be converted to a float"))
            }
            r => r,
        }
    };
    let interval = to_f(b[1].unwrap_or(Value::float(1.0)))?;
    let x = to_f(x)?;
    let l = x - interval / 2.0;
    let (cf, f) = (i as f64, (j - i) as f64);
    Ok(Value::float(l + interval * (n as f64 / 2.0 - cf) / f))
}

/// Counts of hashable values in first-seen order (a `Counter`).
fn counts(data: Value) -> PyResult<Vec<(Value, i64)>> {
    let roots = Roots::new();
    let items = collect(&roots, data)?;
    let d = roots.push(dict::new());
    let Some(dd) = dict::as_dict(d) else {
        return Ok(Vec::new());
    };
    for &x in &items {
        let c = dict::get(dd, x)?.and_then(int::to_i64).unwrap_or(0);
        dict::set(dd, x, int::from_i64(c + 1))?;
    }
    Ok(dict::items(dd)?
        .into_iter()
        .map(|(k, v)| (k, int::to_i64(v).unwrap_or(0)))
        .collect())
}

fn mode(_r: Value, args: Args) -> PyResult {
    let c = counts(one_arg(&args, "mode")?)?;
    let mut best: Option<(Value, i64)> = None;
    for (k, n) in c {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k)
        .ok_or_else(|| error("no mode for empty data"))
}

fn multimode(_r: Value, args: Args) -> PyResult {
    let c = counts(one_arg(&args, "multimode")?)?;
    let max = c.iter().map(|(_, n)| *n).max().unwrap_or(0);
    Ok(list::new(
        c.into_iter()
            .filter(|(_, n)| *n == max)
            .map(|(k, _)| k)
            .collect(),
    ))
}

fn quantiles(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "quantiles", &["data"], &["n", "method"], 1)?;
    let nv = b[1].unwrap_or(Value::small_int(4));
    if nc::lt(nv, Value::small_int(1))? {
        return Err(error("n must be at least 1"));
    }
    let roots = Roots::new();
    let data = sorted(&roots, b[0].unwrap_or(Value::NONE))?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(error("must have at least two data points"));
    }
    let n = nc::int_arg(nv)?;
    let method = b[2].unwrap_or(Value::NONE);
    let method_s = if b[2].is_none() {
        Some("exclusive")
    } else {
        pystr::as_str(method)
    };
    let interp = |lo: Value, hi: Value, delta: i64| -> PyResult {
        let roots = Roots::new();
        let a = roots.push(ops::binop(BinOp::Mul, lo, int::from_i64(n - delta))?);
        let c = roots.push(ops::binop(BinOp::Mul, hi, int::from_i64(delta))?);
        let s = roots.push(ops::binop(BinOp::Add, a, c)?);
        ops::binop(BinOp::TrueDiv, s, int::from_i64(n))
    };
    let mut out = Vec::new();
    match method_s {
        Some("inclusive") => {
            let m = ld - 1;
            for i in 1..n {
                let (j, delta) = ((i * m).div_euclid(n), (i * m).rem_euclid(n));
                let v = interp(data[j as usize], data[j as usize + 1], delta)?;
                out.push(roots.push(v));
            }
        }
        Some("exclusive") => {
            let m = ld + 1;
            for i in 1..n {
                let j = ((i * m).div_euclid(n)).clamp(1, ld - 1);
                let delta = i * m - j * n;
                let v = interp(data[j as usize - 1], data[j as usize], delta)?;
                out.push(roots.push(v));
            }
        }
        _ => {
            return Err(exc::value_error(format!(
                "Unknown method: {}",
                protocol::repr(method)?
            )))
        }
    }
    Ok(list::new(out))
}

// ---------------------------------------------------------------------------
// Spread.

/// `_ss(data, c)`: the type, the sum of squared deviations, and the count.
fn sum_squares(data: Value, c: Option<Value>) -> PyResult<(Value, Total, usize)> {
    let roots = Roots::new();
    let items = collect(&roots, data)?;
    if let Some(c) = c.filter(|c| !c.is_none()) {
        let mut sq = Vec::with_capacity(items.len());
        for &x in &items {
            let d = roots.push(ops::binop(BinOp::Sub, x, c)?);
            sq.push(roots.push(ops::binop(BinOp::Mul, d, d)?));
        }
        let s = exact_sum(&sq)?;
        if sq.is_empty() {
            return Ok((s.t, Total::Exact(Rational::int(BigInt::zero())), 0));
        }
        return Ok((s.t, s.total, s.count));
    }
    let mut types = TypeSet::default();
    let mut sx = Partials::default();
    let mut sxx = Partials::default();
    for &x in &items {
        types.add(x);
        let e = exact_ratio(x)?;
        if let Exact::Ratio(n, d) = &e {
            sxx.add(&Exact::Ratio(n * n, d * d));
        }
        sx.add(&e);
    }
    let count = items.len();
    let ssd = if count == 0 {
        Total::Exact(Rational::int(BigInt::zero()))
    } else {
        match (sx.total(), sxx.total()) {
            (Total::Exact(sx), Total::Exact(sxx)) => {
                let cnt = Rational::int(BigInt::from(count));
                let num = cnt.mul(&sxx).sub(&sx.mul(&sx));
                Total::Exact(num.mul(&Rational::new(BigInt::one(), BigInt::from(count))))
            }
            (t, _) => t,
        }
    };
    Ok((types.result()?, ssd, count))
}

fn spread_args(args: &Args, name: &str, second: &str) -> PyResult<(Value, Option<Value>)> {
    let b = nc::bind(args, name, &["data", second], &[], 1)?;
    Ok((b[0].unwrap_or(Value::NONE), b[1]))
}

fn variance(_r: Value, args: Args) -> PyResult {
    let (data, c) = spread_args(&args, "variance", "xbar")?;
    let (t, ss, n) = sum_squares(data, c)?;
    if n < 2 {
        return Err(error("variance requires at least two data points"));
    }
    convert(&ss.div_int(n - 1), t)
}

fn pvariance(_r: Value, args: Args) -> PyResult {
    let (data, c) = spread_args(&args, "pvariance", "mu")?;
    let (t, ss, n) = sum_squares(data, c)?;
    if n < 1 {
        return Err(error("pvariance requires at least one data point"));
    }
    convert(&ss.div_int(n), t)
}

/// `_integer_sqrt_of_frac_rto`: isqrt(n/m) rounded to odd.
fn isqrt_rto(n: &BigInt, m: &BigInt) -> BigInt {
    let a = (n / m).sqrt();
    let inexact = &a * &a * m != *n;
    if inexact {
        a | BigInt::one()
    } else {
        a
    }
}

/// `_float_sqrt_of_frac`: sqrt(n/m) correctly rounded.
fn float_sqrt_of_frac(r: &Rational) -> PyResult<f64> {
    let (n, m) = (&r.n, &r.d);
    let q = (n.bits() as i64 - m.bits() as i64 - 109).div_euclid(2);
    let (num, den) = if q >= 0 {
        (
            isqrt_rto(n, &(m << (2 * q) as u64)) << q as u64,
            BigInt::one(),
        )
    } else {
        (
            isqrt_rto(&(n << (-2 * q) as u64), m),
            BigInt::one() << (-q) as u64,
        )
    };
    crate::numeric::int_ops::truediv(&num, &den).map_err(ops::num_error)
}

fn stdev_of(t: Value, ss: Total, n: usize) -> PyResult {
    match ss.div_int(n) {
        Total::Exact(r) if super::decimal::is_decimal_type(t) => super::decimal::sqrt_of_ratio(&r),
        Total::Exact(r) => Ok(Value::float(float_sqrt_of_frac(&r)?)),
        Total::NonFinite(_) => Err(exc::raise_new(
            "AttributeError",
            "'float' object has no attribute 'numerator'",
        )),
    }
}

fn stdev(_r: Value, args: Args) -> PyResult {
    let (data, c) = spread_args(&args, "stdev", "xbar")?;
    let (t, ss, n) = sum_squares(data, c)?;
    if n < 2 {
        return Err(error("stdev requires at least two data points"));
    }
    stdev_of(t, ss, n - 1)
}

fn pstdev(_r: Value, args: Args) -> PyResult {
    let (data, c) = spread_args(&args, "pstdev", "mu")?;
    let (t, ss, n) = sum_squares(data, c)?;
    if n < 1 {
        return Err(error("pstdev requires at least one data point"));
    }
    stdev_of(t, ss, n)
}

// ---------------------------------------------------------------------------
// Two variables.

struct Pair {
    x: Vec<Value>,
    y: Vec<Value>,
}

/// The two inputs as sized sequences, with CPython's length checks.
fn pair(roots: &Roots, args: &Args, fname: &str, what: &str) -> PyResult<Pair> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(exc::type_error(format!(
            "{fname}() takes 2 positional arguments but {} were given",
            p.len()
        )));
    }
    let n = protocol::len(p[0])?;
    if protocol::len(p[1])? != n {
        return Err(error(&format!(
            "{what} requires that both inputs have same number of data points"
        )));
    }
    if n < 2 {
        return Err(error(&format!("{what} requires at least two data points")));
    }
    Ok(Pair {
        x: collect(roots, p[0])?,
        y: collect(roots, p[1])?,
    })
}

fn fsum(v: &[Value]) -> PyResult<f64> {
    super::math::fsum_values(v)
}

/// fsum of `f(a, b)` over pairs.
fn fsum_map(
    roots: &Roots,
    a: &[Value],
    b: &[Value],
    f: impl Fn(Value, Value) -> PyResult,
) -> PyResult<f64> {
    let mut out = Vec::with_capacity(a.len());
    for (&x, &y) in a.iter().zip(b.iter()) {
        out.push(roots.push(f(x, y)?));
    }
    fsum(&out)
}

/// `(x - xbar) * (y - ybar)` in Python arithmetic.
fn dev_product(xbar: f64, ybar: f64) -> impl Fn(Value, Value) -> PyResult {
    move |x, y| {
        let roots = Roots::new();
        let dx = roots.push(ops::binop(BinOp::Sub, x, Value::float(xbar))?);
        let dy = roots.push(ops::binop(BinOp::Sub, y, Value::float(ybar))?);
        ops::binop(BinOp::Mul, dx, dy)
    }
}

fn float_div(a: f64, b: f64, msg: &str) -> PyResult<f64> {
    if b == 0.0 {
        return Err(error(msg));
    }
    Ok(a / b)
}

fn covariance(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let p = pair(&roots, &args, "covariance", "covariance")?;
    let n = p.x.len() as f64;
    let (xbar, ybar) = (fsum(&p.x)? / n, fsum(&p.y)? / n);
    let sxy = fsum_map(&roots, &p.x, &p.y, dev_product(xbar, ybar))?;
    Ok(Value::float(sxy / (n - 1.0)))
}

fn correlation(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let p = pair(&roots, &args, "correlation", "correlation")?;
    let n = p.x.len() as f64;
    let (xbar, ybar) = (fsum(&p.x)? / n, fsum(&p.y)? / n);
    let sxy = fsum_map(&roots, &p.x, &p.y, dev_product(xbar, ybar))?;
    let sxx = fsum_map(&roots, &p.x, &p.x, dev_product(xbar, xbar))?;
    let syy = fsum_map(&roots, &p.y, &p.y, dev_product(ybar, ybar))?;
    let root = crate::numeric::math::sqrt(sxx * syy).map_err(ops::num_error)?;
    Ok(Value::float(float_div(
        sxy,
        root,
        "at least one of the inputs is constant",
    )?))
}

fn linear_regression(_r: Value, args: Args) -> PyResult {
    let mut proportional = false;
    for (k, v) in args.kw() {
        if k != "proportional" {
            return Err(exc::type_error(format!(
                "linear_regression() got an unexpected keyword argument '{k}'"
            )));
        }
        proportional = protocol::truthy(v)?;
    }
    let roots = Roots::new();
    let p = pair(&roots, &args, "linear_regression", "linear regression")?;
    let n = p.x.len() as f64;
    let (slope, intercept) = if proportional {
        let mul = |a: Value, b: Value| ops::binop(BinOp::Mul, a, b);
        let sxy = fsum_map(&roots, &p.x, &p.y, mul)?;
        let sxx = fsum_map(&roots, &p.x, &p.x, mul)?;
        (float_div(sxy, sxx, "x is constant")?, 0.0)
    } else {
        let (xbar, ybar) = (fsum(&p.x)? / n, fsum(&p.y)? / n);
        let sxy = fsum_map(&roots, &p.x, &p.y, dev_product(xbar, ybar))?;
        let sxx = fsum_map(&roots, &p.x, &p.x, dev_product(xbar, xbar))?;
        let slope = float_div(sxy, sxx, "x is constant")?;
        (slope, ybar - slope * xbar)
    };
    let cls = REGRESSION.with(|c| c.get());
    nc::call(cls, &[Value::float(slope), Value::float(intercept)])
}

pub fn init(m: &mut AttrMap) {
    let value_error = types::exc_type("ValueError").unwrap_or(Value::NONE);
    let cls = types::new_type(
        "StatisticsError",
        "statistics",
        vec![value_error],
        Layout::Exception,
        true,
    )
    .unwrap_or(Value::NONE);
    ERROR.with(|c| c.set(cls));
    m.set("StatisticsError", cls);
    let lr = super::collections::namedtuple_class(
        "LinearRegression",
        "statistics",
        &["slope", "intercept"],
    );
    REGRESSION.with(|c| c.set(lr));
    m.set("LinearRegression", lr);
    fractions::ensure_class();
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("mean", mean),
        ("fmean", fmean),
        ("geometric_mean", geometric_mean),
        ("harmonic_mean", harmonic_mean),
        ("median", median),
        ("median_low", median_low),
        ("median_high", median_high),
        ("median_grouped", median_grouped),
        ("mode", mode),
        ("multimode", multimode),
        ("quantiles", quantiles),
        ("variance", variance),
        ("pvariance", pvariance),
        ("stdev", stdev),
        ("pstdev", pstdev),
        ("covariance", covariance),
        ("correlation", correlation),
        ("linear_regression", linear_regression),
    ];
    for &(name, f) in fns {
        super::add_fn(m, name, f);
    }
}
