#![allow(clippy::excessive_precision, clippy::approx_constant)]
//! Python 3.11 `int` operator semantics over `num_bigint::BigInt`.
//!
//! Floor division/modulo, correctly rounded true division and int->float
//! conversion, `pow` (including 3-argument modular pow with negative
//! exponents), shifts, two's-complement bitwise operators, exact int/float
//! comparison, `round(int, n)`, `to_bytes`/`from_bytes`, and the integer
//! functions of `math` (`isqrt`, `gcd`, `lcm`, `factorial`, `comb`, `perm`).
//!
//! Size bounds: CPython would attempt arbitrarily large computations and run
//! out of memory (or run for hours). Here results whose bit length would
//! exceed [`MAX_RESULT_BITS`] (linear-time operations such as shifts and
//! `to_bytes`) or [`MAX_COMPUTE_BITS`] (super-linear work: `pow`, `factorial`,
//! `comb`, `perm`) give `MemoryError` with an empty message instead.
//!
//! The `*_i64` functions are fast paths: `None` (or `Ok(None)`) means the
//! result does not fit an `i64` and the caller must retry with `BigInt`.

use super::{float_ops, NumError, NumResult};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Largest bit length produced by linear-time operations (shifts, to_bytes).
pub const MAX_RESULT_BITS: u64 = 1 << 32;
/// Largest bit length produced by super-linear operations (pow, factorial,
/// comb, perm; for comb the bound applies to the intermediate falling product).
pub const MAX_COMPUTE_BITS: u64 = 1 << 25;

const ZERO_DIV_INT: &str = "integer division or modulo by zero";
const ZERO_MOD_INT: &str = "integer modulo by zero";

/// An `int` or a `float` result (e.g. `int ** negative int` is a float).
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrFloat {
    Int(BigInt),
    Float(f64),
}

/// Byte order for `int.to_bytes` / `int.from_bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    Big,
    Little,
}

// ---------------------------------------------------------------------------
// i64 fast paths
// ---------------------------------------------------------------------------

/// `a + b`, `None` on i64 overflow.
pub fn add_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b`, `None` on i64 overflow.
pub fn sub_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b`, `None` on i64 overflow.
pub fn mul_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `-a`, `None` on i64 overflow.
pub fn neg_i64(a: i64) -> Option<i64> {
    a.checked_neg()
}

/// `abs(a)`, `None` on i64 overflow.
pub fn abs_i64(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b` (floor); `Ok(None)` on overflow (`i64::MIN // -1`).
pub fn floordiv_i64(a: i64, b: i64) -> NumResult<Option<i64>> {
    Ok(divmod_i64(a, b)?.map(|(q, _)| q))
}

/// `a % b` (result has the sign of `b`).
pub fn mod_i64(a: i64, b: i64) -> NumResult<i64> {
    if b == 0 {
        return Err(NumError::zero_div(ZERO_MOD_INT));
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(r + b)
    } else {
        Ok(r)
    }
}

/// `divmod(a, b)`; `Ok(None)` on overflow.
pub fn divmod_i64(a: i64, b: i64) -> NumResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(NumError::zero_div(ZERO_DIV_INT));
    }
    let (q, r) = match (a.checked_div(b), a.checked_rem(b)) {
        (Some(q), Some(r)) => (q, r),
        _ => return Ok(None),
    };
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(Some((q - 1, r + b)))
    } else {
        Ok(Some((q, r)))
    }
}

/// `a ** b` for `b >= 0`; `None` if `b < 0` or on overflow.
pub fn pow_i64(a: i64, b: i64) -> Option<i64> {
    let e = u32::try_from(b).ok()?;
    a.checked_pow(e)
}

/// `a << n`; `Err` for negative `n`, `Ok(None)` on overflow.
pub fn lshift_i64(a: i64, n: i64) -> NumResult<Option<i64>> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 63 {
        return Ok(None);
    }
    let r = a << n;
    Ok(if (r >> n) == a { Some(r) } else { None })
}

