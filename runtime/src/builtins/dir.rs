//! `dir(obj)` and `vars(obj)`. `dir` gives the sorted attribute names of
//! an object, as CPython's default `__dir__`s compute them. A class's
//! `__dir__` decides for its instances; a module lists its namespace; a
//! class merges its own and its bases' namespaces; any other object adds
//! its own attributes to its class's names. `dir()` and `vars()` without
//! an argument (the names of the calling scope) are refused at build time.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, as_type, Layout, Ty, TypeObj};
use crate::objects::{list, str as pystr};
use crate::protocol;
use crate::value::Value;
use std::collections::BTreeSet;

/// The namespace of `object` in CPython 3.11.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The namespace of `BaseException` in CPython 3.11.
const BASE_EXCEPTION_NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__delattr__",
    "__dict__",
    "__doc__",
    "__getattribute__",
    "__init__",
    "__new__",
    "__reduce__",
    "__repr__",
    "__setattr__",
    "__setstate__",
    "__str__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

/// Members particular built-in exceptions add (those Molt implements).
const EXCEPTION_MEMBERS: &[(&str, &str)] = &[("StopIteration", "value"), ("SystemExit", "code")];

/// The module attributes CPython sets, listed when the module has them.
const MODULE_DUNDERS: &[&str] = &[
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

/// The `dir` builtin.
pub fn dir(_r: Value, args: Args) -> PyResult {
    args.no_kw("dir")?;
    let obj = match args.pos() {
        [obj] => *obj,
        [] => {
            // Only reachable through an alias (`d = dir; d()`): direct calls
            // are refused at build time.
            return Err(exc::raise_new(
                "NotImplementedError",
                "dir() without an argument is not supported by Molt",
            ));
        }
        more => {
            return Err(exc::type_error(format!(
                "dir expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    if let Some(f) = user_dir(obj) {
        let listed = protocol::call_special(f, obj, &[])?;
        let roots = Roots::new();
        roots.push(listed);
        let items = protocol::collect(listed)?;
        roots.extend(&items);
        let sorted = crate::builtins::methods::sort_values(items, Value::NONE, false)?;
        return Ok(list::new(sorted));
    }
    let names = match obj.obj().map(|o| &o.kind) {
        Some(Kind::Module(m)) => {
            let mut names: BTreeSet<String> = m.names().into_iter().collect();
            for d in MODULE_DUNDERS {
                if m.get(d).is_some() || crate::attr::getattr(obj, d).is_ok() {
                    names.insert((*d).to_string());
                }
                exc::take_pending();
            }
            names
        }
        Some(Kind::Type(_)) => class_names(obj),
        _ => {
            let mut names = class_names(types::type_of(obj));
            match obj.obj().map(|o| &o.kind) {
                Some(Kind::Instance(i)) => names.extend(own_names(&i.attrs.borrow())),
                Some(Kind::Exception(e)) => names.extend(own_names(&e.attrs.borrow())),
                Some(Kind::Function(f)) => names.extend(own_names(&f.attrs.borrow())),
                _ => {}
            }
            names
        }
    };
    let roots = Roots::new();
    let out = roots.push(list::new(Vec::with_capacity(names.len())));
    if let Some(l) = list::as_list(out) {
        for n in names {
            let s = pystr::new(&n);
            l.borrow_mut().push(s);
        }
    }
    Ok(out)
}

/// The `vars` builtin: `obj.__dict__`.
pub fn vars(_r: Value, args: Args) -> PyResult {
    args.no_kw("vars")?;
    match args.pos() {
        [obj] => crate::attr::getattr(*obj, "__dict__").map_err(|_| {
            exc::take_pending();
            exc::type_error("vars() argument must have __dict__ attribute")
        }),
        // Only reachable through an alias: direct calls are refused at
        // build time.
        [] => Err(exc::raise_new(
            "NotImplementedError",
            "vars() without an argument is not supported by Molt",
        )),
        more => Err(exc::type_error(format!(
            "vars expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// A `__dir__` defined by the object's class (not object's default).
fn user_dir(obj: Value) -> Option<Value> {
    protocol::special(obj, "__dir__")
        .filter(|f| !matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
}

fn own_names(attrs: &types::AttrMap) -> Vec<String> {
    attrs
        .iter()
        .filter(|(k, _)| !k.starts_with("__molt_"))
        .map(|(k, _)| k.to_string())
        .collect()
}

/// The names a class and its bases define.
fn class_names(cls: Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let Some(t) = as_type(cls) else {
        return names;
    };
    for c in std::iter::once(cls).chain(t.mro.iter().copied()) {
        if let Some(ct) = as_type(c) {
            add_own_names(c, ct, &mut names);
        }
    }
    names
}

fn add_own_names(cls: Value, t: &TypeObj, names: &mut BTreeSet<String>) {
    let add = |names: &mut BTreeSet<String>, list: &[&str]| {
        names.extend(list.iter().map(|n| n.to_string()));
    };
    names.extend(own_names(&t.dict.borrow()));
    if cls == types::builtin_type(Ty::Object) {
        add(names, OBJECT_NAMES);
        return;
    }
    if t.module == "builtins" {
        if t.layout == Layout::Exception {
            if t.name == "BaseException" {
                add(names, BASE_EXCEPTION_NAMES);
            }
            for (class, member) in EXCEPTION_MEMBERS {
                if t.name == *class {
                    names.insert((*member).to_string());
                }
            }
        } else {
            add(names, &crate::builtins::methods::builtin_type_names(cls));
        }
        return;
    }
    // A class statement's namespace also holds `__dict__` and `__weakref__`
    // (unless `__slots__` replaces them) and each slot's descriptor.
    let slots = t.dict.borrow().get("__slots__");
    match slots {
        None => add(names, &["__dict__", "__weakref__"]),
        Some(s) => {
            let listed = match pystr::as_str(s) {
                Some(one) => vec![mangle(&t.name, one)],
                None => protocol::collect(s)
                    .unwrap_or_else(|_| {
                        exc::take_pending();
                        Vec::new()
                    })
                    .into_iter()
                    .filter_map(pystr::as_str)
                    .map(|n| mangle(&t.name, n))
                    .collect(),
            };
            names.extend(listed);
        }
    }
}

/// A private slot name (`__x`) as the class stores it (`_C__x`).
fn mangle(class: &str, name: &str) -> String {
    if name.starts_with("__") && !name.ends_with("__") {
        let stripped = class.trim_start_matches('_');
        if !stripped.is_empty() {
            return format!("_{stripped}{name}");
        }
    }
    name.to_string()
}
