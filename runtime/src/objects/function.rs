//! Functions: compiled Python functions (`FuncObj`, described by a static
//! `FuncDesc` the compiler emits) and functions implemented in Rust
//! (`BuiltinObj`), plus the arguments both receive.

use crate::exc::{self, PyResult};
use crate::objects::types::AttrMap;
use crate::value::Value;
use molt_abi::{FuncDesc, StrRef};
use std::cell::{Cell, RefCell};

pub struct FuncObj {
    pub desc: &'static FuncDesc,
    /// Tuple of default values for the last positional parameters, or None.
    pub defaults: Cell<Value>,
    /// Dict of defaults for keyword-only parameters, or None.
    pub kwdefaults: Cell<Value>,
    /// Tuple of cells for the function's free variables, or None.
    pub closure: Value,
    pub attrs: RefCell<AttrMap>,
}

impl FuncObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.defaults.get());
        f(self.kwdefaults.get());
        f(self.closure);
        self.attrs.borrow().trace(f);
    }

    pub fn name(&self) -> &'static str {
        crate::frames::code_text(&self.desc.code).name
    }

    pub fn qualname(&self) -> &'static str {
        static_str(&self.desc.qualname)
    }

    pub fn param_name(&self, i: usize) -> &'static str {
        if i >= self.desc.nparams as usize {
            return "?";
        }
        // SAFETY: `param_names` points to `nparams` StrRefs in static data.
        static_str(unsafe { &*self.desc.param_names.add(i) })
    }
}

pub fn static_str(s: &StrRef) -> &'static str {
    if s.ptr.is_null() {
        return "";
    }
    // SAFETY: StrRefs emitted by the compiler point to UTF-8 static data of
    // the recorded length.
    let bytes = unsafe { std::slice::from_raw_parts(s.ptr, s.len as usize) };
    std::str::from_utf8(bytes).unwrap_or("?")
}

/// Arguments as passed by a call site: positional values, then keyword
/// values whose names are in `kwnames` (in the same order).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kw(&self) -> impl Iterator<Item = (&'static str, Value)> + 'a {
        let base = self.values.len() - self.kwnames.len();
        let values = self.values;
        self.kwnames.iter().enumerate().map(move |(i, n)| {
            (
                crate::objects::str::as_str(*n).unwrap_or(""),
                values.get(base + i).copied().unwrap_or(Value::NONE),
            )
        })
    }

    pub fn kwarg(&self, name: &str) -> Option<Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Checks a builtin's arity: `min..=max` positional, no unknown keywords.
    pub fn check(&self, fname: &str, min: usize, max: usize, kws: &[&str]) -> PyResult<()> {
        let n = self.pos().len();
        if n < min || n > max {
            let msg = if min == max {
                format!(
                    "{fname}() takes exactly {min} argument{} ({n} given)",
                    if min == 1 { "" } else { "s" }
                )
            } else if n < min {
                format!(
                    "{fname}() takes at least {min} argument{} ({n} given)",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname}() takes at most {max} argument{} ({n} given)",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(exc::type_error(msg));
        }
        for (k, _) in self.kw() {
            if !kws.contains(&k) {
                return Err(exc::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }
}

fn s_if(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Args<'_> {
    /// `{fname}() takes no keyword arguments` when keywords were passed.
    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(exc::type_error(format!(
                "{fname}() takes no keyword arguments"
            )))
        }
    }

    /// Only keywords in `allowed`: `'x' is an invalid keyword argument for
    /// print()`.
    pub fn check_kw(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kw() {
            if !allowed.contains(&k) {
                return Err(exc::type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
        Ok(())
    }

    /// A one-argument builtin (CPython's `METH_O`): `len() takes exactly
    /// one argument (0 given)`.
    pub fn check_one(&self, fname: &str) -> PyResult<Value> {
        self.no_kw(fname)?;
        match self.pos() {
            [v] => Ok(*v),
            p => Err(exc::type_error(format!(
                "{fname}() takes exactly one argument ({} given)",
                p.len()
            ))),
        }
    }

    /// A positional-only builtin (CPython's `_PyArg_CheckPositional`):
    /// `getattr expected at least 2 arguments, got 1`.
    pub fn check_pos(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kw(fname)?;
        let n = self.pos().len();
        let msg = if min == max && n != min {
            format!("{fname} expected {min} argument{}, got {n}", s_if(min))
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                s_if(min)
            )
        } else if n > max {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                s_if(max)
            )
        } else {
            return Ok(());
        };
        Err(exc::type_error(msg))
    }

    /// A builtin taking positional-or-keyword parameters `params`, the first
    /// `min` required (CPython's Argument Clinic parsing): `round() takes at
    /// most 2 arguments (3 given)`, `'x' is an invalid keyword argument for
    /// round()`, `round() missing required argument 'number' (pos 1)`.
    pub fn check_params(&self, fname: &str, min: usize, params: &[&str]) -> PyResult<()> {
        let npos = self.pos().len();
        let total = self.values.len();
        let max = params.len();
        if total > max {
            let msg = if min == max {
                format!(
                    "{fname}() takes exactly {max} argument{} ({total} given)",
                    s_if(max)
                )
            } else {
                format!(
                    "{fname}() takes at most {max} argument{} ({total} given)",
                    s_if(max)
                )
            };
            return Err(exc::type_error(msg));
        }
        for (i, p) in params.iter().enumerate().take(min).skip(npos) {
            if self.kwarg(p).is_none() {
                return Err(exc::type_error(format!(
                    "{fname}() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
        }
        for (k, _) in self.kw() {
            match params.iter().position(|p| *p == k) {
                Some(i) if i >= npos => {}
                Some(i) => {
                    return Err(exc::type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                None => {
                    return Err(exc::type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
        Ok(())
    }
}

/// A function implemented in Rust. `receiver` is the bound object for
/// methods of built-in types (None for plain functions).
pub type NativeFn = fn(receiver: Value, args: Args) -> PyResult;

pub struct BuiltinObj {
    pub name: &'static str,
    pub f: NativeFn,
    pub receiver: Value,
}
