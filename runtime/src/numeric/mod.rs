//! Int and float arithmetic with CPython's semantics (floor division and
//! modulo rounding toward negative infinity, exact int/float comparison,
//! correctly rounded int true division, CPython's error messages), as pure
//! functions over numbers. Small ints take machine-word fast paths and
//! overflow into `BigInt`.
//!
//! Nothing here knows about `Value`; `ops` converts operands in and results
//! out.

use crate::protocol::CmpOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A numeric operand.
pub enum Num {
    Small(i64),
    Big(&'static BigInt),
    Float(f64),
}

/// A numeric result.
pub enum NumOut {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumErrKind {
    ZeroDivision,
    Overflow,
    Value,
    Type,
}

#[derive(Debug)]
pub struct NumError {
    pub kind: NumErrKind,
    pub msg: &'static str,
}

type R = Result<NumOut, NumError>;

fn err(kind: NumErrKind, msg: &'static str) -> NumError {
    NumError { kind, msg }
}

/// Binary operators, in `molt_abi::entry::ops` order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub fn from_code(c: u64) -> Option<BinOp> {
        use BinOp::*;
        Some(match c {
            0 => Add,
            1 => Sub,
            2 => Mul,
            3 => TrueDiv,
            4 => FloorDiv,
            5 => Mod,
            6 => Pow,
            7 => LShift,
            8 => RShift,
            9 => And,
            10 => Or,
            11 => Xor,
            12 => MatMul,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            MatMul => "@",
        }
    }

    pub fn dunder(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "add",
            Sub => "sub",
            Mul => "mul",
            TrueDiv => "truediv",
            FloorDiv => "floordiv",
            Mod => "mod",
            Pow => "pow",
            LShift => "lshift",
            RShift => "rshift",
            And => "and",
            Or => "or",
            Xor => "xor",
            MatMul => "matmul",
        }
    }
}

fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

/// An int as a float, with CPython's overflow error.
pub fn int_to_float(n: &Num) -> Result<f64, NumError> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

/// Correctly rounded (half to even) conversion of a big int.
pub fn big_to_f64(b: &BigInt) -> Result<f64, NumError> {
    let bits = b.bits();
    if bits <= 53 {
        return Ok(b.to_f64().unwrap_or(0.0));
    }
    if bits > 1024 {
        return Err(err(NumErrKind::Overflow, "int too large to convert to float"));
    }
    let mag = b.magnitude();
    let shift = bits - 54;
    let top = (mag >> shift).to_u64().unwrap_or(0);
    let sticky = !(mag & ((num_bigint::BigUint::one() << shift) - 1u32)).is_zero();
    let f = round_54_to_f64(top, sticky, shift as i32);
    if f.is_infinite() {
        return Err(err(NumErrKind::Overflow, "int too large to convert to float"));
    }
    Ok(if b.sign() == Sign::Minus { -f } else { f })
}

/// `top` has 54 significant bits (the last is the rounding bit); `sticky`
/// says whether anything below was non-zero. Returns `top/2 * 2**(exp+1)`
/// rounded half to even.
fn round_54_to_f64(top: u64, sticky: bool, exp: i32) -> f64 {
    let mut m = top >> 1;
    let half = top & 1 == 1;
    if half && (sticky || m & 1 == 1) {
        m += 1;
    }
    (m as f64) * 2f64.powi(exp + 1)
}

fn int_truediv(a: &Num, b: &Num) -> R {
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(err(NumErrKind::ZeroDivision, "division by zero"));
        }
        // Both fit in 53 bits, so each converts exactly and the quotient is
        // correctly rounded.
        return Ok(NumOut::Float(*x as f64 / *y as f64));
    }
    let (x, y) = (big_of(a), big_of(b));
    if y.is_zero() {
        return Err(err(NumErrKind::ZeroDivision, "division by zero"));
    }
    if x.is_zero() {
        let neg = y.is_negative();
        return Ok(NumOut::Float(if neg { -0.0 } else { 0.0 }));
    }
    let neg = x.is_negative() != y.is_negative();
    let (mut n, mut d) = (x.abs(), y.abs());
    // Scale so the quotient has exactly 54 or 55 bits.
    let shift: i64 = 55 - (n.bits() as i64 - d.bits() as i64);
    if shift > 0 {
        n <<= shift as usize;
    } else {
        d <<= (-shift) as usize;
    }
    let (q, r) = n.div_rem(&d);
    let mut qb = q.to_u64().unwrap_or(0);
    let mut sticky = !r.is_zero();
    let mut exp = -shift;
    // Normalise q to 54 bits.
    while qb >= (1 << 54) {
        sticky |= qb & 1 == 1;
        qb >>= 1;
        exp += 1;
    }
    if exp > 1100 {
        return Err(err(
            NumErrKind::Overflow,
            "integer division result too large for a float",
        ));
    }
    let f = if exp < -1200 {
        0.0
    } else {
        round_54_to_f64(qb, sticky, exp as i32)
    };
    if f.is_infinite() {
        return Err(err(
            NumErrKind::Overflow,
            "integer division result too large for a float",
        ));
    }
    Ok(NumOut::Float(if neg { -f } else { f }))
}

