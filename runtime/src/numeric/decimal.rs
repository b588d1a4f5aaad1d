//! Decimal floating point with the General Decimal Arithmetic rules that
//! CPython's `decimal` follows: a sign, an integer coefficient and a power
//! of ten, results rounded to a context's precision with its rounding
//! mode, the spec's ideal exponents (`1.10 + 2.2 == 3.30`) and its
//! scientific string form. Conditions the default context traps
//! (invalid operation, division by zero, overflow) are returned as errors.

use super::rational::Rational;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    Up05,
}

pub const ROUNDINGS: &[(Rounding, &str)] = &[
    (Rounding::Ceiling, "ROUND_CEILING"),
    (Rounding::Floor, "ROUND_FLOOR"),
    (Rounding::Up, "ROUND_UP"),
    (Rounding::Down, "ROUND_DOWN"),
    (Rounding::HalfUp, "ROUND_HALF_UP"),
    (Rounding::HalfDown, "ROUND_HALF_DOWN"),
    (Rounding::HalfEven, "ROUND_HALF_EVEN"),
    (Rounding::Up05, "ROUND_05UP"),
];

impl Rounding {
    pub fn name(self) -> &'static str {
        ROUNDINGS
            .iter()
            .find(|(r, _)| *r == self)
            .map_or("ROUND_HALF_EVEN", |(_, n)| n)
    }

    pub fn from_name(s: &str) -> Option<Rounding> {
        ROUNDINGS.iter().find(|(_, n)| *n == s).map(|(r, _)| *r)
    }
}

/// The arithmetic context: precision, rounding and exponent limits.
#[derive(Clone, Copy, Debug)]
pub struct Ctx {
    pub prec: i64,
    pub rounding: Rounding,
    pub emax: i64,
    pub emin: i64,
    pub capitals: bool,
}

impl Default for Ctx {
    fn default() -> Ctx {
        Ctx {
            prec: 28,
            rounding: Rounding::HalfEven,
            emax: 999_999,
            emin: -999_999,
            capitals: true,
        }
    }
}

/// A trapped condition: the exception class to raise and the condition
/// named in its message (`[<class 'decimal.DivisionUndefined'>]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// InvalidOperation, with the condition's class name.
    Invalid(&'static str),
    DivisionByZero,
    Overflow,
}

pub type DResult<T = Dec> = Result<T, Signal>;

