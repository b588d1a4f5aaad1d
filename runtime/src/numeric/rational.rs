//! Exact rational numbers over `BigInt`, with the semantics of CPython
//! 3.11's `fractions.Fraction`: always in lowest terms with a positive
//! denominator, its string syntax, numeric hash, rounding and
//! `limit_denominator`. `fractions` and `statistics` build on it.

use super::{int_ops, NumError, NumResult};
use crate::hash::{HASH_INF, HASH_MODULUS};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rational {
    pub n: BigInt,
    pub d: BigInt,
}

impl Rational {
    pub fn int(n: BigInt) -> Rational {
        Rational {
            n,
            d: BigInt::one(),
        }
    }

    /// `n/d` in lowest terms; the caller guarantees `d != 0`.
    pub fn new(n: BigInt, d: BigInt) -> Rational {
        let mut g = n.gcd(&d);
        if g.is_zero() {
            g = BigInt::one();
        }
        if d.is_negative() {
            g = -g;
        }
        Rational {
            n: n / &g,
            d: d / &g,
        }
    }

    /// `n/d`, or CPython's `ZeroDivisionError('Fraction(n, 0)')`.
    pub fn checked(n: BigInt, d: BigInt) -> NumResult<Rational> {
        if d.is_zero() {
            return Err(NumError::zero_div(&format!("Fraction({n}, 0)")));
        }
        Ok(Rational::new(n, d))
    }

    /// The exact value of a finite float; CPython's errors otherwise.
    pub fn from_f64(x: f64) -> NumResult<Rational> {
        let (n, d) = super::float_ops::as_integer_ratio(x)?;
        Ok(Rational { n, d })
    }

    pub fn is_zero(&self) -> bool {
        self.n.is_zero()
    }

    pub fn add(&self, o: &Rational) -> Rational {
        self.add_signed(o, false)
    }

    pub fn sub(&self, o: &Rational) -> Rational {
        self.add_signed(o, true)
    }

    /// `self ± o` in lowest terms with small gcds only (Knuth 4.5.1, as
    /// CPython's fractions does): the result needs no full reduction.
    fn add_signed(&self, o: &Rational, minus: bool) -> Rational {
        let nb = if minus { -&o.n } else { o.n.clone() };
        let g = self.d.gcd(&o.d);
        if g.is_one() {
            return Rational {
                n: &self.n * &o.d + &self.d * nb,
                d: &self.d * &o.d,
            };
        }
        let s = &self.d / &g;
        let t = &self.n * (&o.d / &g) + nb * &s;
        let g2 = t.gcd(&g);
        if g2.is_one() {
            return Rational { n: t, d: s * &o.d };
        }
        if t.is_zero() {
            return Rational::int(BigInt::zero());
        }
        Rational {
            n: t / &g2,
            d: s * (&o.d / &g2),
        }
    }

    pub fn mul(&self, o: &Rational) -> Rational {
        let g1 = self.n.gcd(&o.d);
        let g2 = o.n.gcd(&self.d);
        let (na, db) = if g1 > BigInt::one() {
            (&self.n / &g1, &o.d / &g1)
        } else {
            (self.n.clone(), o.d.clone())
        };
        let (nb, da) = if g2 > BigInt::one() {
            (&o.n / &g2, &self.d / &g2)
        } else {
            (o.n.clone(), self.d.clone())
        };
        if na.is_zero() || nb.is_zero() {
            return Rational::int(BigInt::zero());
        }
        Rational {
            n: na * nb,
            d: db * da,
        }
    }

    /// `self / o`; a zero divisor gives the message CPython's reduction
    /// steps produce (`Fraction(sign of self, 0)`).
    pub fn div(&self, o: &Rational) -> NumResult<Rational> {
        if o.is_zero() {
            let s = match self.n.sign() {
                num_bigint::Sign::Minus => -1,
                num_bigint::Sign::NoSign => 0,
                num_bigint::Sign::Plus => 1,
            };
            return Err(NumError::zero_div(&format!("Fraction({s}, 0)")));
        }
        Ok(Rational::new(&self.n * &o.d, &self.d * &o.n))
    }

    pub fn neg(&self) -> Rational {
        Rational {
            n: -&self.n,
            d: self.d.clone(),
        }
    }

    pub fn abs(&self) -> Rational {
        Rational {
            n: self.n.abs(),
            d: self.d.clone(),
        }
    }

    /// `a // b` as an int.
    pub fn floordiv(&self, o: &Rational) -> NumResult<BigInt> {
        int_ops::floordiv(&(&self.n * &o.d), &(&self.d * &o.n))
    }

