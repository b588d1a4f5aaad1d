//! Operator dispatch for numbers: picks the small-int fast path or the
//! exact `int_ops`/`float_ops` function for an operator and a pair of
//! operands (ints of any size, floats, bools as ints). Nothing here knows
//! about `Value`; `crate::ops` converts operands in and results out.

use super::int_ops::{self, IntOrFloat};
use super::{float_ops, NumError, NumErrorKind, NumResult};
use crate::protocol::CmpOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};
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

/// "The operator does not apply to these operand types": the caller reports
/// the operand types.
fn not_applicable() -> NumError {
    NumError::new(NumErrorKind::TypeError, "")
}

fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

/// An int (or float) as a float, with CPython's overflow error.
pub fn int_to_float(n: &Num) -> NumResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => int_ops::int_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

fn norm(b: BigInt) -> NumOut {
    match b.to_i64() {
        Some(i) => NumOut::Int(i),
        None => NumOut::Big(b),
    }
}

fn from_int_or_float(r: IntOrFloat) -> NumOut {
    match r {
        IntOrFloat::Int(b) => norm(b),
        IntOrFloat::Float(f) => NumOut::Float(f),
    }
}

fn int_op(op: BinOp, a: &Num, b: &Num) -> NumResult<NumOut> {
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        // Small ints have 48 bits, so these cannot overflow i64 except
        // where checked.
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 => Some(Integer::div_floor(&x, &y)),
            BinOp::Mod if y != 0 => Some(Integer::mod_floor(&x, &y)),
            BinOp::TrueDiv if y != 0 => return Ok(NumOut::Float(x as f64 / y as f64)),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::RShift if y >= 0 => Some(if y >= 63 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            BinOp::LShift if (0..15).contains(&y) => Some(x << y),
            _ => None,
        };
        if let Some(v) = fast {
            return Ok(NumOut::Int(v));
        }
    }
    let (x, y) = (big_of(a), big_of(b));
    Ok(match op {
        BinOp::Add => norm(x + y),
        BinOp::Sub => norm(x - y),
        BinOp::Mul => norm(x * y),
        BinOp::TrueDiv => NumOut::Float(int_ops::truediv(&x, &y)?),
        BinOp::FloorDiv => norm(int_ops::floordiv(&x, &y)?),
        BinOp::Mod => norm(int_ops::modulo(&x, &y)?),
        BinOp::Pow => from_int_or_float(int_ops::pow(&x, &y)?),
        BinOp::LShift => norm(int_ops::lshift(&x, &y)?),
        BinOp::RShift => norm(int_ops::rshift(&x, &y)?),
        BinOp::And => norm(int_ops::and(&x, &y)),
        BinOp::Or => norm(int_ops::or(&x, &y)),
        BinOp::Xor => norm(int_ops::xor(&x, &y)),
        BinOp::MatMul => return Err(not_applicable()),
    })
}

fn float_op(op: BinOp, x: f64, y: f64) -> NumResult<NumOut> {
    Ok(NumOut::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => float_ops::truediv(x, y)?,
        BinOp::FloorDiv => float_ops::floordiv(x, y)?,
        BinOp::Mod => float_ops::modulo(x, y)?,
        // A complex result comes back as `NumErrorKind::Complex`; the
        // caller computes it.
        BinOp::Pow => float_ops::pow(x, y)?,
        _ => return Err(not_applicable()),
    }))
}

fn float_applies(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    )
}

/// `a op b` for two numbers. A `TypeError` with an empty message means the
/// operator does not apply (e.g. `1.0 << 2`); the caller words the error.
pub fn binop(op: BinOp, a: &Num, b: &Num) -> NumResult<NumOut> {
    match (a, b) {
        (Num::Float(x), Num::Float(y)) => float_op(op, *x, *y),
        (Num::Float(x), _) if float_applies(op) => float_op(op, *x, int_to_float(b)?),
        (_, Num::Float(y)) if float_applies(op) => float_op(op, int_to_float(a)?, *y),
        (Num::Float(_), _) | (_, Num::Float(_)) => Err(not_applicable()),
        _ => int_op(op, a, b),
    }
}

