//! Exception objects: instances of `BaseException` and its subclasses, with
//! their `args`, traceback entries and `__cause__`/`__context__` chain.

use crate::objects::types::AttrMap;
use crate::value::Value;
use molt_abi::CodeInfo;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: *const CodeInfo,
    pub line: u32,
}

pub struct ExcObj {
    pub class: Value,
    /// A tuple.
    pub args: Cell<Value>,
    pub attrs: RefCell<AttrMap>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
}

impl ExcObj {
    pub fn new(class: Value, args: Value) -> ExcObj {
        ExcObj {
            class,
            args: Cell::new(args),
            attrs: RefCell::new(AttrMap::default()),
            traceback: RefCell::new(Vec::new()),
            cause: Cell::new(Value::NONE),
            context: Cell::new(Value::NONE),
            suppress_context: Cell::new(false),
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        f(self.args.get());
        f(self.cause.get());
        f(self.context.get());
        self.attrs.borrow().trace(f);
    }
}