fn norm(b: BigInt) -> NumOut {
    match b.to_i64() {
        Some(i) => NumOut::Int(i),
        None => NumOut::Big(b),
    }
}

fn int_op(op: BinOp, a: &Num, b: &Num) -> R {
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 => x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y)),
            BinOp::Mod if y != 0 => x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y)),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::RShift if y >= 0 => Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }),
            BinOp::LShift if (0..16).contains(&y) => Some(x << y),
            _ => None,
        };
        if let Some(v) = fast {
            return Ok(NumOut::Int(v));
        }
    }
    match op {
        BinOp::TrueDiv => return int_truediv(a, b),
        BinOp::Pow => return int_pow(a, b),
        _ => {}
    }
    let (x, y) = (big_of(a), big_of(b));
    Ok(norm(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(err(
                    NumErrKind::ZeroDivision,
                    "integer division or modulo by zero",
                ));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(err(NumErrKind::ZeroDivision, "integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(err(NumErrKind::Value, "negative shift count"));
            }
            if x.is_zero() {
                return Ok(NumOut::Int(0));
            }
            let Some(s) = y.to_usize().filter(|s| *s < (1 << 32)) else {
                return Err(err(NumErrKind::Overflow, "too many digits in integer"));
            };
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(err(NumErrKind::Value, "negative shift count"));
            }
            match y.to_usize() {
                Some(s) if s < x.bits() as usize + 1 => {
                    // Arithmetic shift: floor division by 2**s.
                    x.div_floor(&(BigInt::one() << s))
                }
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        _ => return Err(err(NumErrKind::Type, "")),
    }))
}