fn invalid() -> Signal {
    Signal::Invalid("InvalidOperation")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Form {
    Finite,
    Inf,
    /// Quiet NaN with its diagnostic payload digits ("" for none).
    NaN(String),
    SNaN(String),
}

#[derive(Clone, Debug)]
pub struct Dec {
    pub neg: bool,
    /// Non-negative coefficient (0 for specials).
    pub coef: BigInt,
    pub exp: i64,
    pub form: Form,
}

pub fn pow10(k: u64) -> BigInt {
    num_traits::pow(BigInt::from(10), k as usize)
}

/// Number of decimal digits of a non-negative integer (1 for zero).
pub fn ndigits(c: &BigInt) -> i64 {
    if c.is_zero() {
        return 1;
    }
    // Estimate from the bit length, then correct.
    let est = ((c.bits() as f64 - 1.0) * std::f64::consts::LOG10_2).floor() as i64 + 1;
    let mut d = est.max(1);
    while pow10(d as u64) <= *c {
        d += 1;
    }
    while d > 1 && pow10((d - 1) as u64) > *c {
        d -= 1;
    }
    d
}

impl Dec {
    pub fn finite(neg: bool, coef: BigInt, exp: i64) -> Dec {
        Dec {
            neg,
            coef,
            exp,
            form: Form::Finite,
        }
    }

    pub fn inf(neg: bool) -> Dec {
        Dec {
            neg,
            coef: BigInt::zero(),
            exp: 0,
            form: Form::Inf,
        }
    }

    pub fn from_int(n: &BigInt) -> Dec {
        Dec::finite(n.is_negative(), n.abs(), 0)
    }

    /// The exact value of a float.
    pub fn from_f64(x: f64) -> Dec {
        if x.is_nan() {
            return Dec {
                neg: x.is_sign_negative(),
                coef: BigInt::zero(),
                exp: 0,
                form: Form::NaN(String::new()),
            };
        }
        if x.is_infinite() {
            return Dec::inf(x < 0.0);
        }
        let neg = x.is_sign_negative();
        let Ok(r) = Rational::from_f64(x.abs()) else {
            return Dec::finite(neg, BigInt::zero(), 0);
        };
        // d is a power of two 2**k: n/2**k == n*5**k / 10**k.
        let k = r.d.bits() - 1;
        let coef = r.n * num_traits::pow(BigInt::from(5), k as usize);
        Dec::finite(neg, coef, -(k as i64))
    }

    pub fn is_finite(&self) -> bool {
        self.form == Form::Finite
    }

    pub fn is_nan(&self) -> bool {
        matches!(self.form, Form::NaN(_) | Form::SNaN(_))
    }

    pub fn is_zero(&self) -> bool {
        self.is_finite() && self.coef.is_zero()
    }

    /// The exponent of the most significant digit.
    pub fn adjusted(&self) -> i64 {
        if !self.is_finite() {
            return 0;
        }
        self.exp + ndigits(&self.coef) - 1
    }

    /// The exact value (finite only).
    pub fn to_rational(&self) -> Rational {
        let n = if self.neg {
            -self.coef.clone()
        } else {
            self.coef.clone()
        };
        if self.exp >= 0 {
            Rational::int(n * pow10(self.exp as u64))
        } else {
            Rational::new(n, pow10((-self.exp) as u64))
        }
    }

    /// `str(d)` (to-scientific-string).
    pub fn to_sci(&self, capitals: bool) -> String {
        let sign = if self.neg { "-" } else { "" };
        match &self.form {
            Form::Inf => return format!("{sign}Infinity"),
            Form::NaN(p) => return format!("{sign}NaN{p}"),
            Form::SNaN(p) => return format!("{sign}sNaN{p}"),
            Form::Finite => {}
        }
        let c = self.coef.to_string();
        let len = c.len() as i64;
        let left = self.exp + len;
        let dot = if self.exp <= 0 && left > -6 { left } else { 1 };
        let (int_part, frac) = if dot <= 0 {
            (
                "0".to_string(),
                format!(".{}{c}", "0".repeat((-dot) as usize)),
            )
        } else if dot >= len {
            (
                format!("{c}{}", "0".repeat((dot - len) as usize)),
                String::new(),
            )
        } else {
            (
                c[..dot as usize].to_string(),
                format!(".{}", &c[dot as usize..]),
            )
        };
        let e = if left == dot {
            String::new()
        } else {
            format!("{}{:+}", if capitals { "E" } else { "e" }, left - dot)
        };
        format!("{sign}{int_part}{frac}{e}")
    }

    /// Rounds to the context (precision, then the exponent limits).
    pub fn fix(self, ctx: &Ctx) -> DResult {
        if !self.is_finite() {
            return Ok(self);
        }
        let mut d = self;
        let etiny = ctx.emin - ctx.prec + 1;
        if d.coef.is_zero() {
            d.exp = d.exp.clamp(etiny, ctx.emax);
            return Ok(d);
        }
        if d.adjusted() < ctx.emin {
            // Subnormal: no digit below Etiny survives.
            if d.exp < etiny {
                d = d.rescale(etiny, ctx.rounding);
            }
            return Ok(d);
        }
        let len = ndigits(&d.coef);
        if len > ctx.prec {
            let drop = (len - ctx.prec) as u64;
            let (c, _) = round_coef(&d.coef, drop, ctx.rounding, d.neg);
            d.exp += drop as i64;
            d.coef = c;
            if ndigits(&d.coef) > ctx.prec {
                d.coef /= 10;
                d.exp += 1;
            }
        }
        if d.adjusted() > ctx.emax {
            return Err(Signal::Overflow);
        }
        Ok(d)
    }

    /// CPython's numeric hash of a finite value, computed modulo the
    /// hash prime without building the value.
    pub fn hash_finite(&self) -> i64 {
        let m = BigInt::from(crate::hash::HASH_MODULUS);
        let ten = BigInt::from(10);
        let scale = if self.exp >= 0 {
            ten.modpow(&BigInt::from(self.exp), &m)
        } else {
            // 10**(M-2) is the inverse of 10 modulo the prime M.
            let inv = ten.modpow(&(&m - 2), &m);
            inv.modpow(&BigInt::from(-self.exp), &m)
        };
        let h = (&self.coef % &m * scale % &m).to_i64().unwrap_or(0);
        crate::hash::fix_minus_one(if self.neg { -h } else { h })
    }

    /// The value with exponent `exp`, rounding with `mode` (no precision
    /// limit): `_rescale`.
    pub fn rescale(&self, exp: i64, mode: Rounding) -> Dec {
        if self.exp >= exp {
            let c = &self.coef * pow10((self.exp - exp) as u64);
            return Dec::finite(self.neg, c, exp);
        }
        let drop = (exp - self.exp) as u64;
        let (c, _) = round_coef(&self.coef, drop, mode, self.neg);
        Dec::finite(self.neg, c, exp)
    }

    pub fn neg(&self) -> Dec {
        let mut d = self.clone();
        d.neg = !d.neg;
        d
    }

    pub fn abs(&self) -> Dec {
        let mut d = self.clone();
        d.neg = false;
        d
    }
}

/// Drops `k` low digits of `c`, rounding by `mode`; also says whether any
/// dropped digit was non-zero.
pub fn round_coef(c: &BigInt, k: u64, mode: Rounding, neg: bool) -> (BigInt, bool) {
    if k == 0 {
        return (c.clone(), false);
    }
    // Dropping more digits than `c` has decides nothing more.
    let k = k.min(ndigits(c) as u64 + 1);
    let p = pow10(k);
    let (q, rem) = c.div_rem(&p);
    if rem.is_zero() {
        return (q, false);
    }
    let half = &p / 2;
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::HalfUp => rem >= half,
        Rounding::HalfDown => rem > half,
        Rounding::HalfEven => rem > half || (rem == half && q.is_odd()),
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        Rounding::Up05 => {
            let last = (&q % 10u32).to_u32().unwrap_or(0);
            last == 0 || last == 5
        }
    };
    (if up { q + 1 } else { q }, true)
}

