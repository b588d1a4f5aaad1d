//! Inline caches: each attribute or method-call site in generated code owns
//! `molt_abi::IC_WORDS` zeroed words where it remembers what the last
//! lookup on an instance found. A site sees the same class and the same
//! shape (`objects::shape`) almost every time, so a hit is a few
//! comparisons: no name comparison, no MRO walk, no bound-method object.
//!
//! An entry is valid for one class, one shape and one class-dict version
//! (`types::class_dict_version`, which changes whenever any class's dict
//! may change). Entries are filled only for the plain cases, where CPython's
//! lookup order cannot be affected by anything but those three:
//! - `obj.x` read: `x` is the instance's own and no class on the MRO has
//!   an attribute `x` (so no descriptor can take precedence);
//! - `obj.x = v`: no class attribute `x` and no user `__setattr__`; the
//!   entry holds the slot to overwrite, or the shape transition that adds
//!   `x`;
//! - `obj.m(...)`: `m` is a plain function on the class and the shape has
//!   no own attribute `m`; the call passes the receiver without binding.

use crate::exc::PyResult;
use crate::object::Kind;
use crate::objects::shape::Shape;
use crate::objects::types::{self, InstanceObj};
use crate::value::Value;
use std::cell::Cell;

/// The words of one site's cache, as `Operand::Cache` lays them out.
#[repr(C)]
pub struct InlineCache {
    class: Cell<u64>,
    shape: Cell<usize>,
    version: Cell<u64>,
    /// Read and method sites: a slot index or a function. Write sites: a
    /// slot index shifted left by one, or a target shape's address with
    /// the low bit set.
    payload: Cell<u64>,
}

const _: () = assert!(std::mem::size_of::<InlineCache>() == 8 * molt_abi::IC_WORDS);

fn shape_key(s: &'static Shape) -> usize {
    s as *const Shape as usize
}

/// The instance behind `obj`, with its shape, when it has one.
fn shaped_instance(obj: Value) -> Option<(&'static InstanceObj, &'static Shape)> {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => {
            let shape = i.attrs.try_borrow().ok()?.shape()?;
            Some((i, shape))
        }
        _ => None,
    }
}

impl InlineCache {
    fn matches(&self, i: &InstanceObj, shape: &'static Shape) -> bool {
        self.class.get() == i.class.get().0
            && self.shape.get() == shape_key(shape)
            && self.version.get() == types::class_dict_version()
    }

    fn fill(&self, i: &InstanceObj, shape: &'static Shape, payload: u64) {
        self.class.set(i.class.get().0);
        self.shape.set(shape_key(shape));
        self.version.set(types::class_dict_version());
        self.payload.set(payload);
    }
}

/// Does any class on `i`'s MRO define `name`, or take over attribute
/// reads with its own `__getattribute__`?
fn class_defines(i: &InstanceObj, name: &str) -> bool {
    types::as_type(i.class.get()).is_none_or(|t| t.lookup(name).is_some())
        || crate::attr::user_getattribute(i.class.get()).is_some()
}

/// `obj.name`.
pub fn getattr(obj: Value, name: &str, ic: &InlineCache) -> PyResult {
    if let Some((i, shape)) = shaped_instance(obj) {
        if ic.matches(i, shape) {
            if let Some(v) = i.attrs.borrow().value_at(ic.payload.get() as usize) {
                return Ok(v);
            }
        }
    }
    let v = crate::attr::getattr(obj, name)?;
    if let Some((i, shape)) = shaped_instance(obj) {
        if let Some(index) = shape.index_of(name) {
            if !class_defines(i, name) {
                ic.fill(i, shape, index as u64);
            }
        }
    }
    Ok(v)
}

/// `obj.name = value`.
pub fn setattr(obj: Value, name: &str, value: Value, ic: &InlineCache) -> PyResult<()> {
    let before = shaped_instance(obj);
    if let Some((i, shape)) = before {
        if ic.matches(i, shape) {
            let p = ic.payload.get();
            let mut attrs = i.attrs.borrow_mut();
            if p & 1 == 0 {
                if attrs.set_at((p >> 1) as usize, value) {
                    return Ok(());
                }
            } else if let Some(to) = shape.transition_to((p & !1) as usize) {
                if attrs.push_transition(shape, to, value) {
                    drop(attrs);
                    crate::gc::account(32);
                    return Ok(());
                }
            }
        }
    }
    crate::attr::setattr(obj, name, value)?;
    let (Some((i, from)), Some((_, to))) = (before, shaped_instance(obj)) else {
        return Ok(());
    };
    let plain = name != "__class__"
        && !class_defines(i, name)
        && types::as_type(i.class.get())
            .and_then(|t| t.lookup("__setattr__"))
            .is_none_or(|f| matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))));
    if !plain {
        return Ok(());
    }
    if std::ptr::eq(from, to) {
        if let Some(index) = to.index_of(name) {
            ic.fill(i, from, (index as u64) << 1);
        }
    } else if to.len() == from.len() + 1 && to.index_of(name) == Some(from.len()) {
        ic.fill(i, from, shape_key(to) as u64 | 1);
    }
    Ok(())
}

/// The plain function `obj.name` would bind, if the cache knows it.
pub fn cached_method(obj: Value, ic: &InlineCache) -> Option<Value> {
    let (i, shape) = shaped_instance(obj)?;
    ic.matches(i, shape).then(|| Value(ic.payload.get()))
}

/// Remembers that `obj.name` is the plain function `f` of its class.
pub fn remember_method(obj: Value, name: &str, f: Value, ic: &InlineCache) {
    if let Some((i, shape)) = shaped_instance(obj) {
        if shape.index_of(name).is_none() && crate::attr::user_getattribute(i.class.get()).is_none()
        {
            ic.fill(i, shape, f.0);
        }
    }
}