/// Three-argument `pow` for ints.
pub fn int_pow_mod(a: &Num, b: &Num, m: &Num) -> NumResult<NumOut> {
    Ok(norm(int_ops::pow_mod(&big_of(a), &big_of(b), &big_of(m))?))
}

/// `divmod(a, b)`.
pub fn divmod(a: &Num, b: &Num) -> NumResult<(NumOut, NumOut)> {
    match (a, b) {
        (Num::Small(_) | Num::Big(_), Num::Small(_) | Num::Big(_)) => {
            let (q, r) = int_ops::divmod(&big_of(a), &big_of(b))?;
            Ok((norm(q), norm(r)))
        }
        _ => {
            let (q, r) = float_ops::divmod(int_to_float(a)?, int_to_float(b)?)?;
            Ok((NumOut::Float(q), NumOut::Float(r)))
        }
    }
}

/// Exact comparison of two numbers (ints of any size against floats).
pub fn compare_nums(op: CmpOp, a: &Num, b: &Num) -> bool {
    let ord = match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        // Small ints have at most 48 bits: exact as doubles.
        (Num::Small(x), Num::Float(y)) => (*x as f64).partial_cmp(y),
        (Num::Float(x), Num::Small(y)) => x.partial_cmp(&(*y as f64)),
        (Num::Big(x), Num::Float(y)) => int_ops::cmp_int_float(x, *y),
        (Num::Float(x), Num::Big(y)) => int_ops::cmp_int_float(y, *x).map(Ordering::reverse),
        _ => Some(big_of(a).cmp(&big_of(b))),
    };
    match ord {
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
        None => op == CmpOp::Ne,
    }
}

/// `hash()` of a number: equal numbers hash equal across int and float.
pub fn hash_num(n: &Num) -> i64 {
    match n {
        Num::Small(i) => crate::hash::hash_i64(*i),
        Num::Big(b) => crate::hash::hash_bigint(b),
        Num::Float(f) => crate::hash::hash_f64(*f, f.to_bits()),
    }
}

/// `int(f)`: truncation, with CPython's errors for infinities and NaN.
pub fn float_to_int(f: f64) -> NumResult<NumOut> {
    if f.abs() < 9.0e15 {
        return Ok(NumOut::Int(f.trunc() as i64));
    }
    Ok(norm(int_ops::float_to_int(f)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(o: NumResult<NumOut>) -> f64 {
        match o {
            Ok(NumOut::Float(f)) => f,
            _ => f64::NAN,
        }
    }

    #[test]
    fn floor_semantics() {
        assert!(matches!(
            binop(BinOp::FloorDiv, &Num::Small(-7), &Num::Small(2)),
            Ok(NumOut::Int(-4))
        ));
        assert!(matches!(
            binop(BinOp::Mod, &Num::Small(-7), &Num::Small(2)),
            Ok(NumOut::Int(1))
        ));
        assert_eq!(
            f(binop(BinOp::Mod, &Num::Float(-7.0), &Num::Float(2.0))),
            1.0
        );
        assert_eq!(
            f(binop(BinOp::FloorDiv, &Num::Float(7.0), &Num::Float(-2.0))),
            -4.0
        );
    }

    #[test]
    fn big_true_division_rounds_correctly() {
        let big: &'static BigInt = Box::leak(Box::new(num_traits::pow(BigInt::from(10), 30)));
        assert_eq!(
            f(binop(BinOp::TrueDiv, &Num::Big(big), &Num::Small(3))),
            1e30 / 3.0
        );
    }

    #[test]
    fn int_float_compare_is_exact() {
        let big: &'static BigInt = Box::leak(Box::new((BigInt::from(1) << 60u32) + 1));
        assert!(compare_nums(
            CmpOp::Gt,
            &Num::Big(big),
            &Num::Float(2f64.powi(60))
        ));
        assert!(!compare_nums(
            CmpOp::Eq,
            &Num::Float(f64::NAN),
            &Num::Float(f64::NAN)
        ));
    }
}