/// The sign of an exact zero result of an addition.
fn zero_sign(a: bool, b: bool, ctx: &Ctx) -> bool {
    if a == b {
        a
    } else {
        ctx.rounding == Rounding::Floor
    }
}

/// NaN operands: the first signaling NaN is an invalid operation; else
/// the first quiet NaN propagates.
fn nan_operand(a: &Dec, b: Option<&Dec>) -> Option<DResult> {
    let ops = [Some(a), b];
    for d in ops.iter().flatten() {
        if matches!(d.form, Form::SNaN(_)) {
            return Some(Err(invalid()));
        }
    }
    for d in ops.iter().flatten() {
        if matches!(d.form, Form::NaN(_)) {
            return Some(Ok((*d).clone()));
        }
    }
    None
}

pub fn add(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, Some(b)) {
        return r;
    }
    match (&a.form, &b.form) {
        (Form::Inf, Form::Inf) if a.neg != b.neg => return Err(invalid()),
        (Form::Inf, _) => return Ok(a.clone()),
        (_, Form::Inf) => return Ok(b.clone()),
        _ => {}
    }
    let (a, b) = (&sticky(a, b, ctx), &sticky(b, a, ctx));
    let exp = a.exp.min(b.exp);
    let sa = signed(a) * pow10((a.exp - exp) as u64);
    let sb = signed(b) * pow10((b.exp - exp) as u64);
    let s = sa + sb;
    let neg = if s.is_zero() {
        zero_sign(a.neg, b.neg, ctx)
    } else {
        s.is_negative()
    };
    Dec::finite(neg, s.abs(), exp).fix(ctx)
}

/// `x` when it can affect the rounded sum `x + other`; else a stand-in
/// far below the rounding position with the same sign, so huge exponent
/// gaps never build huge coefficients.
fn sticky(x: &Dec, other: &Dec, ctx: &Ctx) -> Dec {
    if x.coef.is_zero() || other.coef.is_zero() || x.adjusted() >= other.adjusted() {
        return x.clone();
    }
    let floor = other.exp.min(other.adjusted() - ctx.prec - 1);
    if x.adjusted() < floor - 1 {
        return Dec::finite(x.neg, BigInt::one(), floor - 2);
    }
    x.clone()
}

