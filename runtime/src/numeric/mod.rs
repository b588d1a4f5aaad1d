//! Exact CPython 3.11 numeric semantics (`int`, `float`, `math`) as pure
//! functions over `num_bigint::BigInt` and `f64`.
//!
//! Errors are reported as [`NumError`] carrying the Python exception kind and
//! CPython's exact message text.

pub mod decimal;
pub mod float_ops;
pub mod int_ops;
pub mod math;
pub mod rational;

use std::fmt;

/// The Python exception class a numeric operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumErrorKind {
    ZeroDivisionError,
    ValueError,
    OverflowError,
    TypeError,
    MemoryError,
    /// Not an exception: CPython would return a `complex` result here
    /// (negative float base raised to a non-integer power). The caller decides.
    Complex,
}

/// A Python exception: its kind and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: NumErrorKind,
    pub msg: String,
}

impl NumError {
    pub fn new(kind: NumErrorKind, msg: impl Into<String>) -> Self {
        NumError {
            kind,
            msg: msg.into(),
        }
    }
    pub fn zero_div(msg: &str) -> Self {
        Self::new(NumErrorKind::ZeroDivisionError, msg)
    }
    pub fn value(msg: &str) -> Self {
        Self::new(NumErrorKind::ValueError, msg)
    }
    pub fn overflow(msg: &str) -> Self {
        Self::new(NumErrorKind::OverflowError, msg)
    }
    /// `MemoryError()` (empty message), used when a result would exceed
    /// [`int_ops::MAX_RESULT_BITS`].
    pub fn memory() -> Self {
        Self::new(NumErrorKind::MemoryError, "")
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for NumError {}

/// Result type for all fallible numeric operations.
pub type NumResult<T> = Result<T, NumError>;

#[cfg(test)]
mod vector_tests;

/// Operator dispatch over `Num` operands (runtime-side glue).
pub mod ops;
pub use ops::*;
