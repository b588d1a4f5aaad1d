//! `list`: a growable vector of values behind a `RefCell`. Borrows are never
//! held across calls into Python code, so a list mutated by a callback is
//! seen consistently.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;
use std::cell::RefCell;

pub fn new(items: Vec<Value>) -> Value {
    gc::alloc(Kind::List(RefCell::new(items)))
}

pub fn as_list(v: Value) -> Option<&'static RefCell<Vec<Value>>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::List(l)) => Some(l),
        _ => None,
    }
}
