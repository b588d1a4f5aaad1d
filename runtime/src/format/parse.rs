//! `int(s, base)` and `float(s)` string parsing with CPython 3.11's accepted
//! syntax (whitespace, signs, underscores, prefixes, Unicode digits) and errors.

use crate::format::error::FmtError;
use crate::format::format::DEFAULT_MAX_STR_DIGITS;
use crate::format::strrepr::{py_str_repr, truncate_chars};
use crate::format::unicode::to_ascii_numeric;
use num_bigint::BigInt;
use num_traits::Zero;

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_ascii_space(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|&c| !is_ascii_space(c))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_space(c))
        .map_or(start, |e| e + 1);
    b.get(start..end).unwrap_or(&[])
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` with the default integer string conversion limit.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    parse_int_with_limit(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// `int(s, base)`; `max_str_digits` as `sys.set_int_max_str_digits` (0 = unlimited).
pub fn parse_int_with_limit(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, FmtError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(FmtError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        FmtError::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            truncate_chars(&py_str_repr(s), 200)
        ))
    };
    let ascii = to_ascii_numeric(s);
    let b = trim_ascii_space(ascii.as_bytes());
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0usize;
    let mut neg = false;
    match at(0) {
        b'+' => i = 1,
        b'-' => {
            neg = true;
            i = 1
        }
        _ => {}
    }
    let mut rbase = base;
    let mut error_if_nonzero = false;
    let c0 = at(i);
    let c1 = at(i + 1).to_ascii_lowercase();
    if rbase == 0 {
        rbase = if c0 != b'0' {
            10
        } else {
            match c1 {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if c0 == b'0'
        && ((rbase == 16 && c1 == b'x') || (rbase == 8 && c1 == b'o') || (rbase == 2 && c1 == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    // Scan digits and single underscores.
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < b.len() {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(c) < rbase {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    if !rbase.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(FmtError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits,
            digits.len()
        )));
    }
    if i != b.len() {
        return Err(invalid());
    }
    let mag = BigInt::parse_bytes(&digits, rbase).ok_or_else(invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(if neg { -mag } else { mag })
}

/// `float(s)` for a str argument.
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    let invalid = || {
        FmtError::value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let ascii = to_ascii_numeric(s);
    let b = trim_ascii_space(ascii.as_bytes());
    // Underscores are allowed only between two digits.
    let mut clean: Vec<u8> = Vec::with_capacity(b.len());
    for (k, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = k
                .checked_sub(1)
                .and_then(|j| b.get(j))
                .is_some_and(u8::is_ascii_digit);
            let after = b.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return Err(invalid());
            }
        } else {
            clean.push(c);
        }
    }
    let (neg, body) = match clean.first() {
        Some(b'-') => (true, clean.get(1..).unwrap_or(&[])),
        Some(b'+') => (false, clean.get(1..).unwrap_or(&[])),
        _ => (false, &clean[..]),
    };
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    let special = match &lower[..] {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    // Validate: digits [. digits] [e [sign] digits], at least one mantissa digit.
    let mut k = 0usize;
    let count_digits = |k: &mut usize| {
        let st = *k;
        while body.get(*k).is_some_and(u8::is_ascii_digit) {
            *k += 1;
        }
        *k - st
    };
    let mut nd = count_digits(&mut k);
    if body.get(k) == Some(&b'.') {
        k += 1;
        nd += count_digits(&mut k);
    }
    if nd == 0 {
        return Err(invalid());
    }
    if matches!(body.get(k), Some(b'e' | b'E')) {
        k += 1;
        if matches!(body.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        if count_digits(&mut k) == 0 {
            return Err(invalid());
        }
    }
    if k != body.len() {
        return Err(invalid());
    }
    let text = std::str::from_utf8(body).map_err(|_| invalid())?;
    let v: f64 = text.parse().map_err(|_| invalid())?;
    Ok(if neg { -v } else { v })
}
