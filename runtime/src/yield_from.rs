//! `yield from` delegation: one step of the inner iterator (next, send or
//! throw) and the value the whole expression produces when it finishes,
//! which is the inner generator's return value or the value of the
//! `StopIteration` a plain iterator raised.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    /// The result of the `yield from` that finished last; read (and reset)
    /// right after the step that reported the end.
    static RESULT: Cell<Value> = const { Cell::new(Value::NONE) };
}

pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    f(RESULT.with(|r| r.get()));
}

/// The finished `yield from`'s value (None when nothing recorded one).
pub fn take_result() -> Value {
    RESULT.with(|r| r.replace(Value::NONE))
}

fn finished(value: Value) -> PyResult<Option<Value>> {
    RESULT.with(|r| r.set(value));
    Ok(None)
}

/// A pending StopIteration ends the delegation with its `value`; any other
/// exception propagates.
fn end_on_stop(err: exc::Raised) -> PyResult<Option<Value>> {
    if !exc::pending_is("StopIteration") {
        return Err(err);
    }
    let stop = exc::take_pending().unwrap_or(Value::NONE);
    let roots = Roots::new();
    roots.push(stop);
    let value = crate::attr::getattr(stop, "value")?;
    finished(value)
}

/// Sends `sent` into the inner iterator (plain `next` when it is None):
/// the value it yields, or None when it finished.
pub fn send(it: Value, sent: Value) -> PyResult<Option<Value>> {
    if let Some(g) = crate::call::as_gen(it) {
        return match crate::call::gen_send(it, sent)? {
            Some(v) => Ok(Some(v)),
            None => finished(g.retval.get()),
        };
    }
    let step = if sent.is_none() {
        // A class's `__next__` may end with a StopIteration carrying a value.
        let user_next = match it.obj().map(|o| &o.kind) {
            Some(Kind::Instance(_)) => protocol::special(it, "__next__"),
            _ => None,
        };
        match user_next {
            Some(f) => protocol::call_special(f, it, &[]),
            None => {
                return match protocol::next(it)? {
                    Some(v) => Ok(Some(v)),
                    None => finished(Value::NONE),
                }
            }
        }
    } else {
        crate::attr::getattr(it, "send").and_then(|send| protocol::call1(send, sent))
    };
    match step {
        Ok(v) => Ok(Some(v)),
        Err(e) => end_on_stop(e),
    }
}

/// An exception (pending) thrown into a generator suspended in `yield
/// from`: it goes to the inner iterator's `throw` (after `close` for
/// GeneratorExit, which then goes on in the outer generator), as CPython
/// does.
pub fn throw(it: Value) -> PyResult<Option<Value>> {
    let is_exit = exc::pending_is("GeneratorExit");
    let Some(e) = exc::take_pending() else {
        return Err(exc::Raised);
    };
    let roots = Roots::new();
    roots.push(e);
    if is_exit {
        if crate::call::as_gen(it).is_some() {
            crate::call::gen_close(it)?;
        } else {
            match crate::attr::getattr(it, "close") {
                Ok(close) => {
                    protocol::call0(close)?;
                }
                Err(_) => {
                    exc::take_pending();
                }
            }
        }
        return Err(exc::raise(e));
    }
    if let Some(g) = crate::call::as_gen(it) {
        return match crate::call::gen_throw(it, e)? {
            Some(v) => Ok(Some(v)),
            None => finished(g.retval.get()),
        };
    }
    match crate::attr::getattr(it, "throw") {
        Ok(throw) => match protocol::call1(throw, e) {
            Ok(v) => Ok(Some(v)),
            Err(err) => end_on_stop(err),
        },
        Err(_) => {
            exc::take_pending();
            Err(exc::raise(e))
        }
    }
}