fn int_pow(a: &Num, b: &Num) -> R {
    let y = big_of(b);
    if y.is_negative() {
        let x = int_to_float(a)?;
        let yf = int_to_float(b)?;
        return float_op(BinOp::Pow, x, yf);
    }
    let x = big_of(a);
    if x.is_zero() || x.is_one() {
        return Ok(norm(if y.is_zero() { BigInt::one() } else { x }));
    }
    if x == BigInt::from(-1) {
        return Ok(NumOut::Int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(err(NumErrKind::Overflow, "exponent too large"));
    };
    if (x.bits() as u128) * (e as u128) > (1u128 << 34) {
        return Err(err(NumErrKind::Overflow, "exponent too large"));
    }
    Ok(norm(num_traits::pow::Pow::pow(&x, e)))
}

/// Three-argument `pow` for ints.
pub fn int_pow_mod(a: &Num, b: &Num, m: &Num) -> R {
    let (x, y, m) = (big_of(a), big_of(b), big_of(m));
    if m.is_zero() {
        return Err(err(NumErrKind::Value, "pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let base = if y.is_negative() {
        // Modular inverse by the extended Euclidean algorithm.
        let g = x.mod_floor(&mabs).extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return Err(err(NumErrKind::Value, "base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&mabs)
    } else {
        x.mod_floor(&mabs)
    };
    let mut r = base.modpow(&y.abs(), &mabs);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(norm(r))
}

/// CPython's float floor division and modulo (`float_divmod`).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> R {
    if x == 0.0 && y < 0.0 {
        return Err(err(
            NumErrKind::ZeroDivision,
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(err(
            NumErrKind::Value,
            "complex results are not supported by Molt yet",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(err(NumErrKind::Overflow, "(34, 'Numerical result out of range')"));
    }
    Ok(NumOut::Float(r))
}

fn float_op(op: BinOp, x: f64, y: f64) -> R {
    Ok(NumOut::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(err(NumErrKind::ZeroDivision, "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(err(
                    NumErrKind::ZeroDivision,
                    "float floor division by zero",
                ));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(err(NumErrKind::ZeroDivision, "float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return Err(err(NumErrKind::Type, "")),
    }))
}

/// `a op b` for two numbers; `Type` error (empty message) when the operator
/// does not apply (e.g. `1.0 << 2`), so the caller reports the operand types.
pub fn binop(op: BinOp, a: &Num, b: &Num) -> R {
    match (a, b) {
        (Num::Float(x), Num::Float(y)) => float_op(op, *x, *y),
        (Num::Float(x), _) => {
            if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
                return Err(err(NumErrKind::Type, ""));
            }
            float_op(op, *x, int_to_float(b)?)
        }
        (_, Num::Float(y)) => {
            if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
                return Err(err(NumErrKind::Type, ""));
            }
            float_op(op, int_to_float(a)?, *y)
        }
        _ => {
            if op == BinOp::MatMul {
                return Err(err(NumErrKind::Type, ""));
            }
            int_op(op, a, b)
        }
    }
}

/// `divmod(a, b)`.
pub fn divmod(a: &Num, b: &Num) -> Result<(NumOut, NumOut), NumError> {
    match (a, b) {
        (Num::Small(_) | Num::Big(_), Num::Small(_) | Num::Big(_)) => {
            Ok((int_op(BinOp::FloorDiv, a, b)?, int_op(BinOp::Mod, a, b)?))
        }
        _ => {
            let (x, y) = (int_to_float(a)?, int_to_float(b)?);
            if y == 0.0 {
                return Err(err(NumErrKind::ZeroDivision, "float divmod()"));
            }
            let (d, m) = float_divmod(x, y);
            Ok((NumOut::Float(d), NumOut::Float(m)))
        }
    }
}

/// Exact comparison of two numbers (ints of any size against floats).
pub fn compare_nums(op: CmpOp, a: &Num, b: &Num) -> bool {
    let ord = match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Small(x), Num::Float(y)) => (*x as f64).partial_cmp(y),
        (Num::Float(x), Num::Small(y)) => x.partial_cmp(&(*y as f64)),
        (Num::Big(x), Num::Float(y)) => big_float_cmp(x, *y),
        (Num::Float(x), Num::Big(y)) => big_float_cmp(y, *x).map(Ordering::reverse),
        _ => Some(big_of(a).cmp(&big_of(b))),
    };
    match ord {
        Some(o) => op_holds(op, o),
        None => op == CmpOp::Ne,
    }
}

fn op_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

fn big_float_cmp(x: &BigInt, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = y.floor();
    let fb = BigInt::from_f64(fl)?;
    match x.cmp(&fb) {
        Ordering::Equal if fl != y => Some(Ordering::Less),
        o => Some(o),
    }
}

/// `hash()` of a number, equal for equal numbers across int and float.
pub fn hash_num(n: &Num) -> i64 {
    match n {
        Num::Small(i) => crate::hash::hash_i64(*i),
        Num::Big(b) => crate::hash::hash_bigint(b),
        Num::Float(f) => crate::hash::hash_f64(*f, 0),
    }
}

/// A float converted to an int (`int(x)`, truncating), with CPython's
/// errors for infinities and NaN.
pub fn float_to_int(f: f64) -> Result<NumOut, NumError> {
    if f.is_nan() {
        return Err(err(NumErrKind::Value, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(err(
            NumErrKind::Overflow,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(NumOut::Int(t as i64));
    }
    Ok(norm(BigInt::from_f64(t).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(o: R) -> f64 {
        match o {
            Ok(NumOut::Float(f)) => f,
            _ => f64::NAN,
        }
    }

    #[test]
    fn floor_semantics() {
        assert!(matches!(binop(BinOp::FloorDiv, &Num::Small(-7), &Num::Small(2)), Ok(NumOut::Int(-4))));
        assert!(matches!(binop(BinOp::Mod, &Num::Small(-7), &Num::Small(2)), Ok(NumOut::Int(1))));
        assert_eq!(f(binop(BinOp::Mod, &Num::Float(-7.0), &Num::Float(2.0))), 1.0);
        assert_eq!(f(binop(BinOp::FloorDiv, &Num::Float(7.0), &Num::Float(-2.0))), -4.0);
    }

    #[test]
    fn big_true_division_rounds_correctly() {
        let big: &'static BigInt = Box::leak(Box::new(BigInt::from(10).pow(30u32)));
        assert_eq!(f(binop(BinOp::TrueDiv, &Num::Big(big), &Num::Small(3))), 1e30 / 3.0);
        assert_eq!(big_to_f64(big).ok(), Some(1e30));
    }

    #[test]
    fn int_float_compare_is_exact() {
        let big: &'static BigInt = Box::leak(Box::new((BigInt::one() << 60u32) + 1));
        assert!(compare_nums(CmpOp::Gt, &Num::Big(big), &Num::Float(2f64.powi(60))));
        assert!(!compare_nums(CmpOp::Eq, &Num::Float(f64::NAN), &Num::Float(f64::NAN)));
    }
}
