//! `re.RegexFlag`: the flag constants (`re.I`, `re.M`, ...) as values
//! that combine with `|`, `&`, `^`, `~` (with each other and with ints)
//! and print as `re.IGNORECASE|re.MULTILINE`, as CPython's do. An
//! instance keeps its int value in its state.

use crate::exc::PyResult;
use crate::gc;
use crate::modules::native_class as nc;
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::AttrMap;
use crate::objects::{int, str as pystr};
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static CLASS: Cell<Value> = const { Cell::new(Value::NONE) };
}

/// Members in definition order (the order their names print in).
const MEMBERS: &[(&str, i64)] = &[
    ("ASCII", 256),
    ("IGNORECASE", 2),
    ("LOCALE", 4),
    ("UNICODE", 32),
    ("MULTILINE", 8),
    ("DOTALL", 16),
    ("VERBOSE", 64),
    ("TEMPLATE", 1),
    ("DEBUG", 128),
];
const ALL: i64 = 511;

fn class() -> Value {
    CLASS.with(|c| c.get())
}

fn new(v: i64) -> Value {
    nc::instance(class(), vec![int::from_i64(v)])
}

/// The int value of a flag, or of an int; None for anything else.
fn value_of(v: Value) -> Option<i64> {
    if let Some(s) = nc::state_of(v, class()) {
        return int::to_i64(nc::get(s, 0));
    }
    if int::is_int(v) {
        return int::to_i64(v);
    }
    None
}

fn this(r: Value) -> i64 {
    nc::state_of(r, class())
        .and_then(|s| int::to_i64(nc::get(s, 0)))
        .unwrap_or(0)
}

fn text(v: i64) -> String {
    if v == 0 {
        return "re.NOFLAG".into();
    }
    let mut parts = Vec::new();
    let mut left = v;
    for &(n, b) in MEMBERS {
        if v & b != 0 {
            parts.push(format!("re.{n}"));
            left &= !b;
        }
    }
    if parts.is_empty() {
        return format!("re.RegexFlag({v})");
    }
    if left != 0 {
        parts.push(format!("0x{left:x}"));
    }
    parts.join("|")
}

fn f_repr(r: Value, _a: Args) -> PyResult {
    Ok(pystr::from_string(text(this(r))))
}

fn other(a: &Args) -> Option<i64> {
    a.pos().first().copied().and_then(value_of)
}

fn binop(r: Value, a: Args, f: fn(i64, i64) -> i64) -> PyResult {
    match other(&a) {
        Some(o) => Ok(new(f(this(r), o))),
        None => Ok(protocol::not_implemented()),
    }
}

fn f_or(r: Value, a: Args) -> PyResult {
    binop(r, a, |x, y| x | y)
}
fn f_and(r: Value, a: Args) -> PyResult {
    binop(r, a, |x, y| x & y)
}
fn f_xor(r: Value, a: Args) -> PyResult {
    binop(r, a, |x, y| x ^ y)
}
fn f_invert(r: Value, _a: Args) -> PyResult {
    Ok(new(ALL & !this(r)))
}
fn f_int(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(this(r)))
}
fn f_bool(r: Value, _a: Args) -> PyResult {
    Ok(Value::bool(this(r) != 0))
}
fn f_eq(r: Value, a: Args) -> PyResult {
    match other(&a) {
        Some(o) => Ok(Value::bool(this(r) == o)),
        None => Ok(protocol::not_implemented()),
    }
}
fn f_ne(r: Value, a: Args) -> PyResult {
    match other(&a) {
        Some(o) => Ok(Value::bool(this(r) != o)),
        None => Ok(protocol::not_implemented()),
    }
}
fn f_hash(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(crate::hash::hash_i64(this(r))))
}
fn f_value(_r: Value, a: Args) -> PyResult {
    let obj = a.pos().first().copied().unwrap_or(Value::NONE);
    Ok(int::from_i64(this(obj)))
}

/// Adds the class and the flag constants to the module.
pub(crate) fn init(attrs: &mut AttrMap) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", f_repr),
        ("__str__", f_repr),
        ("__format__", f_repr),
        ("__or__", f_or),
        ("__ror__", f_or),
        ("__and__", f_and),
        ("__rand__", f_and),
        ("__xor__", f_xor),
        ("__rxor__", f_xor),
        ("__invert__", f_invert),
        ("__index__", f_int),
        ("__int__", f_int),
        ("__bool__", f_bool),
        ("__eq__", f_eq),
        ("__ne__", f_ne),
        ("__hash__", f_hash),
    ];
    let cls = nc::new_class("RegexFlag", "re", None, methods);
    nc::set_class_attr(cls, "value", super::pattern::property("value", f_value));
    CLASS.with(|c| c.set(cls));
    attrs.set("RegexFlag", cls);
    const NAMES: &[(&str, i64)] = &[
        ("IGNORECASE", 2),
        ("I", 2),
        ("LOCALE", 4),
        ("L", 4),
        ("MULTILINE", 8),
        ("M", 8),
        ("DOTALL", 16),
        ("S", 16),
        ("UNICODE", 32),
        ("U", 32),
        ("VERBOSE", 64),
        ("X", 64),
        ("ASCII", 256),
        ("A", 256),
        ("NOFLAG", 0),
    ];
    for &(name, v) in NAMES {
        let f = new(v);
        gc::make_permanent(f);
        attrs.set(name, f);
    }
}
