//! `bytes`: an immutable byte string.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;

pub fn new(data: Vec<u8>) -> Value {
    gc::alloc(Kind::Bytes(data.into_boxed_slice()))
}

pub fn as_bytes(v: Value) -> Option<&'static [u8]> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Bytes(b)) => Some(b),
        _ => None,
    }
}

/// `repr(b)`: `b'...'` with CPython's quote choice and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
