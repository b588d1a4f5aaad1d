//! Exception objects: instances of `BaseException` and its subclasses, with
//! their `args`, traceback entries and `__cause__`/`__context__` chain.

use crate::objects::types::AttrMap;
use crate::value::Value;
use molt_abi::{CodeInfo, SourcePos};
use std::cell::{Cell, RefCell};

/// One frame an exception passed through: the code and where in it.
#[derive(Clone, Copy, PartialEq)]
pub struct TbEntry {
    pub code: *const CodeInfo,
    pub pos: *const SourcePos,
}

impl TbEntry {
    /// The position record (static data emitted by the compiler).
    pub fn pos(&self) -> Option<&'static SourcePos> {
        // SAFETY: `pos` is null or points into the compiler's static
        // positions table.
        unsafe { self.pos.as_ref() }
    }

    pub fn line(&self) -> u32 {
        self.pos().map_or(0, |p| p.line)
    }
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
