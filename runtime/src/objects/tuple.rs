//! `tuple`: an immutable boxed slice of values.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;

pub fn new(items: Vec<Value>) -> Value {
    gc::alloc(Kind::Tuple(items.into_boxed_slice()))
}

pub fn as_slice(v: Value) -> Option<&'static [Value]> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Tuple(t)) => Some(t),
        _ => None,
    }
}