/// `a >> n` (floor); `Err` for negative `n`.
pub fn rshift_i64(a: i64, n: i64) -> NumResult<i64> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    Ok(if n >= 63 {
        if a < 0 {
            -1
        } else {
            0
        }
    } else {
        a >> n
    })
}

// ---------------------------------------------------------------------------
// Division
// ---------------------------------------------------------------------------

/// `a // b` with floor semantics.
pub fn floordiv(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_div(ZERO_DIV_INT));
    }
    Ok(a.div_floor(b))
}

/// `a % b` (result has the sign of `b`).
pub fn modulo(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_div(ZERO_MOD_INT));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(NumError::zero_div(ZERO_DIV_INT));
    }
    Ok(a.div_mod_floor(b))
}

/// Round `m * 2**e` (plus a positive amount below the last bit of `m` if
/// `sticky`) to the nearest double, ties to even. `None` on overflow.
pub(crate) fn compose_f64(neg: bool, m: u64, e: i64, sticky: bool) -> Option<f64> {
    let signed = |v: f64| if neg { -v } else { v };
    if m == 0 {
        return Some(signed(0.0));
    }
    let e = e.clamp(-(1 << 50), 1 << 50);
    let bl = 64 - i64::from(m.leading_zeros());
    let top = bl + e;
    if top > 1024 {
        return None;
    }
    let mut lsb = (top - 53).max(-1074);
    let drop = lsb - e;
    let mut mant: u64 = if drop <= 0 {
        m << ((-drop) as u32)
    } else if drop > 64 {
        0
    } else {
        let d = drop as u32;
        let mm = u128::from(m);
        let mut q = (mm >> d) as u64;
        let rem = mm & ((1u128 << d) - 1);
        let half = 1u128 << (d - 1);
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
        q
    };
    if mant == 0 {
        return Some(signed(0.0));
    }
    if mant == 1 << 53 {
        mant = 1 << 52;
        lsb += 1;
    }
    let bits = if mant >= 1 << 52 {
        let be = lsb + 1075;
        if be >= 2047 {
            return None;
        }
        ((be as u64) << 52) | (mant & ((1 << 52) - 1))
    } else {
        mant
    };
    Some(signed(f64::from_bits(bits)))
}

/// Top 64 bits of `n`, the shift applied, and whether nonzero bits were cut.
fn top64(n: &BigUint) -> (u64, i64, bool) {
    let bl = n.bits();
    if bl <= 64 {
        return (n.to_u64().unwrap_or(0), 0, false);
    }
    let sh = bl - 64;
    let m = (n >> sh).to_u64().unwrap_or(0);
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < sh);
    (m, sh as i64, sticky)
}

/// `float(n)`, correctly rounded; OverflowError "int too large to convert to float".
pub fn int_to_f64(n: &BigInt) -> NumResult<f64> {
    let (m, e, sticky) = top64(n.magnitude());
    compose_f64(n.sign() == Sign::Minus, m, e, sticky)
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))
}

/// `n` as (m, e) with `n ~= m * 2**e`, `0.5 <= m < 1` correctly rounded
/// (CPython's `_PyLong_Frexp`), for positive `n` of any size.
pub(crate) fn frexp_big(n: &BigUint) -> (f64, i64) {
    let bl = n.bits() as i64;
    let (m, e, sticky) = top64(n);
    // value = m * 2**e; scale so that it is m * 2**(e - bl) in [0.5, 1).
    match compose_f64(false, m, e - bl, sticky) {
        Some(f) if f >= 1.0 => (0.5, bl + 1),
        Some(f) => (f, bl),
        None => (0.5, bl + 1),
    }
}