fn signed(d: &Dec) -> BigInt {
    if d.neg {
        -d.coef.clone()
    } else {
        d.coef.clone()
    }
}

pub fn sub(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, Some(b)) {
        return r;
    }
    add(a, &b.neg(), ctx)
}

pub fn mul(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, Some(b)) {
        return r;
    }
    let neg = a.neg != b.neg;
    if a.form == Form::Inf || b.form == Form::Inf {
        if a.is_zero() || b.is_zero() {
            return Err(invalid());
        }
        return Ok(Dec::inf(neg));
    }
    Dec::finite(neg, &a.coef * &b.coef, a.exp + b.exp).fix(ctx)
}

pub fn div(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, Some(b)) {
        return r;
    }
    let neg = a.neg != b.neg;
    match (&a.form, &b.form) {
        (Form::Inf, Form::Inf) => return Err(invalid()),
        (Form::Inf, _) => return Ok(Dec::inf(neg)),
        (_, Form::Inf) => {
            return Dec::finite(neg, BigInt::zero(), -ctx.emax - ctx.prec + 1).fix(ctx)
        }
        _ => {}
    }
    if b.coef.is_zero() {
        return Err(if a.coef.is_zero() {
            Signal::Invalid("DivisionUndefined")
        } else {
            Signal::DivisionByZero
        });
    }
    let ideal = a.exp - b.exp;
    if a.coef.is_zero() {
        return Dec::finite(neg, BigInt::zero(), ideal).fix(ctx);
    }
    let shift = ndigits(&b.coef) - ndigits(&a.coef) + ctx.prec + 1;
    let mut exp = a.exp - b.exp - shift;
    let (mut q, r) = if shift >= 0 {
        (&a.coef * pow10(shift as u64)).div_rem(&b.coef)
    } else {
        a.coef.div_rem(&(&b.coef * pow10((-shift) as u64)))
    };
    if !r.is_zero() {
        // Inexact: make the last digit non-zero so rounding sees it.
        if (&q % 5u32).is_zero() {
            q += 1;
        }
    } else {
        while exp < ideal && (&q % 10u32).is_zero() {
            q /= 10;
            exp += 1;
        }
    }
    Dec::finite(neg, q, exp).fix(ctx)
}