    /// `a % b`.
    pub fn modulo(&self, o: &Rational) -> NumResult<Rational> {
        let r = int_ops::modulo(&(&self.n * &o.d), &(&o.n * &self.d))?;
        Ok(Rational::new(r, &self.d * &o.d))
    }

    /// `divmod(a, b)`.
    pub fn divmod(&self, o: &Rational) -> NumResult<(BigInt, Rational)> {
        let (q, r) = int_ops::divmod(&(&self.n * &o.d), &(&self.d * &o.n))?;
        Ok((q, Rational::new(r, &self.d * &o.d)))
    }

    /// `a ** k` for an integer `k`.
    pub fn powi(&self, k: &BigInt) -> NumResult<Rational> {
        let p = |b: &BigInt, e: &BigInt| -> NumResult<BigInt> {
            match int_ops::pow(b, e)? {
                int_ops::IntOrFloat::Int(i) => Ok(i),
                int_ops::IntOrFloat::Float(_) => Err(NumError::memory()),
            }
        };
        if !k.is_negative() {
            return Ok(Rational {
                n: p(&self.n, k)?,
                d: p(&self.d, k)?,
            });
        }
        let e = -k;
        let (n, d) = if self.n.is_negative() {
            (p(&-&self.d, &e)?, p(&-&self.n, &e)?)
        } else {
            (p(&self.d, &e)?, p(&self.n, &e)?)
        };
        if d.is_zero() {
            return Err(NumError::zero_div(&format!("Fraction({n}, 0)")));
        }
        Ok(Rational { n, d })
    }

    pub fn to_f64(&self) -> NumResult<f64> {
        int_ops::truediv(&self.n, &self.d)
    }

    pub fn floor(&self) -> BigInt {
        self.n.div_floor(&self.d)
    }

    pub fn ceil(&self) -> BigInt {
        -((-&self.n).div_floor(&self.d))
    }

    pub fn trunc(&self) -> BigInt {
        if self.n.is_negative() {
            self.ceil()
        } else {
            self.floor()
        }
    }

    /// Nearest integer, ties to even.
    pub fn round_even(&self) -> BigInt {
        let (fl, rem) = self.n.div_mod_floor(&self.d);
        let twice: BigInt = &rem * 2;
        match twice.cmp(&self.d) {
            Ordering::Less => fl,
            Ordering::Greater => fl + 1,
            Ordering::Equal if fl.is_even() => fl,
            Ordering::Equal => fl + 1,
        }
    }

    /// `round(self, ndigits)` as a Rational.
    pub fn round_digits(&self, ndigits: i64) -> NumResult<Rational> {
        let shift = int_ops::pow(&BigInt::from(10), &BigInt::from(ndigits.unsigned_abs()))?;
        let int_ops::IntOrFloat::Int(shift) = shift else {
            return Err(NumError::memory());
        };
        if ndigits > 0 {
            let scaled = self.mul(&Rational::int(shift.clone()));
            Ok(Rational::new(scaled.round_even(), shift))
        } else {
            let scaled = Rational::new(self.n.clone(), &self.d * &shift);
            Ok(Rational::int(scaled.round_even() * shift))
        }
    }

    /// CPython's numeric hash of `n/d`.
    pub fn hash(&self) -> i64 {
        let m = BigInt::from(HASH_MODULUS);
        let dm = self.d.mod_floor(&m);
        let h = if dm.is_zero() {
            HASH_INF as u64
        } else {
            // d**(M-2) is the inverse of d modulo the prime M.
            let dinv = dm.modpow(&(&m - 2), &m);
            let nm = self.n.abs().mod_floor(&m);
            ((nm * dinv).mod_floor(&m)).to_u64().unwrap_or(0)
        };
        let r = if self.n.is_negative() {
            -(h as i64)
        } else {
            h as i64
        };
        crate::hash::fix_minus_one(r)
    }

