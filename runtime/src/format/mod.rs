//! Molt runtime number/str formatting and parsing, reproducing CPython 3.11:
//! `repr(float)`, `format()` for float/int/str, `int()`/`float()` parsing,
//! printf-style `%` numerics, `round()`, `hex()/oct()/bin()`, `repr(str)`.
//! Pure functions over `f64`, `BigInt` and `&str`; no Python object model.

pub mod dtoa;
pub mod error;
#[allow(clippy::module_inception)]
pub mod format;
pub mod parse;
pub mod percent;
pub mod round;
pub mod spec;
pub mod strrepr;
pub mod unicode;

pub use dtoa::float_repr;
pub use error::{ErrKind, FmtError};
pub use format::{
    format_float, format_int, format_int_with_limit, format_str, int_to_decimal,
    int_to_decimal_with_limit, int_to_f64, int_to_str_radix, DEFAULT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int, parse_int_with_limit};
pub use percent::{
    parse_percent_spec, percent_format_float, percent_format_int, PercentCount, PercentFlags,
    PercentSpec,
};
pub use round::{round_float, round_half_even};
pub use spec::{parse_format_spec, Align, FormatSpec};
pub use strrepr::py_str_repr;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vectors;
