//! The builtins namespace (`molt_load_builtin`), the singletons
//! `NotImplemented` and `Ellipsis`, and the methods of built-in types.
//!
//! - `functions`: `print`, `len`, `sorted`, ... (the namespace's functions);
//! - `construct`: calling a built-in type (`int("12")`, `list(it)`, ...);
//! - `methods`: methods of str, list, dict, set, tuple, bytes, int, float;
//! - `iterators`: advancing the runtime's iterator states, and ranges;
//! - `formatting`: `format()`, f-string fields, `str.format`, `%`.

pub mod bytes_methods;
pub mod complex;
pub mod construct;
pub mod dir;
pub mod formatting;
pub mod functions;
pub mod iterators;
pub mod methods;
mod number_dunders;

use crate::gc;
use crate::object::Kind;
use crate::objects::function::{BuiltinObj, NativeFn};
use crate::objects::types::{self, Ty};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub use iterators::{iter_next, range_eq, range_iter_state, range_len};

thread_local! {
    static SINGLETONS: Cell<(Value, Value)> = const { Cell::new((Value::NONE, Value::NONE)) };
    static NAMESPACE: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
}

/// `(NotImplemented, Ellipsis)`.
pub fn singletons() -> (Value, Value) {
    SINGLETONS.with(|s| s.get())
}

/// A permanent built-in function object.
pub fn native(name: &'static str, f: NativeFn) -> Value {
    gc::alloc_permanent(Kind::Builtin(BuiltinObj {
        name,
        f,
        receiver: Value::NONE,
    }))
}

/// A built-in method bound to `receiver`.
pub fn bound_native(name: &'static str, f: NativeFn, receiver: Value) -> Value {
    gc::alloc(Kind::Builtin(BuiltinObj { name, f, receiver }))
}

/// Creates the singletons and the namespace. Called once at start, after
/// `types::init`.
pub fn init() {
    let ni = gc::alloc_permanent(Kind::NotImplemented);
    let el = gc::alloc_permanent(Kind::Ellipsis);
    SINGLETONS.with(|s| s.set((ni, el)));
    let mut ns: HashMap<&'static str, Value> = HashMap::new();
    for &(name, f) in functions::FUNCTIONS {
        ns.insert(name, native(name, f));
    }
    for (name, ty) in [
        ("object", Ty::Object),
        ("type", Ty::Type),
        ("int", Ty::Int),
        ("bool", Ty::Bool),
        ("float", Ty::Float),
        ("str", Ty::Str),
        ("bytes", Ty::Bytes),
        ("list", Ty::List),
        ("tuple", Ty::Tuple),
        ("dict", Ty::Dict),
        ("set", Ty::Set),
        ("frozenset", Ty::FrozenSet),
        ("range", Ty::Range),
        ("slice", Ty::Slice),
        ("property", Ty::Property),
        ("staticmethod", Ty::StaticMethod),
        ("classmethod", Ty::ClassMethod),
        ("super", Ty::Super),
        ("enumerate", Ty::Enumerate),
        ("zip", Ty::Zip),
        ("map", Ty::Map),
        ("filter", Ty::Filter),
        ("reversed", Ty::Reversed),
    ] {
        ns.insert(name, types::builtin_type(ty));
    }
    for name in types::exc_type_names() {
        if let Some(t) = types::exc_type(name) {
            ns.insert(name, t);
        }
    }
    ns.insert("complex", complex::init());
    ns.insert("NotImplemented", ni);
    ns.insert("Ellipsis", el);
    ns.insert("None", Value::NONE);
    ns.insert("True", Value::TRUE);
    ns.insert("False", Value::FALSE);
    NAMESPACE.with(|n| *n.borrow_mut() = ns);
    methods::install_type_methods();
}

const LOOKUP_CACHE: usize = 64;

thread_local! {
    /// Recent lookups by the address of the name's text (names in compiled
    /// code are permanent constants, so the same load finds the same text);
    /// a hit is confirmed by comparing the text, so a reused address can
    /// never return the wrong value.
    static LOOKUP_CACHE_SLOTS: RefCell<[(usize, &'static str, Value); LOOKUP_CACHE]> =
        const { RefCell::new([(0, "", Value::NONE); LOOKUP_CACHE]) };
}

/// A name of the builtins namespace.
pub fn lookup(name: &str) -> Option<Value> {
    let addr = name.as_ptr() as usize;
    let slot = (addr >> 3) % LOOKUP_CACHE;
    let hit = LOOKUP_CACHE_SLOTS.with(|c| {
        let c = c.borrow();
        let (a, n, v) = c[slot];
        (a == addr && n == name).then_some(v)
    });
    if hit.is_some() {
        return hit;
    }
    let found = NAMESPACE.with(|n| n.borrow().get_key_value(name).map(|(k, v)| (*k, *v)));
    let (key, v) = found?;
    LOOKUP_CACHE_SLOTS.with(|c| c.borrow_mut()[slot] = (addr, key, v));
    Some(v)
}