    /// The closest fraction with denominator at most `max_d` (>= 1).
    pub fn limit_denominator(&self, max_d: &BigInt) -> Rational {
        if &self.d <= max_d {
            return self.clone();
        }
        let (mut p0, mut q0, mut p1, mut q1) =
            (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
        let (mut n, mut d) = (self.n.clone(), self.d.clone());
        loop {
            let a = n.div_floor(&d);
            let q2 = &q0 + &a * &q1;
            if &q2 > max_d {
                break;
            }
            let p2 = &p0 + &a * &p1;
            p0 = std::mem::replace(&mut p1, p2);
            q0 = std::mem::replace(&mut q1, q2);
            let r = &n - &a * &d;
            n = std::mem::replace(&mut d, r);
        }
        let k = (max_d - &q0).div_floor(&q1);
        let bound1 = Rational::new(&p0 + &k * &p1, &q0 + &k * &q1);
        let bound2 = Rational::new(p1, q1);
        if bound2.sub(self).abs().cmp(&bound1.sub(self).abs()) != Ordering::Greater {
            bound2
        } else {
            bound1
        }
    }

    /// `str(fraction)`.
    pub fn to_str(&self) -> String {
        if self.d.is_one() {
            self.n.to_string()
        } else {
            format!("{}/{}", self.n, self.d)
        }
    }
}

impl Ord for Rational {
    fn cmp(&self, o: &Rational) -> Ordering {
        (&self.n * &o.d).cmp(&(&o.n * &self.d))
    }
}

impl PartialOrd for Rational {
    fn partial_cmp(&self, o: &Rational) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Digits with single underscores between them (`\d+(_\d+)*`), from the
/// start of `s`; returns the digits without underscores and the rest.
fn digits(s: &str) -> Option<(String, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out = String::new();
    while i < b.len() {
        if b[i].is_ascii_digit() {
            out.push(b[i] as char);
            i += 1;
        } else if b[i] == b'_' && !out.is_empty() && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    if out.is_empty() {
        None
    } else {
        Some((out, &s[i..]))
    }
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Parses `Fraction(str)` syntax: `[sign] num [/ den]` or a decimal with
/// optional exponent. `Err(None)` is a syntax error (the caller raises
/// "Invalid literal"), `Err(Some(e))` an arithmetic one.
pub fn parse(text: &str) -> Result<Rational, Option<NumError>> {
    let s = text.trim_matches(is_py_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let starts_ok = s.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || (s.starts_with('.') && s.as_bytes().get(1).is_some_and(u8::is_ascii_digit));
    if !starts_ok {
        return Err(None);
    }
    let (num, rest) = digits(s).unwrap_or((String::new(), s));
    let num_v: BigInt = if num.is_empty() {
        BigInt::zero()
    } else {
        num.parse().map_err(|_| None)?
    };
    let mut n = num_v;
    let mut d = BigInt::one();
    if let Some(den) = rest.strip_prefix('/') {
        let (den, rest) = digits(den).ok_or(None)?;
        if !rest.is_empty() {
            return Err(None);
        }
        d = den.parse().map_err(|_| None)?;
    } else {
        let mut rest = rest;
        if let Some(frac) = rest.strip_prefix('.') {
            let (fd, r) = digits(frac).unwrap_or((String::new(), frac));
            if !fd.is_empty() {
                let scale = num_traits::pow(BigInt::from(10), fd.len());
                let f: BigInt = fd.parse().map_err(|_| None)?;
                n = n * &scale + f;
                d *= scale;
            }
            rest = r;
        }
        if let Some(e) = rest.strip_prefix(['e', 'E']) {
            let (eneg, e) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            let (ed, r) = digits(e).ok_or(None)?;
            if !r.is_empty() {
                return Err(None);
            }
            let exp: BigInt = ed.parse().map_err(|_| None)?;
            let p = match int_ops::pow(&BigInt::from(10), &exp).map_err(Some)? {
                int_ops::IntOrFloat::Int(p) => p,
                int_ops::IntOrFloat::Float(_) => return Err(Some(NumError::memory())),
            };
            if eneg {
                d *= p;
            } else {
                n *= p;
            }
        } else if !rest.is_empty() {
            return Err(None);
        }
    }
    if neg {
        n = -n;
    }
    Rational::checked(n, d).map_err(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> Rational {
        Rational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn parses_cpython_syntax() {
        assert_eq!(parse(" -1.5e3 ").ok(), Some(r(-1500, 1)));
        assert_eq!(parse("3/4").ok(), Some(r(3, 4)));
        assert_eq!(parse(".5").ok(), Some(r(1, 2)));
        assert_eq!(parse("1.").ok(), Some(r(1, 1)));
        assert_eq!(parse("1_000/3").ok(), Some(r(1000, 3)));
        assert!(parse("1__0").is_err());
        assert!(parse("3/").is_err());
        assert!(parse("/3").is_err());
        assert!(parse("x").is_err());
        assert!(parse("1/0").is_err());
    }

    #[test]
    fn hashes_like_cpython() {
        // hash(Fraction(1, 3)) and hash(Fraction(-7, 2)) in CPython 3.11.
        assert_eq!(r(1, 3).hash(), 1537228672809129301);
        assert_eq!(r(-7, 2).hash(), -1152921504606846979);
        assert_eq!(r(5, 1).hash(), 5);
    }

    #[test]
    fn limits_denominator() {
        let pi = parse("3.141592653589793").ok().unwrap_or(r(0, 1));
        assert_eq!(pi.limit_denominator(&BigInt::from(10)), r(22, 7));
        assert_eq!(pi.limit_denominator(&BigInt::from(100)), r(311, 99));
    }
}
