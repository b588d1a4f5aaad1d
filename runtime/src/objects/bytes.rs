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
