#![allow(clippy::excessive_precision, clippy::approx_constant)]
//! Python 3.11 `math` module semantics over `f64` and `BigInt`.
//!
//! Functions taking `f64` expect the caller to have converted an `int`
//! argument with [`int_ops::int_to_f64`] (which raises CPython's
//! "int too large to convert to float"); `log`, `log2` and `log10` take
//! [`IntOrFloat`] because CPython handles huge ints there specially.
//!
//! Elementary functions call the platform libm through `std` (as CPython
//! does on Linux/glibc); `asinh`/`acosh`/`atanh` follow the fdlibm/glibc
//! formulas on top of libm `log`/`log1p`; `gamma`/`lgamma` follow CPython's
//! own Lanczos implementation; `erf`/`erfc` (fdlibm rational
//! approximations) and `cbrt` reproduce glibc's algorithms, since Rust's std
//! has no `erf` and its `f64::cbrt` is correctly rounded (glibc's is not);
//! `hypot`, `dist`, `fsum`, `isclose`, `fmod`, `modf`, `frexp`, `ldexp`,
//! `nextafter`, `ulp` follow CPython's algorithms exactly.

use super::int_ops::{self, frexp_big, int_to_f64, IntOrFloat};
use super::{float_ops, NumError, NumResult};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub use super::int_ops::{comb, factorial, gcd, isqrt, lcm, perm};

/// `math.pi`
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`
pub const E: f64 = std::f64::consts::E;
/// `math.tau`
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`
pub const INF: f64 = f64::INFINITY;
/// `math.nan`
pub const NAN: f64 = f64::NAN;

fn domain() -> NumError {
    NumError::value("math domain error")
}

fn range() -> NumError {
    NumError::overflow("math range error")
}

/// CPython's `math_1` result check.
fn math_1(x: f64, r: f64, can_overflow: bool) -> NumResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// `math.sqrt`
pub fn sqrt(x: f64) -> NumResult<f64> {
    math_1(x, x.sqrt(), false)
}
/// `math.exp`
pub fn exp(x: f64) -> NumResult<f64> {
    math_1(x, x.exp(), true)
}
/// `math.exp2`
pub fn exp2(x: f64) -> NumResult<f64> {
    math_1(x, x.exp2(), true)
}
/// `math.expm1`
pub fn expm1(x: f64) -> NumResult<f64> {
    math_1(x, x.exp_m1(), true)
}
/// `math.log1p`
pub fn log1p(x: f64) -> NumResult<f64> {
    math_1(x, x.ln_1p(), false)
}
/// `math.sin`
pub fn sin(x: f64) -> NumResult<f64> {
    math_1(x, x.sin(), false)
}
/// `math.cos`
pub fn cos(x: f64) -> NumResult<f64> {
    math_1(x, x.cos(), false)
}
/// `math.tan`
pub fn tan(x: f64) -> NumResult<f64> {
    math_1(x, x.tan(), false)
}
/// `math.asin`
pub fn asin(x: f64) -> NumResult<f64> {
    math_1(x, x.asin(), false)
}
/// `math.acos`
pub fn acos(x: f64) -> NumResult<f64> {
    math_1(x, x.acos(), false)
}
/// `math.atan`
pub fn atan(x: f64) -> NumResult<f64> {
    math_1(x, x.atan(), false)
}
/// `math.sinh`
pub fn sinh(x: f64) -> NumResult<f64> {
    math_1(x, x.sinh(), true)
}
/// `math.cosh`
pub fn cosh(x: f64) -> NumResult<f64> {
    math_1(x, x.cosh(), true)
}
/// `math.tanh`
pub fn tanh(x: f64) -> NumResult<f64> {
    math_1(x, x.tanh(), false)
}
/// glibc's `cbrt` algorithm (polynomial seed, one rational Halley step);
/// Rust's `f64::cbrt` is correctly rounded and so differs from glibc.
#[allow(clippy::excessive_precision)]
fn cbrt_raw(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let idx = (2 + xe % 3).clamp(0, 4) as usize;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[idx];
    ldexp_raw(ym, xe / 3).unwrap_or(ym).copysign(x)
}

