//! `round(x)` and `round(x, ndigits)` for floats, exactly as CPython 3.11
//! (correct rounding half-even on the exact binary value).

use crate::format::error::FmtError;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, Zero};

/// `round(x)` (value part): nearest integer, ties to even. The caller converts
/// to int (and raises for inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// Decompose a finite double into (mantissa, exponent) with |x| = m * 2**e.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1u32);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= e.unsigned_abs() as usize;
    }
    if ndigits >= 0 {
        num *= Pow::pow(&ten, ndigits.unsigned_abs());
    } else {
        den *= Pow::pow(&ten, ndigits.unsigned_abs());
    }
    let (q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    if q.is_zero() {
        return Ok(0.0_f64.copysign(x));
    }
    let text = format!("{}e{}", q, -ndigits);
    let v: f64 = text.parse().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    debug_assert!(!q.is_negative());
    Ok(if x.is_sign_negative() { -v } else { v })
}
