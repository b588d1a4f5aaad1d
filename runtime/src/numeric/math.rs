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
//! own Lanczos implementation; `erf`/`erfc` are computed in double-double
//! arithmetic (nearly correctly rounded, so they agree with glibc except in
//! rare last-bit cases); `hypot`, `dist`, `fsum`, `isclose`, `fmod`, `modf`,
//! `frexp`, `ldexp`, `nextafter`, `ulp` follow CPython's algorithms exactly.

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
/// `math.cbrt`
pub fn cbrt(x: f64) -> NumResult<f64> {
    math_1(x, x.cbrt(), false)
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
    let e = i.to_i64().unwrap_or(if i.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
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

/// `math.prod` of floats with `start=1`.
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
// erf, erfc (double-double evaluation)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Dd {
    hi: f64,
    lo: f64,
}

impl Dd {
    fn new(hi: f64, lo: f64) -> Dd {
        Dd { hi, lo }
    }
    fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }
    fn norm(s: f64, e: f64) -> Dd {
        let hi = s + e;
        Dd {
            hi,
            lo: e - (hi - s),
        }
    }
    fn add(self, o: Dd) -> Dd {
        let s = self.hi + o.hi;
        let bb = s - self.hi;
        let e = (self.hi - (s - bb)) + (o.hi - bb);
        Dd::norm(s, e + self.lo + o.lo)
    }
    fn neg(self) -> Dd {
        Dd::new(-self.hi, -self.lo)
    }
    fn sub(self, o: Dd) -> Dd {
        self.add(o.neg())
    }
    fn mul(self, o: Dd) -> Dd {
        let p = self.hi * o.hi;
        let e = self.hi.mul_add(o.hi, -p);
        Dd::norm(p, e + self.hi * o.lo + self.lo * o.hi)
    }
    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.sub(o.mul(Dd::from(q1)));
        let q2 = r.hi / o.hi;
        let r = r.sub(o.mul(Dd::from(q2)));
        let q3 = r.hi / o.hi;
        Dd::norm(q1, q2).add(Dd::from(q3))
    }
}

const TWO_OVER_SQRT_PI: Dd = Dd {
    hi: 1.128_379_167_095_512_6,
    lo: 1.533_545_961_316_588e-17,
};
const ONE_OVER_SQRT_PI: Dd = Dd {
    hi: 0.564_189_583_547_756_3,
    lo: 7.667_729_806_582_94e-18,
};
const LN2_DD: Dd = Dd {
    hi: 0.693_147_180_559_945_3,
    lo: 2.319_046_813_846_299_6e-17,
};

const ERF_SERIES_CUTOFF: f64 = 2.5;

/// erf(x) for |x| < cutoff by Maclaurin series, in double-double.
fn erf_series(x: f64) -> Dd {
    let xx = Dd::from(x);
    let mx2 = xx.mul(xx).neg();
    let mut t = Dd::from(1.0); // (-x^2)^n / n!
    let mut sum = Dd::from(0.0);
    for n in 0..400u32 {
        let term = t.mul(xx).div(Dd::from(f64::from(2 * n + 1)));
        sum = sum.add(term);
        if term.hi.abs() < 1e-36 * sum.hi.abs() {
            break;
        }
        t = t.mul(mx2).div(Dd::from(f64::from(n + 1)));
    }
    sum.mul(TWO_OVER_SQRT_PI)
}

/// exp(y) for a double-double y, returned as (mantissa dd, power of two).
fn exp_dd(y: Dd) -> (Dd, i64) {
    let k = (y.hi / LN2_DD.hi).round();
    let r = y.sub(LN2_DD.mul(Dd::from(k)));
    let mut term = Dd::from(1.0);
    let mut sum = Dd::from(1.0);
    for n in 1..40u32 {
        term = term.mul(r).div(Dd::from(f64::from(n)));
        sum = sum.add(term);
        if term.hi.abs() < 1e-36 {
            break;
        }
    }
    (sum, k as i64)
}

/// erfc(x) for x >= cutoff by continued fraction, as (dd, power of two).
fn erfc_cf(x: f64) -> (Dd, i64) {
    let xx = Dd::from(x);
    let n = (40.0 + 2000.0 / (x * x)) as u32;
    let mut f = xx;
    for k in (1..=n).rev() {
        f = xx.add(Dd::from(f64::from(k) * 0.5).div(f));
    }
    let (e, k) = exp_dd(xx.mul(xx).neg());
    (e.mul(ONE_OVER_SQRT_PI).div(f), k)
}

fn erf_raw(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax.is_infinite() || ax >= 6.0 {
        return 1f64.copysign(x);
    }
    if ax < 3.725_290_298_461_914e-9 {
        if ax < 2.0 * f64::MIN_POSITIVE * 8.0 {
            return 0.125 * (8.0 * x + 1.027_033_336_764_100_7 * x);
        }
        return x + 0.128_379_167_095_512_58 * x;
    }
    let r = if ax < ERF_SERIES_CUTOFF {
        erf_series(ax).hi
    } else {
        let (c, k) = erfc_cf(ax);
        let c = Dd::new(
            ldexp_raw(c.hi, k).unwrap_or(0.0),
            ldexp_raw(c.lo, k).unwrap_or(0.0),
        );
        Dd::from(1.0).sub(c).hi
    };
    r.copysign(x)
}

fn erfc_raw(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return if x > 0.0 { 0.0 } else { 2.0 };
    }
    let ax = x.abs();
    if ax < 1.387_778_780_781_445_7e-17 {
        return 1.0 - x;
    }
    if ax < ERF_SERIES_CUTOFF {
        let e = erf_series(ax);
        let e = if x < 0.0 { e.neg() } else { e };
        return Dd::from(1.0).sub(e).hi;
    }
    if x <= -6.0 {
        return 2.0;
    }
    if x >= 28.0 {
        return 0.0;
    }
    let (c, k) = erfc_cf(ax);
    if x < 0.0 {
        let c = Dd::new(
            ldexp_raw(c.hi, k).unwrap_or(0.0),
            ldexp_raw(c.lo, k).unwrap_or(0.0),
        );
        return Dd::from(2.0).sub(c).hi;
    }
    // Round hi+lo once at the final scale.
    let s = c.hi + c.lo;
    ldexp_raw(s, k).unwrap_or(0.0)
}

/// `math.erf(x)`.
pub fn erf(x: f64) -> NumResult<f64> {
    Ok(erf_raw(x))
}

/// `math.erfc(x)`.
pub fn erfc(x: f64) -> NumResult<f64> {
    Ok(erfc_raw(x))
}