/// `a / b`, correctly rounded like CPython's `long_true_divide`.
pub fn truediv(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_div("division by zero"));
    }
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if a.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let too_large = || NumError::overflow("integer division result too large for a float");
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let (na, nb) = (ma.bits() as i64, mb.bits() as i64);
    if na <= 53 && nb <= 53 {
        let q = ma.to_u64().unwrap_or(0) as f64 / mb.to_u64().unwrap_or(1) as f64;
        return Ok(if neg { -q } else { q });
    }
    let diff = na - nb;
    if diff > 1026 {
        return Err(too_large());
    }
    if diff < -1080 {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let shift = diff - 55;
    let (q, r) = if shift >= 0 {
        ma.div_rem(&(mb << (shift as u64)))
    } else {
        (ma << ((-shift) as u64)).div_rem(mb)
    };
    let m = q.to_u64().unwrap_or(u64::MAX);
    compose_f64(neg, m, shift, !r.is_zero()).ok_or_else(too_large)
}

// ---------------------------------------------------------------------------
// Power
// ---------------------------------------------------------------------------

/// `a ** b`. A negative exponent converts both to float (CPython semantics).
pub fn pow(a: &BigInt, b: &BigInt) -> NumResult<IntOrFloat> {
    if b.is_negative() {
        let x = int_to_f64(a)?;
        let y = int_to_f64(b)?;
        return float_ops::pow(x, y).map(IntOrFloat::Float);
    }
    pow_nonneg(a, b).map(IntOrFloat::Int)
}

fn pow_nonneg(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Ok(BigInt::one());
    }
    let mag = a.magnitude();
    if mag.is_zero() || mag.is_one() {
        let neg = a.is_negative() && b.is_odd();
        return Ok(if mag.is_zero() {
            BigInt::zero()
        } else if neg {
            -BigInt::one()
        } else {
            BigInt::one()
        });
    }
    let e = b.to_u64().ok_or_else(NumError::memory)?;
    let neg = a.is_negative() && e & 1 == 1;
    // Exact power of two: a shift.
    if let Some(tz) = mag.trailing_zeros() {
        if mag.bits() == tz + 1 {
            let bits = tz.checked_mul(e).ok_or_else(NumError::memory)?;
            if bits >= MAX_RESULT_BITS {
                return Err(NumError::memory());
            }
            let r = BigInt::from(BigUint::one() << bits);
            return Ok(if neg { -r } else { r });
        }
    }
    let lower = (mag.bits() - 1).saturating_mul(e);
    if lower > MAX_COMPUTE_BITS {
        return Err(NumError::memory());
    }
    Ok(Pow::pow(a, e))
}

