//! Iterators over built-in containers and the lazy built-in iterators
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use crate::value::Value;

pub enum IterState {
    /// Over a list, tuple or any indexable built-in sequence by position.
    Seq {
        seq: Value,
        index: usize,
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
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl IterState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
            IterState::Str { s, .. } => f(*s),
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
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
}
