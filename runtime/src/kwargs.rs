//! Building the keyword arguments of a call with `**` unpacking: a name may
//! not repeat, and the errors name the called function as CPython does.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::{dict, str as pystr};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::RefCell;

/// How CPython names a callable in call errors: `module.qualname()`, or
/// `qualname()` for builtins, or `str(f)` when it has no `__qualname__`.
pub fn function_str(f: Value) -> PyResult<String> {
    let qualname = match crate::attr::getattr(f, "__qualname__") {
        Ok(q) => protocol::str_of(q)?,
        Err(_) => {
            exc::take_pending();
            return protocol::str_of(f);
        }
    };
    let module = crate::attr::getattr(f, "__module__").ok();
    if module.is_none() {
        exc::take_pending();
    }
    match module.and_then(pystr::as_str) {
        Some(m) if m != "builtins" => Ok(format!("{m}.{qualname}()")),
        _ => Ok(format!("{qualname}()")),
    }
}

/// Adds one keyword argument, refusing a name already given.
pub fn set(kwargs: Value, key: Value, value: Value, callee: Value) -> PyResult<()> {
    let Some(d) = dict::as_dict(kwargs) else {
        return Err(exc::type_error("kwargs: not a dict"));
    };
    add(d, key, value, callee)
}

fn add(d: &RefCell<dict::DictObj>, key: Value, value: Value, callee: Value) -> PyResult<()> {
    if dict::get(d, key)?.is_some() {
        let msg = match pystr::as_str(key) {
            Some(k) => format!(
                "{} got multiple values for keyword argument '{k}'",
                function_str(callee)?
            ),
            None => "keywords must be strings".to_string(),
        };
        return Err(exc::type_error(msg));
    }
    dict::set(d, key, value)
}

/// `f(**mapping)`: adds every item of `mapping`.
pub fn merge(kwargs: Value, mapping: Value, callee: Value) -> PyResult<()> {
    let Some(d) = dict::as_dict(kwargs) else {
        return Err(exc::type_error("kwargs: not a dict"));
    };
    let roots = Roots::new();
    roots.push(mapping);
    if let Some(m) = dict::as_dict(mapping) {
        let items = dict::items(m)?;
        for &(k, v) in &items {
            roots.push(k);
            roots.push(v);
        }
        for (k, v) in items {
            add(d, k, v, callee)?;
        }
        return Ok(());
    }
    if protocol::special(mapping, "keys").is_none() {
        return Err(exc::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(callee)?,
            type_name(mapping)
        )));
    }
    let keys = crate::attr::getattr(mapping, "keys").and_then(protocol::call0)?;
    let keys = protocol::collect(roots.push(keys))?;
    roots.extend(&keys);
    for k in keys {
        let v = roots.push(crate::attr::getitem(mapping, k)?);
        add(d, k, v, callee)?;
    }
    Ok(())
}
