#![allow(clippy::excessive_precision, clippy::approx_constant)]
//! Python 3.11 `float` operator semantics over `f64`.
//!
//! `//`, `%`, `divmod` exactly as CPython's `float_divmod` (including signs of
//! zero results), `**` with all of `float_pow`'s special cases, plus
//! `is_integer`, `as_integer_ratio`, `hex`, `fromhex` and the float -> int
//! conversions `math.trunc/floor/ceil`.

use super::int_ops::{compose_f64, decompose, float_to_int};
use super::{NumError, NumErrorKind, NumResult};
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Zero};

/// `x / y`.
pub fn truediv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(x / y)
}

fn div_mod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y`.
pub fn floordiv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(div_mod_raw(x, y).0)
}

/// `x % y` (result has the sign of `y`).
pub fn modulo(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)`.
pub fn divmod(x: f64, y: f64) -> NumResult<(f64, f64)> {
    if y == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(div_mod_raw(x, y))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats (CPython `float_pow`). A negative base with a
/// non-integer exponent gives `NumErrorKind::Complex` (CPython returns a
/// complex number).
pub fn pow(iv: f64, iw: f64) -> NumResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::new(
                NumErrorKind::Complex,
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `float.as_integer_ratio()`: lowest terms, positive denominator.
pub fn as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    let (neg, m, e) = decompose(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let tz = m.trailing_zeros();
    let m = m >> tz;
    let e = e + i64::from(tz);
    let mut num = BigInt::from(m);
    if neg {
        num = -num;
    }
    if e >= 0 {
        Ok((num << (e as u64), BigInt::one()))
    } else {
        Ok((num, BigInt::one() << ((-e) as u64)))
    }
}

/// `float.hex()`.
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if be == 0 { (0, -1022) } else { (1, be - 1023) };
    let es = if exp >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{frac:013x}p{es}{}", exp.abs())
}

fn is_py_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn parse_inf_nan(s: &[u8]) -> Option<(f64, usize)> {
    let lower: Vec<u8> = s.iter().map(|c| c.to_ascii_lowercase()).collect();
    if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    }
}

/// `float.fromhex(s)`.
pub fn fromhex(s: &str) -> NumResult<f64> {
    let invalid = || NumError::value("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let mut i = 0;
    let mut end = b.len();
    while i < end && is_py_space(b[i]) {
        i += 1;
    }
    while end > i && is_py_space(b[end - 1]) {
        end -= 1;
    }
    let b = &b[i..end];
    let mut p = 0;
    let mut neg = false;
    if let Some(&c) = b.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            p = 1;
        }
    }
    if let Some((v, n)) = parse_inf_nan(&b[p..]) {
        if p + n != b.len() {
            return Err(invalid());
        }
        return Ok(if neg { -v } else { v });
    }
    if b.len() >= p + 2 && b[p] == b'0' && (b[p + 1] == b'x' || b[p + 1] == b'X') {
        p += 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut ndigits = 0u64;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while p < b.len() {
        let c = b[p];
        if c.is_ascii_hexdigit() {
            if !(digits.is_empty() && c == b'0') {
                digits.push(c);
            }
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        p += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if p < b.len() && (b[p] == b'p' || b[p] == b'P') {
        p += 1;
        let mut eneg = false;
        if p < b.len() && (b[p] == b'-' || b[p] == b'+') {
            eneg = b[p] == b'-';
            p += 1;
        }
        if p >= b.len() || !b[p].is_ascii_digit() {
            return Err(invalid());
        }
        while p < b.len() && b[p].is_ascii_digit() {
            exp = (exp * 10 + i64::from(b[p] - b'0')).min(1 << 50);
            p += 1;
        }
        if eneg {
            exp = -exp;
        }
    }
    if p != b.len() {
        return Err(invalid());
    }
    if digits.is_empty() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let mant = BigUint::parse_bytes(&digits, 16).unwrap_or_default();
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let bl = mant.bits();
    let (m, sh, sticky) = if bl <= 64 {
        (
            num_traits::ToPrimitive::to_u64(&mant).unwrap_or(0),
            0i64,
            false,
        )
    } else {
        let sh = bl - 64;
        let m = num_traits::ToPrimitive::to_u64(&(&mant >> sh)).unwrap_or(0);
        let sticky = mant.trailing_zeros().is_some_and(|tz| tz < sh);
        (m, sh as i64, sticky)
    };
    compose_f64(neg, m, e.saturating_add(sh), sticky)
        .ok_or_else(|| NumError::overflow("hexadecimal value too large to represent as a float"))
}

/// `math.trunc(x)` / `int(x)` for a float.
pub fn trunc(x: f64) -> NumResult<BigInt> {
    float_to_int(x)
}

/// `math.floor(x)` for a float.
pub fn floor(x: f64) -> NumResult<BigInt> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil(x: f64) -> NumResult<BigInt> {
    float_to_int(x.ceil())
}
