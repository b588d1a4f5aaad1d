//! Argument binding with the messages of CPython's
//! `PyArg_ParseTupleAndKeywords` (how the datetime constructors and
//! methods parse their arguments), and its C integer conversion.

use crate::exc::{self, PyResult};
use crate::objects::function::Args;
use crate::objects::int;
use crate::protocol;
use crate::value::Value;

/// Binds `args` to `names`; those from `npos` on are keyword-only, the
/// first `required` must be given. `fname` None words the messages as
/// for an anonymous function ("function takes at most ...").
pub fn parse(
    args: &Args,
    fname: Option<&str>,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (who, for_who) = match fname {
        Some(f) => (format!("{f}()"), format!("{f}()")),
        None => ("function".to_string(), "this function".to_string()),
    };
    let pos = args.pos();
    let total = args.values.len();
    if total > names.len() {
        return Err(exc::type_error(format!(
            "{who} takes at most {} argument{} ({total} given)",
            names.len(),
            crate::call::plural(names.len())
        )));
    }
    if pos.len() > npos {
        return Err(exc::type_error(format!(
            "{who} takes at most {npos} positional argument{} ({} given)",
            crate::call::plural(npos),
            pos.len()
        )));
    }
    let mut out = vec![None; names.len()];
    for (i, name) in names.iter().enumerate() {
        let kw = args.kwarg(name);
        if i < pos.len() {
            if kw.is_some() {
                return Err(exc::type_error(format!(
                    "argument for {who} given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(pos[i]);
        } else if kw.is_some() {
            out[i] = kw;
        } else if i < required {
            return Err(exc::type_error(format!(
                "{who} missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    for (k, _) in args.kw() {
        if !names.contains(&k) {
            return Err(exc::type_error(format!(
                "'{k}' is an invalid keyword argument for {for_who}"
            )));
        }
    }
    Ok(out)
}

/// A C `int` argument (`i` format): ints and `__index__` only.
pub fn c_int(v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = match int::to_i64(v) {
        Some(n) => n,
        None if int::is_int(v) => {
            return Err(exc::raise_new(
                "OverflowError",
                "Python int too large to convert to C long",
            ))
        }
        None => protocol::index_value(v)?,
    };
    if n > i32::MAX as i64 {
        return Err(exc::raise_new(
            "OverflowError",
            "signed integer is greater than maximum",
        ));
    }
    if n < i32::MIN as i64 {
        return Err(exc::raise_new(
            "OverflowError",
            "signed integer is less than minimum",
        ));
    }
    Ok(n)
}

/// An optional C int defaulting to `d`.
pub fn c_int_or(v: Option<Value>, d: i64) -> PyResult<i64> {
    match v {
        Some(v) => c_int(v),
        None => Ok(d),
    }
}

/// A str argument of a method (`name() argument N must be str, not T`).
pub fn str_param(v: Value, fname: &str, n: usize) -> PyResult<&'static str> {
    crate::objects::str::as_str(v).ok_or_else(|| {
        exc::type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            arg_type(v)
        ))
    })
}

/// The type CPython names in "argument N must be X, not Y" (None as such).
pub fn arg_type(v: Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        protocol::type_name(v)
    }
}