/// `divmod` by the spec's divide-integer and remainder.
pub fn divmod(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult<(Dec, Dec)> {
    if let Some(r) = nan_operand(a, Some(b)) {
        let r = r?;
        return Ok((r.clone(), r));
    }
    let neg = a.neg != b.neg;
    if a.form == Form::Inf {
        return Err(invalid());
    }
    if b.form == Form::Inf {
        return Ok((Dec::finite(neg, BigInt::zero(), 0), a.clone().fix(ctx)?));
    }
    if b.coef.is_zero() {
        return Err(if a.coef.is_zero() {
            Signal::Invalid("DivisionUndefined")
        } else {
            Signal::DivisionByZero
        });
    }
    let ideal = a.exp.min(b.exp);
    let expdiff = a.adjusted() - b.adjusted();
    if a.coef.is_zero() || expdiff <= -2 {
        let r = a.rescale(ideal, ctx.rounding);
        return Ok((Dec::finite(neg, BigInt::zero(), 0), r.fix(ctx)?));
    }
    if expdiff <= ctx.prec {
        let (x, y) = if a.exp >= b.exp {
            (&a.coef * pow10((a.exp - b.exp) as u64), b.coef.clone())
        } else {
            (a.coef.clone(), &b.coef * pow10((b.exp - a.exp) as u64))
        };
        let (q, r) = x.div_rem(&y);
        if q < pow10(ctx.prec as u64) {
            let rem = Dec::finite(a.neg, r, ideal).fix(ctx)?;
            return Ok((Dec::finite(neg, q, 0), rem));
        }
    }
    Err(Signal::Invalid("DivisionImpossible"))
}

pub fn floordiv(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if b.is_zero() && a.is_finite() && !a.coef.is_zero() {
        return Err(Signal::DivisionByZero);
    }
    if a.form == Form::Inf && b.form != Form::Inf && !b.is_nan() {
        return Ok(Dec::inf(a.neg != b.neg));
    }
    divmod(a, b, ctx).map(|(q, _)| q)
}

pub fn rem(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if b.is_zero() && a.is_finite() && !a.coef.is_zero() {
        return Err(invalid());
    }
    divmod(a, b, ctx).map(|(_, r)| r)
}

/// `a ** n` for an integral `n`.
pub fn powi(a: &Dec, n: &BigInt, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, None) {
        return r;
    }
    let neg = a.neg && n.is_odd();
    if a.form == Form::Inf {
        return Ok(match n.sign() {
            num_bigint::Sign::Minus => Dec::finite(neg, BigInt::zero(), 0),
            num_bigint::Sign::NoSign => Dec::finite(false, BigInt::one(), 0),
            num_bigint::Sign::Plus => Dec::inf(neg),
        });
    }
    if a.coef.is_zero() {
        return match n.sign() {
            num_bigint::Sign::NoSign => Err(invalid()),
            num_bigint::Sign::Minus => Ok(Dec::inf(neg)),
            num_bigint::Sign::Plus => Ok(Dec::finite(neg, BigInt::zero(), 0)),
        };
    }
    let k = n
        .abs()
        .to_u64()
        .filter(|k| *k <= 1 << 20)
        .ok_or(Signal::Overflow)?;
    let exp = a.exp.checked_mul(k as i64).ok_or(Signal::Overflow)?;
    let coef = num_traits::pow(a.coef.clone(), k as usize);
    let p = Dec::finite(neg, coef, exp);
    if n.is_negative() {
        div(&Dec::finite(false, BigInt::one(), 0), &p, ctx)
    } else {
        p.fix(ctx)
    }
}

/// The neighbour of a positive finite value at the context's precision
/// (`next_plus` when `up`, else `next_minus`).
pub fn next_toward(a: &Dec, up: bool, ctx: &Ctx) -> DResult {
    let adj = a.adjusted();
    let ulp_exp = adj - ctx.prec + 1;
    let power_of_ten = {
        let r = a.rescale(a.exp.min(ulp_exp), Rounding::Down);
        r.coef == pow10(r.exp.abs_diff(adj)) && r.exp <= adj
    };
    let e = if !up && power_of_ten {
        ulp_exp - 1
    } else {
        ulp_exp
    };
    let step = Dec::finite(!up, BigInt::one(), e);
    let mut c = *ctx;
    c.rounding = if up {
        Rounding::Ceiling
    } else {
        Rounding::Floor
    };
    add(a, &step, &c)
}

/// `quantize(exp)`.
pub fn quantize(a: &Dec, e: &Dec, mode: Rounding, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, Some(e)) {
        return r;
    }
    if a.form == Form::Inf || e.form == Form::Inf {
        if a.form == Form::Inf && e.form == Form::Inf {
            return Ok(a.clone());
        }
        return Err(invalid());
    }
    if e.exp > ctx.emax || e.exp < ctx.emin - ctx.prec + 1 {
        return Err(invalid());
    }
    if a.coef.is_zero() {
        return Dec::finite(a.neg, BigInt::zero(), e.exp).fix(ctx);
    }
    if a.adjusted() > ctx.emax || a.adjusted() - e.exp + 1 > ctx.prec {
        return Err(invalid());
    }
    let r = a.rescale(e.exp, mode);
    if r.adjusted() > ctx.emax || ndigits(&r.coef) > ctx.prec {
        return Err(invalid());
    }
    r.fix(ctx)
}

