//! Iterators over built-in containers and the lazy built-in iterators
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use crate::object::Kind;
use crate::objects::types::Ty;
use crate::value::Value;

pub enum IterState {
    /// Over a list, tuple or any indexable built-in sequence by position.
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over a set: a snapshot of its items, checked against the set's size.
    SetItems {
        set: Value,
        items: Value,
        index: usize,
        len: usize,
    },
    /// Over a str, by byte offset.
    Str {
        s: Value,
        offset: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict's keys, values or items, by entry position.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        what: DictView,
    },
    /// Reversed over a list or tuple.
    Reversed {
        seq: Value,
        remaining: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// The `__getitem__` protocol of user classes.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Finished; remembers the iterator's type.
    Exhausted(Ty),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl IterState {
    /// The type of a runtime iterator object, by what it iterates (CPython has
    /// one iterator type per container).
    pub fn ty(&self) -> Ty {
        match self {
            IterState::Seq { seq, .. } => match seq.obj().map(|o| &o.kind) {
                Some(Kind::List(_)) => Ty::ListIterator,
                Some(Kind::Bytes(_)) => Ty::BytesIterator,
                _ => Ty::TupleIterator,
            },
            IterState::Str { s, .. } => match s.obj().map(|o| &o.kind) {
                Some(Kind::Str(s)) if s.as_str().is_ascii() => Ty::StrAsciiIterator,
                _ => Ty::StrIterator,
            },
            IterState::Range { .. } => Ty::RangeIterator,
            IterState::Dict { what, .. } => match what {
                DictView::Keys => Ty::DictKeyIterator,
                DictView::Values => Ty::DictValueIterator,
                DictView::Items => Ty::DictItemIterator,
            },
            IterState::SetItems { .. } => Ty::SetIterator,
            IterState::Reversed { seq, .. } => match seq.obj().map(|o| &o.kind) {
                Some(Kind::List(_)) => Ty::ListReverseIterator,
                Some(Kind::Range { .. }) => Ty::RangeIterator,
                _ => Ty::Reversed,
            },
            IterState::Enumerate { .. } => Ty::Enumerate,
            IterState::Zip { .. } => Ty::Zip,
            IterState::Map { .. } => Ty::Map,
            IterState::Filter { .. } => Ty::Filter,
            IterState::Callable { .. } => Ty::CallableIterator,
            IterState::GetItem { .. } => Ty::Iterator,
            IterState::Exhausted(ty) => *ty,
        }
    }

    /// Marks the iterator finished.
    pub fn exhaust(&mut self) {
        *self = IterState::Exhausted(self.ty());
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
            IterState::Str { s, .. } => f(*s),
            IterState::SetItems { set, items, .. } => {
                f(*set);
                f(*items);
            }
            IterState::Dict { dict, .. } => f(*dict),
            IterState::Enumerate { inner, count } => {
                f(*inner);
                f(*count);
            }
            IterState::Zip { inners, .. } => inners.iter().for_each(|v| f(*v)),
            IterState::Map { func, inners } => {
                f(*func);
                inners.iter().for_each(|v| f(*v));
            }
            IterState::Filter { func, inner } => {
                f(*func);
                f(*inner);
            }
            IterState::GetItem { obj, .. } => f(*obj),
            IterState::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel);
            }
            IterState::Range { .. } | IterState::Exhausted(_) => {}
        }
    }
}
