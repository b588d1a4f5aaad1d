//! The context manager protocol behind the `with` statement: `__enter__`
//! and `__exit__` are looked up on the manager's type, as CPython does, and
//! `__exit__` decides whether an exception is suppressed.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::types::{self, as_type, type_name};
use crate::protocol;
use crate::value::Value;

/// Starts a `with` block: returns the value of `__enter__()` and the bound
/// `__exit__` the block must call when it ends.
pub fn enter(manager: Value) -> PyResult<(Value, Value)> {
    let cls = types::type_of(manager);
    let t = as_type(cls);
    let enter = t.and_then(|t| t.lookup("__enter__"));
    let exit = t.and_then(|t| t.lookup("__exit__"));
    let (enter, exit) = match (enter, exit) {
        (Some(e), Some(x)) => (e, x),
        (None, _) => {
            return Err(exc::type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(manager)
            )))
        }
        (Some(_), None) => {
            return Err(exc::type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(manager)
        )))
        }
    };
    let roots = Roots::new();
    let exit = roots.push(crate::attr::bind(exit, manager, cls)?);
    let enter = roots.push(crate::attr::bind(enter, manager, cls)?);
    let value = protocol::call0(enter)?;
    Ok((value, exit))
}

/// Ends a `with` block. With an exception, calls `__exit__(type, exc, tb)`
/// and returns whether to suppress it; without, `__exit__(None, None, None)`.
pub fn exit(exit: Value, exception: Value) -> PyResult<bool> {
    if exception.is_none() {
        protocol::call(
            exit,
            crate::objects::function::Args::positional(&[Value::NONE, Value::NONE, Value::NONE]),
        )?;
        return Ok(false);
    }
    let tb = crate::tb_object::traceback_for(exception);
    let roots = crate::gc::Roots::new();
    roots.push(tb);
    let args = [types::type_of(exception), exception, tb];
    let r = protocol::call(exit, crate::objects::function::Args::positional(&args))?;
    protocol::truthy(r)
}