/// Square root, correctly rounded (half even) to the precision.
pub fn sqrt(a: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_operand(a, None) {
        return r;
    }
    if a.coef.is_zero() && a.is_finite() {
        return Dec::finite(a.neg, BigInt::zero(), a.exp.div_euclid(2)).fix(ctx);
    }
    if a.neg {
        return Err(invalid());
    }
    if a.form == Form::Inf {
        return Ok(a.clone());
    }
    let prec = ctx.prec + 1;
    let mut e = a.exp.div_euclid(2);
    let len = ndigits(&a.coef);
    let (c, l) = if a.exp.is_odd() {
        (&a.coef * 10, (len >> 1) + 1)
    } else {
        (a.coef.clone(), (len + 1) >> 1)
    };
    let shift = prec - l;
    let (c, mut exact) = if shift >= 0 {
        (c * num_traits::pow(BigInt::from(100), shift as usize), true)
    } else {
        let (q, r) = c.div_rem(&num_traits::pow(BigInt::from(100), (-shift) as usize));
        (q, r.is_zero())
    };
    e -= shift;
    let mut n = c.sqrt();
    exact = exact && &n * &n == c;
    if exact {
        if shift >= 0 {
            n /= pow10(shift as u64);
        } else {
            n *= pow10((-shift) as u64);
        }
        e += shift;
    } else if (&n % 5u32).is_zero() {
        n += 1;
    }
    let mut c2 = *ctx;
    c2.rounding = Rounding::HalfEven;
    Dec::finite(false, n, e).fix(&c2)
}

/// Numeric comparison; `None` when either is a NaN.
pub fn cmp(a: &Dec, b: &Dec) -> Option<Ordering> {
    if a.is_nan() || b.is_nan() {
        return None;
    }
    let key = |d: &Dec| match d.form {
        Form::Inf if d.neg => -1,
        Form::Inf => 1,
        _ => 0,
    };
    let (ka, kb) = (key(a), key(b));
    if ka != 0 || kb != 0 {
        return Some(ka.cmp(&kb));
    }
    let sign = |d: &Dec| {
        if d.coef.is_zero() {
            0
        } else if d.neg {
            -1
        } else {
            1
        }
    };
    let (sa, sb) = (sign(a), sign(b));
    if sa != sb || sa == 0 {
        return Some(sa.cmp(&sb));
    }
    // Same sign, both non-zero: magnitudes by adjusted exponent first.
    let mag = match a.adjusted().cmp(&b.adjusted()) {
        Ordering::Equal => {
            let e = a.exp.min(b.exp);
            let x = &a.coef * pow10((a.exp - e) as u64);
            let y = &b.coef * pow10((b.exp - e) as u64);
            x.cmp(&y)
        }
        o => o,
    };
    Some(if sa < 0 { mag.reverse() } else { mag })
}

/// Parses the decimal string syntax (case-insensitive, surrounding
/// whitespace and digit underscores allowed). `None` is a syntax error.
pub fn parse(text: &str) -> Option<Dec> {
    // CPython's decimal ignores every underscore.
    let s = text.trim().replace('_', "");
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, &s[..]),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Dec::inf(neg));
    }
    for (prefix, snan) in [("snan", true), ("nan", false)] {
        if let Some(p) = lower.strip_prefix(prefix) {
            if !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let p = p.trim_start_matches('0').to_string();
            let form = if snan { Form::SNaN(p) } else { Form::NaN(p) };
            return Some(Dec {
                neg,
                coef: BigInt::zero(),
                exp: 0,
                form,
            });
        }
    }
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (&lower[..], None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    if !ip.bytes().all(|b| b.is_ascii_digit()) || !fp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut e: i64 = 0;
    if let Some(es) = exp {
        let digits = es.strip_prefix(['+', '-']).unwrap_or(es);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v: BigInt = es.parse().ok()?;
        e = v.to_i64().filter(|x| x.abs() <= 999_999_999_999_999_999)?;
    }
    let coef: BigInt = format!("{ip}{fp}").parse().ok()?;
    Some(Dec::finite(neg, coef, e - fp.len() as i64))
}

/// A parsed format specification for `format(Decimal, spec)`.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    no_neg_0: bool,
    alt: bool,
    zeropad: bool,
    width: usize,
    sep: Option<char>,
    precision: Option<i64>,
    ty: Option<char>,
    /// Zero padding from the '0' flag alone (specials pad with spaces).
    padded: bool,
}

