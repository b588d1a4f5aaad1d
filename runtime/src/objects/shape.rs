//! Shapes ("hidden classes"): the attribute names of an object in the order
//! they were added, shared by every object that got the same names in the
//! same order. Objects built by the same `__init__` share one shape, so an
//! attribute's position is a property of the shape, and the inline caches
//! in `ic` turn `obj.x` into a pointer comparison and an indexed load.
//!
//! Shapes form a tree: adding a name follows (or creates) a transition from
//! the current shape. They live as long as the program (they hold no
//! values, only interned names). To keep a program that invents names at
//! run time (`setattr(o, f"k{i}", ...)`) from growing the tree without end,
//! there is a bound on the number of shapes and on the names per shape;
//! past it an `AttrMap` keeps its names itself (see `AttrMap`).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

/// Most names one shape holds; objects with more keep their own names.
pub const MAX_NAMES: usize = 64;
/// Most shapes a program creates.
const MAX_SHAPES: usize = 1 << 16;

pub struct Shape {
    names: Box<[&'static str]>,
    /// Shapes reached by adding one name, in creation order (a shape rarely
    /// has more than a few, so a scan beats a map).
    transitions: RefCell<Vec<(&'static str, &'static Shape)>>,
}

thread_local! {
    static EMPTY: &'static Shape = Box::leak(Box::new(Shape {
        names: Box::new([]),
        transitions: RefCell::new(Vec::new()),
    }));
    /// Interned attribute names (only ever looked up, never iterated).
    static NAMES: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
    static COUNT: Cell<usize> = const { Cell::new(1) };
}

/// The shape of an object with no attributes.
pub fn empty() -> &'static Shape {
    EMPTY.with(|e| *e)
}

fn intern(name: &str) -> &'static str {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(&s) = n.get(name) {
            return s;
        }
        let s: &'static str = Box::leak(name.into());
        n.insert(s);
        s
    })
}

impl Shape {
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Where `name` is stored. Names the compiler emits are usually the
    /// interned ones already seen, so the pointer check answers first.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len())
            .or_else(|| self.names.iter().position(|n| *n == name))
    }

    /// The shape one transition from this one whose address is `key` (an
    /// inline cache remembers shapes by address).
    pub fn transition_to(&self, key: usize) -> Option<&'static Shape> {
        self.transitions
            .borrow()
            .iter()
            .map(|&(_, s)| s)
            .find(|&s| s as *const Shape as usize == key)
    }

    /// The shape after adding `name` (which this shape lacks), or None when
    /// the bounds are reached.
    pub fn with(&'static self, name: &str) -> Option<&'static Shape> {
        if let Some(&(_, s)) = self.transitions.borrow().iter().find(|(n, _)| *n == name) {
            return Some(s);
        }
        if self.names.len() >= MAX_NAMES || COUNT.with(|c| c.get()) >= MAX_SHAPES {
            return None;
        }
        COUNT.with(|c| c.set(c.get() + 1));
        let name = intern(name);
        let mut names = self.names.to_vec();
        names.push(name);
        let next: &'static Shape = Box::leak(Box::new(Shape {
            names: names.into_boxed_slice(),
            transitions: RefCell::new(Vec::new()),
        }));
        self.transitions.borrow_mut().push((name, next));
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_names_in_the_same_order_share_a_shape() {
        let a = empty().with("x").and_then(|s| s.with("y"));
        let b = empty().with("x").and_then(|s| s.with("y"));
        let c = empty().with("y").and_then(|s| s.with("x"));
        let (a, b, c) = (a.expect("shape"), b.expect("shape"), c.expect("shape"));
        assert!(std::ptr::eq(a, b));
        assert!(!std::ptr::eq(a, c));
        assert_eq!(a.names(), ["x", "y"]);
        assert_eq!(a.index_of("y"), Some(1));
        assert_eq!(c.index_of("y"), Some(0));
        assert_eq!(a.index_of("z"), None);
    }

    #[test]
    fn a_shape_holds_at_most_max_names() {
        let mut s = empty();
        for i in 0..MAX_NAMES {
            s = s.with(&format!("n{i}")).expect("within the bound");
        }
        assert!(s.with("one_more").is_none());
    }
}
