//! Rust-side data of standard-library objects that is not made of Python
//! values: a compiled regular expression, a hash context, an array's
//! storage. It lives in a `Kind::Native` object that a native class's
//! instance keeps in its state (see `modules::native_class::native_instance`),
//! so users only ever see the instance.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;
use std::any::Any;

/// Data a `Kind::Native` object owns. Mutable data uses interior
/// mutability (`RefCell`), as the built-in containers do.
pub trait NativeData: Any {
    /// Calls `f` on every Python value the data refers to (most hold none).
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
    /// Approximate heap bytes owned, for the collector's pacing.
    fn size(&self) -> usize {
        0
    }
}

/// A new collectable object owning `data`.
pub fn new(data: Box<dyn NativeData>) -> Value {
    gc::alloc(Kind::Native(data))
}

/// The data of `v` if it is a native object holding a `T`.
pub fn downcast<T: NativeData>(v: Value) -> Option<&'static T> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Native(d)) => {
            let any: &dyn Any = d.as_ref();
            any.downcast_ref::<T>()
        }
        _ => None,
    }
}