/// `math.cbrt`
pub fn cbrt(x: f64) -> NumResult<f64> {
    math_1(x, cbrt_raw(x), false)
}

const LN2: f64 = std::f64::consts::LN_2;

fn asinh_raw(x: f64) -> f64 {
    if !x.is_finite() {
        return x + x;
    }
    let ax = x.abs();
    if ax < 3.725_290_298_461_914e-9 {
        return x; // |x| < 2**-28
    }
    let w = if ax > 268_435_456.0 {
        ax.ln() + LN2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn acosh_raw(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 268_435_456.0 {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn atanh_raw(x: f64) -> f64 {
    let xa = x.abs();
    if xa.is_nan() {
        return x;
    }
    let t = if xa < 0.5 {
        if xa < 3.725_290_298_461_914e-9 {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa == 1.0 {
        f64::INFINITY
    } else {
        return f64::NAN;
    };
    t.copysign(x)
}

/// `math.asinh`
pub fn asinh(x: f64) -> NumResult<f64> {
    math_1(x, asinh_raw(x), false)
}
/// `math.acosh`
pub fn acosh(x: f64) -> NumResult<f64> {
    math_1(x, acosh_raw(x), false)
}
/// `math.atanh`
pub fn atanh(x: f64) -> NumResult<f64> {
    math_1(x, atanh_raw(x), false)
}

/// `math.atan2(y, x)`
pub fn atan2(y: f64, x: f64) -> NumResult<f64> {
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if 1f64.copysign(x) == 1.0 {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            }
        } else {
            (0.5 * PI).copysign(y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if 1f64.copysign(x) == 1.0 {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum LogKind {
    Ln,
    Log2,
    Log10,
}

fn log_raw(kind: LogKind, x: f64) -> f64 {
    match kind {
        LogKind::Ln => x.ln(),
        LogKind::Log2 => x.log2(),
        LogKind::Log10 => x.log10(),
    }
}

fn loghelper(arg: &IntOrFloat, kind: LogKind) -> NumResult<f64> {
    match arg {
        IntOrFloat::Int(n) => {
            if !n.is_positive() {
                return Err(domain());
            }
            match int_to_f64(n) {
                Ok(x) => Ok(log_raw(kind, x)),
                Err(_) => {
                    let (m, e) = frexp_big(n.magnitude());
                    Ok(log_raw(kind, m) + log_raw(kind, 2.0) * (e as f64))
                }
            }
        }
        IntOrFloat::Float(x) => {
            let x = *x;
            let r = if x.is_finite() {
                if x > 0.0 {
                    log_raw(kind, x)
                } else {
                    return Err(domain());
                }
            } else if x.is_nan() || x > 0.0 {
                x
            } else {
                return Err(domain());
            };
            math_1(x, r, false)
        }
    }
}

/// `math.log(x[, base])` (ints of any size accepted).
pub fn log(x: &IntOrFloat, base: Option<&IntOrFloat>) -> NumResult<f64> {
    let num = loghelper(x, LogKind::Ln)?;
    match base {
        None => Ok(num),
        Some(b) => {
            let den = loghelper(b, LogKind::Ln)?;
            float_ops::truediv(num, den)
        }
    }
}

/// `math.log2(x)`.
pub fn log2(x: &IntOrFloat) -> NumResult<f64> {
    loghelper(x, LogKind::Log2)
}

/// `math.log10(x)`.
pub fn log10(x: &IntOrFloat) -> NumResult<f64> {
    loghelper(x, LogKind::Log10)
}

// ---------------------------------------------------------------------------
// pow, fmod, modf, frexp, ldexp, ...
// ---------------------------------------------------------------------------

/// `math.pow(x, y)`.
pub fn pow(x: f64, y: f64) -> NumResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math.fabs`
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.copysign`
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fmod`
pub fn fmod(x: f64, y: f64) -> NumResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `math.remainder`: IEEE 754 remainder, `x - n*y` with `n` the integer
/// nearest `x / y`, ties to even.
pub fn remainder(x: f64, y: f64) -> NumResult<f64> {
    if x.is_nan() || y.is_nan() {
        return Ok(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    // `m` and `ay - m` are exact; pick the nearer multiple.
    let rest = ay - m;
    let r = if m < rest {
        m
    } else if m > rest {
        -rest
    } else {
        // A tie: the quotient of `ax - m` by `ay` decides the parity.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(1f64.copysign(x) * r)
}

/// `math.modf` -> (fractional part, integer part).
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let ip = x.trunc();
    ((x - ip).copysign(x), ip)
}

/// `math.frexp` -> (mantissa in [0.5, 1), exponent).
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (neg, m, e) = int_ops::decompose(x);
    let bl = 64 - i64::from(m.leading_zeros());
    let exp = bl + e;
    // m * 2**e = (m * 2**-bl) * 2**exp, exact.
    let mant = int_ops::compose_f64(neg, m, -bl, false).unwrap_or(0.5);
    (mant, exp)
}

/// Exactly-rounded `x * 2**e` (C `ldexp`), `None` on overflow.
fn ldexp_raw(x: f64, e: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (neg, m, ex) = int_ops::decompose(x);
    int_ops::compose_f64(neg, m, ex.saturating_add(e), false)
}

/// `math.ldexp(x, i)`.
pub fn ldexp(x: f64, i: &BigInt) -> NumResult<f64> {
    let e = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if e > i64::from(i32::MAX) {
        return Err(range());
    }
    if e < i64::from(i32::MIN) {
        return Ok(0f64.copysign(x));
    }
    ldexp_raw(x, e).ok_or_else(range)
}

/// `math.floor` of a float.
pub fn floor(x: f64) -> NumResult<BigInt> {
    float_ops::floor(x)
}
/// `math.ceil` of a float.
pub fn ceil(x: f64) -> NumResult<BigInt> {
    float_ops::ceil(x)
}
/// `math.trunc` of a float.
pub fn trunc(x: f64) -> NumResult<BigInt> {
    float_ops::trunc(x)
}

/// `math.isfinite`
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}
/// `math.isinf`
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}
/// `math.isnan`
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)` (defaults 1e-09, 0.0).
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> NumResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(NumError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

const DEG_TO_RAD: f64 = PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / PI;

/// `math.degrees`
pub fn degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}
/// `math.radians`
pub fn radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

/// `math.nextafter(x, y)` (3.11: no `steps`).
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

/// `math.ulp(x)`
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

// ---------------------------------------------------------------------------
// hypot, dist, fsum, prod
// ---------------------------------------------------------------------------

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let y = (a - x) + b;
    (x, y)
}

fn dl_split(x: f64) -> (f64, f64) {
    let t = x * 134_217_729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let (xh, xl) = dl_split(x);
    let (yh, yl) = dl_split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}

fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_raw(1.0, -max_e).unwrap_or(1.0);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for &v in vec.iter() {
        let x = v * scale;
        let (ph, pl) = dl_mul(x, x);
        let (sh, sl) = dl_fast_sum(csum, ph);
        csum = sh;
        frac1 += pl;
        frac2 += sl;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (ph, pl) = dl_mul(-h, h);
    let (sh, sl) = dl_fast_sum(csum, ph);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coords: &[f64]) -> f64 {
    let mut v: Vec<f64> = Vec::with_capacity(coords.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &c in coords {
        let x = c.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    vector_norm(&mut v, max, found_nan)
}

/// `math.dist(p, q)`.
pub fn dist(p: &[f64], q: &[f64]) -> NumResult<f64> {
    if p.len() != q.len() {
        return Err(NumError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut v: Vec<f64> = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q) {
        let x = (a - b).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(vector_norm(&mut v, max, found_nan))
}

/// `math.fsum(iterable)` (CPython's exact `msum`).
pub fn fsum(items: &[f64]) -> NumResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &item in items {
        let mut x = item;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(NumError::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(NumError::value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// Python multiplication of two numbers (int*int, int*float, float*float).
pub fn mul_mixed(a: &IntOrFloat, b: &IntOrFloat) -> NumResult<IntOrFloat> {
    Ok(match (a, b) {
        (IntOrFloat::Int(x), IntOrFloat::Int(y)) => IntOrFloat::Int(x * y),
        (IntOrFloat::Int(x), IntOrFloat::Float(y)) => IntOrFloat::Float(int_to_f64(x)? * y),
        (IntOrFloat::Float(x), IntOrFloat::Int(y)) => IntOrFloat::Float(x * int_to_f64(y)?),
        (IntOrFloat::Float(x), IntOrFloat::Float(y)) => IntOrFloat::Float(x * y),
    })
}

/// `math.prod(items, start=start)` for mixed ints and floats (left to right).
pub fn prod(items: &[IntOrFloat], start: IntOrFloat) -> NumResult<IntOrFloat> {
    let mut acc = start;
    for it in items {
        acc = mul_mixed(&acc, it)?;
    }
    Ok(acc)
}

/// `math.prod` of floats with a float start of `1.0` (note `math.prod([])`
/// is the int `1`; use [`prod`] for exact result types).
pub fn prod_f64(items: &[f64]) -> f64 {
    items.iter().fold(1.0, |a, b| a * b)
}

/// `math.prod` of ints with `start=1`.
pub fn prod_int(items: &[BigInt]) -> BigInt {
    items.iter().fold(BigInt::from(1), |a, b| a * b)
}

// ---------------------------------------------------------------------------
// gamma, lgamma (CPython's Lanczos implementation)
// ---------------------------------------------------------------------------

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> NumResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain());
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            let mut i = 2.0;
            while i < x {
                f *= i;
                i += 1.0;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(range());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.lgamma(x)`.
pub fn lgamma(x: f64) -> NumResult<f64> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// erf, erfc: the fdlibm/glibc algorithm (rational approximations on
// [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28)), reproduced so
// results match glibc's libm (which CPython 3.11 calls) bit for bit.
// ---------------------------------------------------------------------------

#[allow(clippy::excessive_precision, clippy::unreadable_literal)]
mod erf_consts {
    pub const ERX: f64 = 8.45062911510467529297e-01;
    pub const EFX: f64 = 1.28379167095512586316e-01;
    pub const PP: [f64; 5] = [
        1.28379167095512558561e-01,
        -3.25042107247001499370e-01,
        -2.84817495755985104766e-02,
        -5.77027029648944159157e-03,
        -2.37630166566501626084e-05,
    ];
    pub const QQ: [f64; 6] = [
        0.0,
        3.97917223959155352819e-01,
        6.50222499887672944485e-02,
        5.08130628187576562776e-03,
        1.32494738004321644526e-04,
        -3.96022827877536812320e-06,
    ];
    pub const PA: [f64; 7] = [
        -2.36211856075265944077e-03,
        4.14856118683748331666e-01,
        -3.72207876035701323847e-01,
        3.18346619901161753674e-01,
        -1.10894694282396677476e-01,
        3.54783043256182359371e-02,
        -2.16637559486879084300e-03,
    ];
    pub const QA: [f64; 7] = [
        0.0,
        1.06420880400844228286e-01,
        5.40397917702171048937e-01,
        7.18286544141962662868e-02,
        1.26171219808761642112e-01,
        1.36370839120290507362e-02,
        1.19844998467991074170e-02,
    ];
    pub const RA: [f64; 8] = [
        -9.86494403484714822705e-03,
        -6.93858572707181764372e-01,
        -1.05586262253232909814e+01,
        -6.23753324503260060396e+01,
        -1.62396669462573470355e+02,
        -1.84605092906711035994e+02,
        -8.12874355063065934246e+01,
        -9.81432934416914548592e+00,
    ];
    pub const SA: [f64; 9] = [
        0.0,
        1.96512716674392571292e+01,
        1.37657754143519042600e+02,
        4.34565877475229228821e+02,
        6.45387271733267880336e+02,
        4.29008140027567833386e+02,
        1.08635005541779435134e+02,
        6.57024977031928170135e+00,
        -6.04244152148580987438e-02,
    ];
    pub const RB: [f64; 7] = [
        -9.86494292470009928597e-03,
        -7.99283237680523006574e-01,
        -1.77579549177547519889e+01,
        -1.60636384855821916062e+02,
        -6.37566443368389627722e+02,
        -1.02509513161107724954e+03,
        -4.83519191608651397019e+02,
    ];
    pub const SB: [f64; 8] = [
        0.0,
        3.03380607434824582924e+01,
        3.25792512996573918826e+02,
        1.53672958608443695994e+03,
        3.19985821950859553908e+03,
        2.55305040643316442583e+03,
        4.74528541206955367215e+02,
        -2.24409524465858183362e+01,
    ];
}

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// (erf(x) - x) / x on |x| < 0.84375.
fn erf_small_ratio(x: f64) -> f64 {
    use erf_consts::*;
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// P/Q on 0.84375 <= |x| < 1.25.
fn erf_mid_ratio(ax: f64) -> f64 {
    use erf_consts::*;
    let s = ax - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// erfc(ax) * ax for 1.25 <= ax < 28; `low` selects the [1.25, 1/0.35) fit.
fn erfc_tail(ax: f64, low: bool) -> f64 {
    use erf_consts::*;
    let s = 1.0 / (ax * ax);
    let (r, q) = if low {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let q2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let q3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let q4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let q2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let q3 = SB[4] + s * SB[5];
        let q4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            q1 + s2 * q2 + s4 * q3 + s6 * q4,
        )
    };
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / q).exp()
}

fn erf_raw(x: f64) -> f64 {
    use erf_consts::*;
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let neg = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        if x.is_nan() {
            return x;
        }
        return if neg { -1.0 } else { 1.0 };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x.abs());
        return if neg { -ERX - pq } else { ERX + pq };
    }
    if ix >= 0x4018_0000 {
        return if neg { -1.0 } else { 1.0 };
    }
    let ax = x.abs();
    let r = erfc_tail(ax, ix < 0x4006_db6e);
    if neg {
        r / ax - 1.0
    } else {
        1.0 - r / ax
    }
}

fn erfc_raw(x: f64) -> f64 {
    use erf_consts::*;
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let neg = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        if x.is_nan() {
            return x;
        }
        return if neg { 2.0 } else { 0.0 };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if (hx as i32) < 0x3fd0_0000 {
            // x < 1/4 (including all negative x)
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x.abs());
        return if neg {
            1.0 + (ERX + pq)
        } else {
            (1.0 - ERX) - pq
        };
    }
    if ix < 0x403c_0000 {
        if neg && ix >= 0x4018_0000 {
            return 2.0;
        }
        let ax = x.abs();
        let r = erfc_tail(ax, ix < 0x4006_db6d);
        return if neg { 2.0 - r / ax } else { r / ax };
    }
    if neg {
        2.0
    } else {
        0.0
    }
}

/// `math.erf(x)`.
pub fn erf(x: f64) -> NumResult<f64> {
    Ok(erf_raw(x))
}

/// `math.erfc(x)`.
pub fn erfc(x: f64) -> NumResult<f64> {
    Ok(erfc_raw(x))
}