fn parse_spec(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let (mut fill, mut align) = (' ', None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = chars[0];
        align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|c| is_align(*c)) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = '-';
    if let Some(&c) = chars.get(i).filter(|c| matches!(c, '+' | '-' | ' ')) {
        sign = c;
        i += 1;
    }
    let no_neg_0 = chars.get(i) == Some(&'z');
    if no_neg_0 {
        i += 1;
    }
    // CPython's decimal accepts neither '#' nor '_'.
    let alt = false;
    let zeropad = chars.get(i) == Some(&'0');
    if zeropad {
        i += 1;
    }
    let mut width = 0usize;
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        width = width.checked_mul(10)?.checked_add(d as usize)?;
        i += 1;
    }
    let mut sep = None;
    if let Some(&c) = chars.get(i).filter(|c| **c == ',') {
        sep = Some(c);
        i += 1;
    }
    let mut precision = None;
    if chars.get(i) == Some(&'.') {
        i += 1;
        let mut p: i64 = 0;
        let start = i;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            p = p.checked_mul(10)?.checked_add(d as i64)?;
            i += 1;
        }
        if i == start {
            return None;
        }
        precision = Some(p);
    }
    let ty = chars.get(i).copied();
    if ty.is_some() {
        i += 1;
    }
    if i != chars.len() || ty.is_some_and(|t| !"eEfFgGn%".contains(t)) {
        return None;
    }
    if ty.is_none_or(|t| "gGn".contains(t)) && precision == Some(0) {
        precision = Some(1);
    }
    let padded = zeropad && align.is_none();
    if padded {
        fill = '0';
        align = Some('=');
    }
    Some(Spec {
        fill,
        align,
        sign,
        no_neg_0,
        alt,
        zeropad,
        width,
        sep,
        precision,
        ty,
        padded,
    })
}

/// Rounds a finite value to `places` significant digits.
fn round_sig(d: &Dec, places: i64, mode: Rounding) -> Dec {
    let r = d.rescale(d.adjusted() + 1 - places, mode);
    if ndigits(&r.coef) > places {
        return d.rescale(r.adjusted() + 1 - places, mode);
    }
    r
}

fn align(sign: &str, body: &str, s: &Spec) -> String {
    let len = sign.chars().count() + body.chars().count();
    let pad: String = std::iter::repeat_n(s.fill, s.width.saturating_sub(len)).collect();
    match s.align.unwrap_or('>') {
        '<' => format!("{sign}{body}{pad}"),
        '=' => format!("{sign}{pad}{body}"),
        '^' => {
            let half = pad.chars().count() / 2;
            let left: String = pad.chars().take(half).collect();
            let right: String = pad.chars().skip(half).collect();
            format!("{left}{sign}{body}{right}")
        }
        _ => format!("{pad}{sign}{body}"),
    }
}

