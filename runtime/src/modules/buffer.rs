//! Bytes-like arguments (CPython's buffer protocol) for the binary-data
//! modules: a `bytes` object, or an `array.array`'s storage in machine
//! order. Molt has no `bytearray` or `memoryview`, so these are all.

use crate::exc::{self, PyResult};
use crate::objects::{bytes, str as pystr};
use crate::protocol::type_name;
use crate::value::Value;
use std::borrow::Cow;

/// The bytes of a bytes-like object, if `v` is one.
pub fn bytes_like(v: Value) -> Option<Cow<'static, [u8]>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Some(Cow::Borrowed(b));
    }
    super::array::buffer_bytes(v).map(Cow::Owned)
}

/// The most bytes one result may take before it is refused with
/// `MemoryError` (as the runtime's sequence repetition does).
const MAX_RESULT: usize = 1 << 36;

/// An empty buffer with room for `n` bytes, or `MemoryError`.
pub fn with_capacity(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if n > MAX_RESULT || v.try_reserve_exact(n).is_err() {
        return Err(exc::raise_new("MemoryError", ""));
    }
    crate::gc::account(n);
    Ok(v)
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required`.
pub fn data_arg(v: Value) -> PyResult<Cow<'static, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// A bytes-like or ASCII-only str argument (the `a2b_*` decoders).
pub fn ascii_arg(v: Value) -> PyResult<Cow<'static, [u8]>> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return Err(exc::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    bytes_like(v).ok_or_else(|| {
        exc::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name(v)
        ))
    })
}
