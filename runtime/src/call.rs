//! Calling: binding a call site's arguments to a compiled function's
//! parameters (`FuncDesc`), constructing instances of classes, and running
//! generators.
//!
//! Binding follows CPython's order of checks and its exact messages: the
//! keyword arguments are placed first (unexpected / duplicate keywords),
//! then surplus positional arguments are reported, then missing positional
//! and keyword-only ones. Function names in messages are qualified names.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::{Args, FuncObj};
use crate::objects::generator::GenObj;
use crate::objects::types::{self, AttrMap, InstanceObj, Layout, TypeObj};
use crate::objects::{dict, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use molt_abi::sig_flags;
use std::cell::{Cell, RefCell};

pub fn as_function(v: Value) -> Option<&'static FuncObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Function(f)) => Some(f),
        _ => None,
    }
}

/// `"s"` unless `n` is 1, for CPython's argument-count messages.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
pub(crate) fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds `args` to the parameters of `f`, returning `nparams` values in
/// signature order.
pub fn bind(f: &FuncObj, args: Args) -> PyResult<Vec<Value>> {
    let desc = f.desc;
    let qual = f.qualname();
    let nparams = desc.nparams as usize;
    let nkwonly = desc.nkwonly as usize;
    let nposonly = desc.nposonly as usize;
    let varargs = desc.flags & sig_flags::VARARGS != 0;
    let varkw = desc.flags & sig_flags::VARKW != 0;
    let npos = nparams.saturating_sub(nkwonly + varargs as usize + varkw as usize);
    let kwonly_start = npos + varargs as usize;
    let varkw_index = kwonly_start + nkwonly;
    let mut slots = vec![Value::UNBOUND; nparams];
    let pos = args.pos();
    let take = pos.len().min(npos);
    slots[..take].copy_from_slice(&pos[..take]);
    let roots = Roots::new();
    if varargs {
        let extra = pos.get(npos..).unwrap_or(&[]).to_vec();
        let t = roots.push(tuple::new(extra));
        if let Some(s) = slots.get_mut(npos) {
            *s = t;
        }
    }
    let kwdict = if varkw {
        let d = roots.push(dict::new());
        if let Some(s) = slots.get_mut(varkw_index) {
            *s = d;
        }
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in args.kw() {
        let found = (nposonly..npos)
            .chain(kwonly_start..kwonly_start + nkwonly)
            .find(|&i| f.param_name(i) == name);
        match found {
            Some(i) => {
                let Some(slot) = slots.get_mut(i) else {
                    continue;
                };
                if *slot != Value::UNBOUND {
                    return Err(exc::type_error(format!(
                        "{qual}() got multiple values for argument '{name}'"
                    )));
                }
                *slot = value;
            }
            None => {
                if let Some(d) = kwdict.and_then(dict::as_dict) {
                    let key = roots.push(pystr::new(name));
                    dict::set(d, key, value)?;
                } else if (0..nposonly).any(|i| f.param_name(i) == name) {
                    posonly_as_kw.push(name);
                } else {
                    return Err(exc::type_error(format!(
                        "{qual}() got an unexpected keyword argument '{name}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(exc::type_error(format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    let defaults = tuple::as_slice(f.defaults.get()).unwrap_or(&[]);
    if pos.len() > npos && !varargs {
        let given = pos.len();
        let kwonly_given = slots
            .iter()
            .skip(kwonly_start)
            .take(nkwonly)
            .filter(|v| **v != Value::UNBOUND)
            .count();
        let (sig, plural_s) = if !defaults.is_empty() {
            (
                format!("from {} to {}", npos - defaults.len().min(npos), npos),
                "s",
            )
        } else {
            (npos.to_string(), plural(npos))
        };
        let msg = if kwonly_given > 0 {
            format!(
                "{qual}() takes {sig} positional argument{plural_s} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                plural(given),
                plural(kwonly_given)
            )
        } else {
            format!(
                "{qual}() takes {sig} positional argument{plural_s} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            )
        };
        return Err(exc::type_error(msg));
    }
    // Positional defaults fill the last parameters.
    let first_default = npos.saturating_sub(defaults.len());
    let skip = defaults.len().saturating_sub(npos);
    let mut missing: Vec<&str> = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate().take(npos) {
        if *slot == Value::UNBOUND {
            match defaults
                .get(skip + i.wrapping_sub(first_default))
                .filter(|_| i >= first_default)
            {
                Some(d) => *slot = *d,
                None => missing.push(f.param_name(i)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(exc::type_error(format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing.len(),
            plural(missing.len()),
            name_list(&missing)
        )));
    }
    let kwdefaults = dict::as_dict(f.kwdefaults.get());
    for (i, slot) in slots
        .iter_mut()
        .enumerate()
        .skip(kwonly_start)
        .take(nkwonly)
    {
        if *slot == Value::UNBOUND {
            let name = f.param_name(i);
            let default = match kwdefaults {
                Some(d) => dict::read(d)?
                    .iter()
                    .find(|(k, _)| pystr::as_str(*k) == Some(name))
                    .map(|(_, v)| v),
                None => None,
            };
            match default {
                Some(v) => *slot = v,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(exc::type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            plural(missing.len()),
            name_list(&missing)
        )));
    }
    Ok(slots)
}

/// Calls a compiled function object.
pub fn call_function(callee: Value, args: Args) -> PyResult {
    let Some(f) = as_function(callee) else {
        return Err(exc::type_error("not a function"));
    };
    let roots = Roots::new();
    roots.push(callee);
    let bound = bind(f, args)?;
    roots.extend(&bound);
    let r = crate::entry::invoke_entry(f.desc, callee, &bound);
    if r.is_err() {
        Err(exc::Raised)
    } else {
        Ok(r)
    }
}

/// `cls(*args, **kwargs)` for any type object.
pub fn construct(cls: Value, t: &TypeObj, args: Args) -> PyResult {
    if t.module == "builtins" && t.layout != Layout::Exception {
        if let Some(r) = crate::builtins::construct::construct_builtin(cls, args)? {
            return Ok(r);
        }
    }
    let roots = Roots::new();
    roots.push(cls);
    let obj = match t.layout {
        Layout::Exception => {
            let user_init = t
                .lookup("__init__")
                .is_some_and(|i| !matches!(i.obj().map(|o| &o.kind), Some(Kind::Builtin(_))));
            crate::objects::exc_fields::construct(cls, args, user_init)?
        }
        Layout::Object => {
            if let Some(new) = t.lookup("__new__").filter(|n| !is_builtin_fn(*n)) {
                let new = match new.obj().map(|o| &o.kind) {
                    Some(Kind::StaticMethod(f)) => *f,
                    _ => new,
                };
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(cls);
                v.extend_from_slice(args.values);
                let obj = protocol::call(
                    new,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )?;
                if !types::isinstance(obj, cls) {
                    return Ok(obj);
                }
                obj
            } else {
                gc::alloc(Kind::Instance(InstanceObj {
                    class: Cell::new(cls),
                    attrs: RefCell::new(AttrMap::default()),
                }))
            }
        }
        Layout::Builtin => {
            return Err(exc::type_error(format!(
                "cannot create '{}' instances",
                t.name
            )))
        }
    };
    roots.push(obj);
    match t.lookup("__init__") {
        Some(init) if !is_builtin_fn(init) => {
            // Fast path: a plain `__init__` taking exactly the positional
            // arguments is entered directly, with `self` prepended in a
            // stack buffer (the callee copies it into its frame before any
            // safepoint, and `obj` is rooted above).
            if let Some(f) = as_function(init) {
                let d = f.desc;
                let n = args.values.len();
                if args.kwnames.is_empty()
                    && d.flags == 0
                    && d.nkwonly == 0
                    && d.nparams as usize == n + 1
                    && n < 8
                {
                    let mut buf = [Value::NONE; 8];
                    buf[0] = obj;
                    buf[1..=n].copy_from_slice(args.values);
                    let r = crate::entry::invoke_entry(d, init, &buf[..=n]);
                    if r.is_err() {
                        return Err(exc::Raised);
                    }
                    if !r.is_none() {
                        return Err(exc::type_error(format!(
                            "__init__() should return None, not '{}'",
                            type_name(r)
                        )));
                    }
                    return Ok(obj);
                }
            }
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(obj);
            v.extend_from_slice(args.values);
            let r = protocol::call(
                init,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            )?;
            if !r.is_none() {
                return Err(exc::type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(r)
                )));
            }
        }
        _ => {
            if t.layout == Layout::Object
                && !args.values.is_empty()
                && t.lookup("__new__").is_none_or(is_builtin_fn)
            {
                return Err(exc::type_error(format!("{}() takes no arguments", t.name)));
            }
        }
    }
    Ok(obj)
}

fn is_builtin_fn(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.kind), Some(Kind::Builtin(_)))
}

/// Allocates the generator for a call of generator function `func`.
pub fn gen_new(func: Value) -> PyResult {
    let Some(f) = as_function(func) else {
        return Err(exc::type_error("molt_gen_new: not a function"));
    };
    let n = f.desc.nslots as usize;
    let slots: Box<[Cell<u64>]> = (0..n).map(|_| Cell::new(molt_abi::UNBOUND)).collect();
    Ok(gc::alloc(Kind::Generator(Box::new(GenObj {
        func,
        slots,
        state: Cell::new(0),
        running: Cell::new(false),
        retval: Cell::new(Value::NONE),
        handling: RefCell::new(Vec::new()),
    }))))
}

pub fn as_gen(v: Value) -> Option<&'static GenObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Generator(g)) => Some(g),
        _ => None,
    }
}

const GEN_FINISHED: u32 = u32::MAX;

/// `next(gen)`.
pub fn gen_next(gen: Value) -> PyResult<Option<Value>> {
    gen_send(gen, Value::NONE)
}

/// `gen.send(value)`: the next yielded value, `None` when the body
/// finished.
pub fn gen_send(gen: Value, sent: Value) -> PyResult<Option<Value>> {
    let Some(g) = as_gen(gen) else {
        return Err(exc::type_error("expected a generator"));
    };
    if g.state.get() == GEN_FINISHED {
        return Ok(None);
    }
    if g.running.get() {
        return Err(exc::value_error("generator already executing"));
    }
    if g.state.get() == 0 && !sent.is_none() {
        return Err(exc::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    run_body(gen, g, sent)
}

/// Resumes a generator's body with `sent`; `Value::ERR` means "the pending
/// exception is raised at the suspension point" (`throw`).
fn run_body(gen: Value, g: &GenObj, sent: Value) -> PyResult<Option<Value>> {
    let Some(f) = as_function(g.func) else {
        return Err(exc::type_error("generator without a function"));
    };
    g.state.set(1);
    g.running.set(true);
    let roots = Roots::new();
    roots.push(gen);
    if !sent.is_err() {
        roots.push(sent);
    }
    // The body's own handled exceptions come back while it runs and are
    // put away again when it yields.
    let depth = exc::handling_depth();
    exc::push_all_handling(g.handling.take());
    let r = crate::entry::invoke_resume(f.desc, gen, g, sent);
    let own = exc::take_handling_above(depth);
    g.running.set(false);
    if r.is_err() {
        g.state.set(GEN_FINISHED);
        if exc::pending_is("StopIteration") {
            // PEP 479: a StopIteration escaping a generator body.
            let cause = exc::take_pending().unwrap_or(Value::NONE);
            let e = exc::new_exc("RuntimeError", "generator raised StopIteration");
            if let Some(eo) = exc::as_exc(e) {
                eo.cause.set(cause);
                eo.context.set(cause);
                eo.suppress_context.set(true);
            }
            return Err(exc::raise(e));
        }
        return Err(exc::Raised);
    }
    if r.0 == molt_abi::ITER_DONE {
        g.state.set(GEN_FINISHED);
        let ret = g.slots.get(1).map_or(molt_abi::NONE, |c| c.get());
        g.retval.set(if ret == molt_abi::UNBOUND {
            Value::NONE
        } else {
            Value(ret)
        });
        return Ok(None);
    }
    *g.handling.borrow_mut() = own;
    Ok(Some(r))
}

/// `gen.throw(exc)`: raises `exc` where the generator is suspended; the
/// next value it yields, `None` when it finished.
pub fn gen_throw(gen: Value, exception: Value) -> PyResult<Option<Value>> {
    let Some(g) = as_gen(gen) else {
        return Err(exc::type_error("expected a generator"));
    };
    if g.running.get() {
        return Err(exc::value_error("generator already executing"));
    }
    if g.state.get() == GEN_FINISHED {
        return Err(exc::raise(exception));
    }
    exc::raise(exception);
    run_body(gen, g, Value::ERR)
}

/// The `StopIteration` an exhausted iterator raises: a finished
/// generator's carries its return value.
pub fn stop_iteration(it: Value) -> exc::Raised {
    let ret = as_gen(it).map_or(Value::NONE, |g| g.retval.get());
    let e = if ret.is_none() {
        exc::new_exc_with_args("StopIteration", &[])
    } else {
        exc::new_exc_with_args("StopIteration", &[ret])
    };
    exc::raise(e)
}

/// Closes the generators the collector found abandoned while suspended,
/// as CPython does when it frees one; an error from `close()` is reported
/// on stderr ("Exception ignored in: ...") and otherwise ignored.
pub fn finalize_generators() {
    thread_local! {
        static ACTIVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    // A collection during a `close()` only queues more; this loop runs them.
    if ACTIVE.with(|a| a.replace(true)) {
        return;
    }
    while let Some(g) = gc::next_to_finalize() {
        let roots = Roots::new();
        roots.push(g);
        if gen_close(g).is_err() {
            if let Some(e) = exc::take_pending() {
                roots.push(e);
                let what = protocol::repr(g).unwrap_or_else(|_| {
                    exc::take_pending();
                    String::new()
                });
                crate::os::flush_stdout();
                crate::os::write_stderr(&format!(
                    "Exception ignored in: {what}\n{}",
                    crate::traceback::uncaught_text(e)
                ));
            }
        }
    }
    ACTIVE.with(|a| a.set(false));
}

/// `gen.close()`: raises GeneratorExit where the generator is suspended,
/// so its `finally` blocks and `with` exits run; a generator that yields
/// again is an error.
pub fn gen_close(gen: Value) -> PyResult {
    let Some(g) = as_gen(gen) else {
        return Ok(Value::NONE);
    };
    if g.running.get() {
        return Err(exc::value_error("generator already executing"));
    }
    if g.state.get() == 0 || g.state.get() == GEN_FINISHED {
        g.state.set(GEN_FINISHED);
        return Ok(Value::NONE);
    }
    let exit = exc::new_exc_with_args("GeneratorExit", &[]);
    match gen_throw(gen, exit) {
        Ok(Some(_)) => Err(exc::raise_new(
            "RuntimeError",
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(Value::NONE),
        Err(e) => {
            if exc::pending_is("GeneratorExit") || exc::pending_is("StopIteration") {
                exc::take_pending();
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}