/// Groups the integer digits, zero-padding to `min_width` as CPython does.
fn group(digits: &str, sep: Option<char>, mut min_width: i64) -> String {
    let Some(sep) = sep else {
        let l = (digits.len() as i64).max(min_width).max(1) as usize;
        return format!("{}{digits}", "0".repeat(l - digits.len()));
    };
    let mut digits = digits.to_string();
    let mut groups = Vec::new();
    loop {
        let l = (digits.len() as i64).max(min_width).clamp(1, 3) as usize;
        let take = l.min(digits.len());
        let part = digits.split_off(digits.len() - take);
        groups.push(format!("{}{part}", "0".repeat(l - take)));
        min_width -= l as i64;
        if digits.is_empty() && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// `format(d, spec)`; `None` for an invalid specification.
pub fn format(d: &Dec, spec: &str, ctx: &Ctx) -> Option<String> {
    let mut s = parse_spec(spec)?;
    let sign_str = |neg: bool| -> &'static str {
        match (neg, s.sign) {
            (true, _) => "-",
            (false, '+') => "+",
            (false, ' ') => " ",
            _ => "",
        }
    };
    if !d.is_finite() {
        let mut body = d.abs().to_sci(ctx.capitals);
        if s.ty == Some('%') {
            body.push('%');
        }
        if s.padded {
            s.fill = ' ';
            s.align = Some('>');
        }
        return Some(align(sign_str(d.neg), &body, &s));
    }
    let ty = s.ty.unwrap_or(if ctx.capitals { 'G' } else { 'g' });
    let ty = if ty == 'n' { 'g' } else { ty };
    let mut v = d.clone();
    if ty == '%' {
        v.exp += 2;
    }
    let mode = ctx.rounding;
    if let Some(p) = s
        .precision
        .filter(|_| !v.coef.is_zero() || matches!(ty, 'f' | 'F' | '%'))
    {
        match ty {
            'e' | 'E' => v = round_sig(&v, p + 1, mode),
            'f' | 'F' | '%' => v = v.rescale(-p, mode),
            _ if ndigits(&v.coef) > p => v = round_sig(&v, p, mode),
            _ => {}
        }
    }
    if v.coef.is_zero() && v.exp > 0 && matches!(ty, 'f' | 'F' | '%') {
        v = v.rescale(0, mode);
    }
    let neg = v.neg && !(v.coef.is_zero() && s.no_neg_0);
    let c = v.coef.to_string();
    let len = c.len() as i64;
    let left = v.exp + len;
    let dot = match ty {
        'e' | 'E' if v.coef.is_zero() && s.precision.is_some() => 1 - s.precision.unwrap_or(0),
        'e' | 'E' => 1,
        'f' | 'F' | '%' => left,
        _ if v.exp <= 0 && left > -6 => left,
        _ => 1,
    };
    let (intpart, mut frac) = if dot < 0 {
        (
            "0".to_string(),
            format!("{}{c}", "0".repeat((-dot) as usize)),
        )
    } else if dot > len {
        (
            format!("{c}{}", "0".repeat((dot - len) as usize)),
            String::new(),
        )
    } else {
        let ip = &c[..dot as usize];
        (
            if ip.is_empty() { "0" } else { ip }.to_string(),
            c[dot as usize..].to_string(),
        )
    };
    let exp = left - dot;
    if !frac.is_empty() || s.alt {
        frac.insert(0, '.');
    }
    if exp != 0 || matches!(ty, 'e' | 'E') {
        let echar = if matches!(ty, 'E' | 'G') { 'E' } else { 'e' };
        frac.push_str(&format!("{echar}{exp:+}"));
    }
    if ty == '%' {
        frac.push('%');
    }
    let sign = sign_str(neg);
    let min_width = if s.zeropad {
        s.width as i64 - frac.chars().count() as i64 - sign.len() as i64
    } else {
        0
    };
    let intpart = group(&intpart, s.sep, min_width);
    Some(align(sign, &format!("{intpart}{frac}"), &s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        parse(s).unwrap_or(Dec::inf(false))
    }

    #[test]
    fn strings_round_trip_as_cpython_prints_them() {
        for (inp, out) in [
            ("1.10", "1.10"),
            ("1E+2", "1E+2"),
            ("0.000001", "0.000001"),
            ("0.0000001", "1E-7"),
            ("-0", "-0"),
            ("123.456e3", "123456"),
            ("1e-7", "1E-7"),
            ("  12_3.4  ", "123.4"),
            ("nan", "NaN"),
            ("-sNaN12", "-sNaN12"),
            ("inf", "Infinity"),
            (".5", "0.5"),
            ("5.", "5"),
        ] {
            assert_eq!(d(inp).to_sci(true), out, "{inp}");
        }
        assert!(parse("1..2").is_none());
        assert!(parse("e5").is_none());
        assert!(parse("").is_none());
    }

    #[test]
    fn arithmetic_follows_ideal_exponents() {
        let c = Ctx::default();
        let r = add(&d("1.10"), &d("2.2"), &c).unwrap_or(Dec::inf(true));
        assert_eq!(r.to_sci(true), "3.30");
        let r = div(&d("1"), &d("3"), &c).unwrap_or(Dec::inf(true));
        assert_eq!(r.to_sci(true), "0.3333333333333333333333333333");
        let r = div(&d("1"), &d("100"), &c).unwrap_or(Dec::inf(true));
        assert_eq!(r.to_sci(true), "0.01");
        let r = sqrt(&d("2"), &c).unwrap_or(Dec::inf(true));
        assert_eq!(r.to_sci(true), "1.414213562373095048801688724");
    }
}
