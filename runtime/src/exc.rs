//! The exception state of the running program: the pending exception (set
//! by a failing operation, observed by generated code through the `ERR`
//! return value) and the stack of exceptions being handled, which gives
//! bare `raise` its target and new exceptions their `__context__`.

use crate::gc;
use crate::object::Kind;
use crate::objects::exception::{ExcObj, TbEntry};
use crate::objects::{str as pystr, tuple};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Marker for "an exception is pending"; the exception is in the runtime
/// state, not in the error value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T = Value> = Result<T, Raised>;

thread_local! {
    static PENDING: Cell<Value> = const { Cell::new(Value::UNBOUND) };
    static HANDLING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

pub fn as_exc(v: Value) -> Option<&'static ExcObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Exception(e)) => Some(e),
        _ => None,
    }
}

/// Makes `exc` pending again exactly as it was (re-raise, `finally`),
/// without touching its context.
pub fn restore(exc: Value) -> Raised {
    PENDING.with(|p| p.set(exc));
    Raised
}

/// Makes `exc` pending. Sets its `__context__` from the exception being
/// handled, as CPython does.
pub fn raise(exc: Value) -> Raised {
    if let Some(e) = as_exc(exc) {
        if let Some(ctx) = HANDLING.with(|h| h.borrow().last().copied()) {
            if ctx != exc && ctx != Value::NONE {
                // Cut a cycle the new link would close (CPython does too).
                let mut cur = ctx;
                let mut steps = 0;
                while let Some(c) = as_exc(cur) {
                    let next = c.context.get();
                    if next == exc {
                        c.context.set(Value::NONE);
                        break;
                    }
                    cur = next;
                    steps += 1;
                    if steps > 10_000 {
                        break;
                    }
                }
                e.context.set(ctx);
            }
        }
    }
    PENDING.with(|p| p.set(exc));
    Raised
}

/// Creates an exception of a built-in class with one string argument.
pub fn new_exc(class_name: &str, msg: &str) -> Value {
    let arg = pystr::new(msg);
    let roots = gc::Roots::new();
    roots.push(arg);
    new_exc_with_args(class_name, &[arg])
}

/// Creates an exception of a built-in class with the given arguments.
pub fn new_exc_with_args(class_name: &str, args: &[Value]) -> Value {
    let class = crate::objects::types::exc_type(class_name)
        .or_else(|| crate::objects::types::exc_type("SystemError"))
        .unwrap_or(Value::NONE);
    let args = tuple::new(args.to_vec());
    gc::alloc(Kind::Exception(Box::new(ExcObj::new(class, args))))
}

pub fn raise_new(class_name: &str, msg: &str) -> Raised {
    raise(new_exc(class_name, msg))
}

pub fn type_error(msg: impl AsRef<str>) -> Raised {
    raise_new("TypeError", msg.as_ref())
}

pub fn value_error(msg: impl AsRef<str>) -> Raised {
    raise_new("ValueError", msg.as_ref())
}

pub fn pending() -> Option<Value> {
    let v = PENDING.with(|p| p.get());
    (v != Value::UNBOUND).then_some(v)
}

/// Removes and returns the pending exception.
pub fn take_pending() -> Option<Value> {
    let v = PENDING.with(|p| p.replace(Value::UNBOUND));
    (v != Value::UNBOUND).then_some(v)
}

thread_local! {
    /// Set when a compiled method call fails to find its method, so the
    /// traceback entry its caller records points at the method's name.
    static METHOD_LOOKUP_FAILED: Cell<bool> = const { Cell::new(false) };
}

pub fn note_method_lookup_failed() {
    METHOD_LOOKUP_FAILED.with(|f| f.set(true));
}

/// Whether the error being recorded came from a method lookup (and
/// forgets it).
pub fn take_method_lookup_failed() -> bool {
    METHOD_LOOKUP_FAILED.with(|f| f.replace(false))
}

/// Appends a traceback entry for the frame an exception is passing through.
pub fn add_traceback(code: *const molt_abi::CodeInfo, pos: *const molt_abi::SourcePos) {
    if let Some(e) = pending().and_then(as_exc) {
        e.traceback.borrow_mut().push(TbEntry { code, pos });
    }
}

pub fn push_handling(exc: Value) {
    HANDLING.with(|h| h.borrow_mut().push(exc));
}

/// How many exceptions are being handled (the depth of the stack).
pub fn handling_depth() -> usize {
    HANDLING.with(|h| h.borrow().len())
}

/// Removes and returns the handled exceptions above `depth`.
pub fn take_handling_above(depth: usize) -> Vec<Value> {
    HANDLING.with(|h| {
        let mut h = h.borrow_mut();
        let at = depth.min(h.len());
        h.split_off(at)
    })
}

/// Pushes `excs` (oldest first) as being handled.
pub fn push_all_handling(excs: Vec<Value>) {
    HANDLING.with(|h| h.borrow_mut().extend(excs));
}

pub fn pop_handling() {
    HANDLING.with(|h| {
        h.borrow_mut().pop();
    });
}

/// The exception currently being handled (for bare `raise`).
pub fn current_handled() -> Option<Value> {
    HANDLING.with(|h| h.borrow().last().copied())
}

pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    f(PENDING.with(|p| p.get()));
    HANDLING.with(|h| h.borrow().iter().for_each(|v| f(*v)));
}

/// Is the pending exception an instance of the named built-in class?
pub fn pending_is(class_name: &str) -> bool {
    match (pending(), crate::objects::types::exc_type(class_name)) {
        (Some(e), Some(t)) => crate::objects::types::isinstance(e, t),
        _ => false,
    }
}
