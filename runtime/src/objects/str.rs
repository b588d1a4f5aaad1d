//! `str`: UTF-8 text with its length in code points cached, so ASCII
//! strings index in constant time and others by scanning.

use crate::gc;
use crate::object::Kind;
use crate::value::Value;
use std::cell::Cell;

pub struct StrObj {
    text: Box<str>,
    /// Length in code points.
    chars: usize,
    /// `hash(s)` once computed (-1: not yet; CPython's hash is never -1).
    hash: Cell<i64>,
}

impl StrObj {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.text);
        self.hash.set(h);
        h
    }

    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }
}

pub fn new(s: &str) -> Value {
    gc::alloc(Kind::Str(StrObj {
        chars: s.chars().count(),
        text: s.into(),
        hash: Cell::new(-1),
    }))
}

pub fn from_string(s: String) -> Value {
    gc::alloc(Kind::Str(StrObj {
        chars: s.chars().count(),
        text: s.into_boxed_str(),
        hash: Cell::new(-1),
    }))
}

pub fn as_str(v: Value) -> Option<&'static str> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

pub fn as_strobj(v: Value) -> Option<&'static StrObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Str(s)) => Some(s),
        _ => None,
    }
}
