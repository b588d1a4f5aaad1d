//! The layout of heap objects: a header the collector uses, and a `Kind`
//! holding the data of one built-in type. User-defined classes are instances
//! (`Kind::Instance`) whose class is a `Kind::Type` object.

use crate::objects::dict::DictObj;
use crate::objects::exception::ExcObj;
use crate::objects::function::{BuiltinObj, FuncObj};
use crate::objects::generator::GenObj;
use crate::objects::iter::IterState;
use crate::objects::set::SetObj;
use crate::objects::str::StrObj;
use crate::objects::types::{InstanceObj, ModuleObj, TypeObj};
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub struct Obj {
    /// Set by the collector's mark phase.
    pub marked: Cell<bool>,
    pub kind: Kind,
}

pub enum Kind {
    Int(BigInt),
    Str(StrObj),
    Bytes(Box<[u8]>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(Box<RefCell<DictObj>>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    Range {
        start: Value,
        stop: Value,
        step: Value,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Function(Box<FuncObj>),
    Builtin(BuiltinObj),
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    Cell(Cell<Value>),
    Type(Box<TypeObj>),
    Instance(InstanceObj),
    Exception(Box<ExcObj>),
    Iter(RefCell<IterState>),
    Generator(Box<GenObj>),
    Module(Box<ModuleObj>),
    /// `property(fget, fset, fdel, doc)`; `doc` is the explicit one (None
    /// when the getter's docstring stands in).
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView {
        dict: Value,
        what: crate::objects::iter::DictView,
    },
    ClassMethod(Value),
    /// `super(ty, obj)`: attribute lookup starts after `ty` in `obj`'s MRO.
    Super {
        ty: Value,
        obj: Value,
    },
    NotImplemented,
    Ellipsis,
    /// Rust data of a standard-library object (`objects::native`).
    Native(Box<dyn crate::objects::native::NativeData>),
}

/// A container's contents for the collector. Runtime code never holds a
/// mutable borrow across a safepoint, so this cannot fail; if it ever did,
/// stopping is the only safe choice (skipping the contents would free live
/// objects).
fn readable<T>(c: &RefCell<T>) -> std::cell::Ref<'_, T> {
    match c.try_borrow() {
        Ok(r) => r,
        Err(_) => crate::fatal("a container was being modified during a collection"),
    }
}

impl Obj {
    /// Calls `f` on every value this object refers to (for the collector).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match &self.kind {
            Kind::Int(_)
            | Kind::Str(_)
            | Kind::Bytes(_)
            | Kind::NotImplemented
            | Kind::Ellipsis => {}
            Kind::List(items) => readable(items).iter().for_each(|v| f(*v)),
            Kind::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Kind::Dict(d) => readable(d).trace(f),
            Kind::Set(s) => s.trace(f),
            Kind::FrozenSet(s) => s.trace(f),
            Kind::Range { start, stop, step } | Kind::Slice { start, stop, step } => {
                f(*start);
                f(*stop);
                f(*step);
            }
            Kind::Function(func) => func.trace(f),
            Kind::Builtin(b) => f(b.receiver),
            Kind::BoundMethod { func, receiver } => {
                f(*func);
                f(*receiver);
            }
            Kind::Cell(c) => f(c.get()),
            Kind::Type(t) => t.trace(f),
            Kind::Instance(i) => i.trace(f),
            Kind::Exception(e) => e.trace(f),
            Kind::Iter(it) => readable(it).trace(f),
            Kind::Generator(g) => g.trace(f),
            Kind::Module(m) => m.trace(f),
            Kind::Property {
                fget,
                fset,
                fdel,
                doc,
            } => {
                f(*fget);
                f(*fset);
                f(*fdel);
                f(*doc);
            }
            Kind::StaticMethod(v) | Kind::ClassMethod(v) => f(*v),
            Kind::DictView { dict, .. } => f(*dict),
            Kind::Super { ty, obj } => {
                f(*ty);
                f(*obj);
            }
            Kind::Native(d) => d.trace(f),
        }
    }

    /// Approximate bytes owned by this object, for the collector's pacing
    /// and the heap limit.
    pub fn size(&self) -> usize {
        let extra = match &self.kind {
            Kind::Int(i) => (i.bits() / 8) as usize,
            Kind::Str(s) => s.as_str().len(),
            Kind::Bytes(b) => b.len(),
            Kind::List(items) => items.try_borrow().map_or(0, |v| v.capacity() * 8),
            Kind::Tuple(items) => items.len() * 8,
            Kind::Dict(d) => d.try_borrow().map_or(0, |d| d.len() * 40),
            Kind::Set(s) | Kind::FrozenSet(s) => s.len() * 24,
            Kind::Generator(g) => g.slots.len() * 8,
            Kind::Native(d) => d.size(),
            _ => 0,
        };
        std::mem::size_of::<Obj>() + extra
    }
}