fn modinv(a: &BigInt, m: &BigInt) -> NumResult<BigInt> {
    let a = a.mod_floor(m);
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return Err(NumError::value(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(g.x.mod_floor(m))
}

/// `pow(a, b, m)` (3-argument form, negative `b` via modular inverse).
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> NumResult<BigInt> {
    if m.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = m.is_negative();
    let m = m.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let (base, exp) = if b.is_negative() {
        (modinv(a, &m)?, -b)
    } else {
        (a.mod_floor(&m), b.clone())
    };
    let r = BigInt::from(base.magnitude().modpow(exp.magnitude(), m.magnitude()));
    Ok(if negative_output && !r.is_zero() {
        r - m
    } else {
        r
    })
}

// ---------------------------------------------------------------------------
// Shifts and bitwise
// ---------------------------------------------------------------------------

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let s = n.to_u64().ok_or_else(NumError::memory)?;
    if s.saturating_add(a.bits()) > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    Ok(a << s)
}

/// `a >> n` (floor, i.e. arithmetic shift).
pub fn rshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    match n.to_u64() {
        Some(s) if s < a.bits() => Ok(a >> s),
        _ => Ok(if a.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `a & b` (two's complement semantics for negatives).
pub fn and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b`.
pub fn or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b`.
pub fn xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a == -(a + 1)`.
pub fn invert(a: &BigInt) -> BigInt {
    -(a + 1u32)
}

/// `-a`.
pub fn neg(a: &BigInt) -> BigInt {
    -a
}

/// `abs(a)`.
pub fn abs(a: &BigInt) -> BigInt {
    a.abs()
}

/// `int.bit_length()`.
pub fn bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()` (popcount of `abs(a)`).
pub fn bit_count(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

// ---------------------------------------------------------------------------
// float <-> int
// ---------------------------------------------------------------------------

/// Decompose a finite double into (negative, mantissa, exponent) with
/// `|x| == mantissa * 2**exponent`.
pub(crate) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if be == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1 << 52), be - 1075)
    }
}

/// `int(x)`: truncation toward zero.
pub fn float_to_int(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.223_372_036_854_775_808e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (neg, m, e) = decompose(t);
    let mag = BigInt::from(m) << (e.max(0) as u64);
    Ok(if neg { -mag } else { mag })
}

/// Exact comparison of an int with a float; `None` if `f` is NaN.
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = float_to_int(f).ok()?;
    match i.cmp(&t) {
        Ordering::Equal => {
            let frac = f - f.trunc();
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// `i == f` (exact).
pub fn eq_int_float(i: &BigInt, f: f64) -> bool {
    cmp_int_float(i, f) == Some(Ordering::Equal)
}

// ---------------------------------------------------------------------------
// round, to_bytes, from_bytes
// ---------------------------------------------------------------------------

/// `round(n, ndigits)`: identity for `ndigits >= 0`, else round half to even
/// to a multiple of `10**-ndigits`.
pub fn round_int(n: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() || n.is_zero() {
        return n.clone();
    }
    // |n| < 10**(k-1) <= 10**k / 2 rounds to zero.
    let max_digits = n.bits() * 30103 / 100000 + 2;
    let k = match (-ndigits).to_u64() {
        Some(k) if k <= max_digits => k,
        _ => return BigInt::zero(),
    };
    let m = BigInt::from(10u32).pow(k);
    let (mut q, r) = n.div_mod_floor(&m);
    let twice: BigInt = &r << 1u32;
    match twice.cmp(&m) {
        Ordering::Greater => q += 1u32,
        Ordering::Equal if q.is_odd() => q += 1u32,
        _ => {}
    }
    q * m
}

/// Parse the `byteorder` argument.
pub fn parse_byteorder(s: &str) -> NumResult<ByteOrder> {
    match s {
        "big" => Ok(ByteOrder::Big),
        "little" => Ok(ByteOrder::Little),
        _ => Err(NumError::value(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)`.
pub fn to_bytes(n: &BigInt, length: i64, order: ByteOrder, signed: bool) -> NumResult<Vec<u8>> {
    if length < 0 {
        return Err(NumError::value("length argument must be non-negative"));
    }
    if !signed && n.is_negative() {
        return Err(NumError::overflow("can't convert negative int to unsigned"));
    }
    // CPython quirk: (-1).to_bytes(0, ..., signed=True) == b''.
    let minus_one = n.is_negative() && n.magnitude().is_one();
    let needed_bits = if n.is_zero() || (minus_one && length == 0) {
        0
    } else if !signed {
        n.bits()
    } else if n.is_negative() {
        (-n - 1u32).bits() + 1
    } else {
        n.bits() + 1
    };
    let needed = needed_bits.div_ceil(8);
    if needed > length as u64 {
        return Err(NumError::overflow("int too big to convert"));
    }
    if length as u64 > MAX_RESULT_BITS / 8 {
        return Err(NumError::memory());
    }
    let (mut v, fill) = if n.is_negative() {
        (n.to_signed_bytes_le(), 0xffu8)
    } else {
        (n.magnitude().to_bytes_le(), 0u8)
    };
    if n.is_zero() {
        v.clear();
    }
    v.truncate(length as usize);
    v.resize(length as usize, fill);
    if order == ByteOrder::Big {
        v.reverse();
    }
    Ok(v)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn from_bytes(bytes: &[u8], order: ByteOrder, signed: bool) -> BigInt {
    match (order, signed) {
        (ByteOrder::Big, true) => BigInt::from_signed_bytes_be(bytes),
        (ByteOrder::Little, true) => BigInt::from_signed_bytes_le(bytes),
        (ByteOrder::Big, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (ByteOrder::Little, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
    }
}

// ---------------------------------------------------------------------------
// math integer functions
// ---------------------------------------------------------------------------

/// `math.isqrt(n)`.
pub fn isqrt(n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// `math.gcd(*args)` (`gcd()` is 0).
pub fn gcd(args: &[BigInt]) -> BigInt {
    args.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x))
}

/// `math.lcm(*args)` (`lcm()` is 1).
pub fn lcm(args: &[BigInt]) -> BigInt {
    let mut acc = BigInt::one();
    for x in args {
        if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(x);
        acc = (&acc / g * x).abs();
    }
    acc
}

/// Product of `count` consecutive integers starting at `start`.
fn rising_product(start: &BigUint, count: u64) -> BigUint {
    if count == 0 {
        return BigUint::one();
    }
    if count <= 16 {
        let mut p = start.clone();
        for i in 1..count {
            p *= start + i;
        }
        return p;
    }
    let half = count / 2;
    rising_product(start, half) * rising_product(&(start + half), count - half)
}

const LLONG_MAX_MSG: &str = "9223372036854775807";

/// `math.factorial(n)`.
pub fn factorial(n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value(
            "factorial() not defined for negative values",
        ));
    }
    let k = n.to_i64().ok_or_else(|| {
        NumError::overflow(&format!(
            "factorial() argument should not exceed {LLONG_MAX_MSG}"
        ))
    })? as u64;
    if k > 1 {
        // log2(k!) >= k*log2(k) - k*log2(e)
        let kf = k as f64;
        if kf * (kf.log2() - std::f64::consts::LOG2_E) > MAX_COMPUTE_BITS as f64 {
            return Err(NumError::memory());
        }
    }
    Ok(BigInt::from(rising_product(&BigUint::one(), k)))
}

fn check_nonneg_nk(n: &BigInt, k: &BigInt) -> NumResult<()> {
    if n.is_negative() {
        return Err(NumError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(NumError::value("k must be a non-negative integer"));
    }
    Ok(())
}

fn falling_product_bounded(n: &BigInt, k: u64) -> NumResult<BigUint> {
    if k > 1 {
        let nf = n.to_f64().unwrap_or(f64::MAX);
        // each factor >= n - k + 1; bound by k * log2(n - k + 1)
        let low = (nf - k as f64 + 1.0).max(1.0);
        if (k as f64) * low.log2() > MAX_COMPUTE_BITS as f64 {
            return Err(NumError::memory());
        }
    }
    let start = n.magnitude() - BigUint::from(k) + 1u32;
    Ok(rising_product(&start, k))
}

/// `math.comb(n, k)`.
pub fn comb(n: &BigInt, k: &BigInt) -> NumResult<BigInt> {
    check_nonneg_nk(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let nk = n - k;
    let kk = if &nk < k { nk } else { k.clone() };
    let kk = kk.to_i64().ok_or_else(|| {
        NumError::overflow(&format!("min(n - k, k) must not exceed {LLONG_MAX_MSG}"))
    })? as u64;
    let num = falling_product_bounded(n, kk)?;
    let den = rising_product(&BigUint::one(), kk);
    Ok(BigInt::from(num / den))
}

/// `math.perm(n, k)`; `k = None` means `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> NumResult<BigInt> {
    let k = match k {
        None => return factorial(n),
        Some(k) => k,
    };
    check_nonneg_nk(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let kk = k
        .to_i64()
        .ok_or_else(|| NumError::overflow(&format!("k must not exceed {LLONG_MAX_MSG}")))?
        as u64;
    Ok(BigInt::from(falling_product_bounded(n, kk)?))
}
