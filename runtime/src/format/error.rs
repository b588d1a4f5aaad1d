//! Error type shared by all formatting/parsing functions: the Python exception
//! class to raise and CPython's exact message text.

use std::fmt;

/// Which Python exception the runtime should raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    OverflowError,
    TypeError,
    MemoryError,
}

/// A Python-level error: exception kind plus CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrKind,
    pub msg: String,
}

impl FmtError {
    pub fn value(msg: impl Into<String>) -> Self {
        FmtError {
            kind: ErrKind::ValueError,
            msg: msg.into(),
        }
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        FmtError {
            kind: ErrKind::OverflowError,
            msg: msg.into(),
        }
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        FmtError {
            kind: ErrKind::TypeError,
            msg: msg.into(),
        }
    }
    pub fn memory() -> Self {
        FmtError {
            kind: ErrKind::MemoryError,
            msg: String::new(),
        }
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FmtError {}
