//! Generator objects: a compiled generator's frame slots live here, on the
//! heap, together with the resume state, so the body can be suspended at a
//! `yield` and resumed later.

use crate::value::Value;
use std::cell::{Cell, RefCell};

pub struct GenObj {
    /// The generator function object.
    pub func: Value,
    /// Frame slots; `Cell<u64>` has the layout of `u64`, so generated code
    /// addresses them directly while the body runs.
    pub slots: Box<[Cell<u64>]>,
    /// Resume point: 0 = not started; `u32::MAX` = finished.
    pub state: Cell<u32>,
    pub running: Cell<bool>,
    /// The value of the body's `return` once it finished (the compiled code
    /// leaves it in slot 1 before returning ITER_DONE), for
    /// `StopIteration.value`.
    pub retval: Cell<Value>,
    /// The exceptions the body was handling (in `except` or `finally`)
    /// when it last yielded: its own, kept out of the caller's exception
    /// state while suspended, as CPython keeps a generator's.
    pub handling: RefCell<Vec<Value>>,
}

impl GenObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        f(self.retval.get());
        self.handling.borrow().iter().for_each(|v| f(*v));
        self.slots.iter().for_each(|w| f(Value(w.get())));
    }
}
