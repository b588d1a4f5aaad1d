//! `repr(str)` exactly as CPython 3.11 renders it (quote choice, escapes and
//! printability per `str.isprintable`).

use crate::format::unicode::is_printable;
use std::fmt::Write;

/// CPython's `repr()` of a `str`.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len().saturating_add(2));
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        if c == quote || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c == '\t' {
            out.push_str("\\t");
        } else if c == '\n' {
            out.push_str("\\n");
        } else if c == '\r' {
            out.push_str("\\r");
        } else if cp < 0x20 || cp == 0x7f {
            let _ = write!(out, "\\x{:02x}", cp);
        } else if cp < 0x7f || is_printable(c) {
            out.push(c);
        } else if cp <= 0xff {
            let _ = write!(out, "\\x{:02x}", cp);
        } else if cp <= 0xffff {
            let _ = write!(out, "\\u{:04x}", cp);
        } else {
            let _ = write!(out, "\\U{:08x}", cp);
        }
    }
    out.push(quote);
    out
}

/// Truncate to at most `n` code points (CPython's `%.200R`).
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}
