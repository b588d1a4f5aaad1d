//! Classes of the standard-library modules implemented in Rust: a type
//! whose methods are native functions, and instances that keep their Rust
//! side state as a list of values under one hidden attribute. Instances are
//! ordinary `Kind::Instance` objects, so the protocols dispatch to the
//! class's special methods and user classes can subclass them.

use crate::exc::{self, PyResult};
use crate::gc;
use crate::object::Kind;
use crate::objects::function::{Args, BuiltinObj, NativeFn};
use crate::objects::native::{self, NativeData};
use crate::objects::types::{self, AttrMap, InstanceObj, Layout, Ty};
use crate::objects::{list, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::{Cell, RefCell};

const STATE: &str = "__molt_state__";

/// A method table entry: a name and its function. `__new__` becomes a
/// static method (so construction reaches it), names in `classmethods`
/// receive the class.
pub type Methods<'a> = &'a [(&'static str, NativeFn)];

/// Creates a permanent class `module.name` with native methods.
pub fn new_class(name: &str, module: &str, base: Option<Value>, methods: Methods) -> Value {
    let base = base.unwrap_or_else(|| types::builtin_type(Ty::Object));
    let cls =
        types::new_type(name, module, vec![base], Layout::Object, true).unwrap_or(Value::NONE);
    if let Some(t) = types::as_type(cls) {
        let mut d = t.dict.borrow_mut();
        for &(n, f) in methods {
            let v = if n == "__new__" {
                gc::alloc_permanent(Kind::StaticMethod(crate::builtins::native(n, f)))
            } else {
                unbound(n, f)
            };
            d.set(n, v);
        }
    }
    cls
}

/// Adds a class method (receives the class as `receiver`'s first argument).
pub fn add_classmethod(cls: Value, name: &'static str, f: NativeFn) {
    if let Some(t) = types::as_type(cls) {
        let m = gc::alloc_permanent(Kind::ClassMethod(crate::builtins::native(name, f)));
        t.dict.borrow_mut().set(name, m);
    }
}

/// Sets a plain class attribute.
pub fn set_class_attr(cls: Value, name: &str, v: Value) {
    if let Some(t) = types::as_type(cls) {
        t.dict.borrow_mut().set(name, v);
    }
}

/// Is `cls`'s `__init__` a native one (its own, not replaced by a Python
/// subclass)? Native classes construct in `__new__`, which then runs it:
/// a subclass's Python `__init__` reaches it through `super()` instead.
pub fn runs_native_init(cls: Value) -> bool {
    types::as_type(cls)
        .and_then(|t| t.lookup("__init__"))
        .is_some_and(|i| matches!(i.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
}

/// A method that binds to the instance it is looked up on.
pub fn unbound(name: &'static str, f: NativeFn) -> Value {
    gc::alloc_permanent(Kind::Builtin(BuiltinObj {
        name,
        f,
        receiver: Value::UNBOUND,
    }))
}

/// A new instance of `cls` holding `state`.
pub fn instance(cls: Value, state: Vec<Value>) -> Value {
    let roots = gc::Roots::new();
    roots.extend(&state);
    let s = roots.push(list::new(state));
    let mut attrs = AttrMap::default();
    attrs.set(STATE, s);
    gc::alloc(Kind::Instance(InstanceObj {
        class: Cell::new(cls),
        attrs: RefCell::new(attrs),
    }))
}

/// A new instance of `cls` whose state is Rust data (slot 0 of its state
/// holds the `Kind::Native` object); `native_of` gets it back.
pub fn native_instance(cls: Value, data: Box<dyn NativeData>) -> Value {
    let roots = gc::Roots::new();
    let d = roots.push(native::new(data));
    instance(cls, vec![d])
}

/// The Rust data of `obj` if it is an instance of `cls` (or a subclass)
/// made by `native_instance` with a `T`.
pub fn native_of<T: NativeData>(obj: Value, cls: Value) -> Option<&'static T> {
    state_of(obj, cls).and_then(|s| native::downcast::<T>(get(s, 0)))
}

/// `native_of` for the receiver of method `method`, or CPython's
/// descriptor error.
pub fn native_receiver<T: NativeData>(
    obj: Value,
    cls: Value,
    method: &str,
) -> PyResult<&'static T> {
    let s = receiver(obj, cls, method)?;
    native::downcast::<T>(get(s, 0)).ok_or_else(|| {
        exc::type_error(format!(
            "descriptor '{method}' requires an initialized object, got '{}'",
            type_name(obj)
        ))
    })
}

/// The state of an instance made by `instance`.
pub fn state(obj: Value) -> Option<&'static RefCell<Vec<Value>>> {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => i.attrs.borrow().get(STATE).and_then(list::as_list),
        _ => None,
    }
}

/// The state of `obj` if it is an instance of `cls` (or a subclass).
pub fn state_of(obj: Value, cls: Value) -> Option<&'static RefCell<Vec<Value>>> {
    if types::isinstance(obj, cls) {
        state(obj)
    } else {
        None
    }
}

/// The state of the receiver of method `method` of class `cls`, or
/// CPython's descriptor error.
pub fn receiver(obj: Value, cls: Value, method: &str) -> PyResult<&'static RefCell<Vec<Value>>> {
    match state_of(obj, cls) {
        Some(s) => Ok(s),
        None => {
            let (m, n) = types::as_type(cls)
                .map(|t| (t.module.clone(), t.name.clone()))
                .unwrap_or_default();
            Err(exc::type_error(format!(
                "descriptor '{method}' for '{m}.{n}' objects doesn't apply to a '{}' object",
                type_name(obj)
            )))
        }
    }
}

/// Slot `i` of a state (None when out of range).
pub fn get(s: &RefCell<Vec<Value>>, i: usize) -> Value {
    s.borrow().get(i).copied().unwrap_or(Value::NONE)
}

pub fn set(s: &RefCell<Vec<Value>>, i: usize, v: Value) {
    if let Some(x) = s.borrow_mut().get_mut(i) {
        *x = v;
    }
}

/// Raises `StopIteration` (end of a native `__next__`).
pub fn stop() -> exc::Raised {
    exc::raise(exc::new_exc_with_args("StopIteration", &[]))
}

/// `__iter__` returning the receiver.
pub fn iter_self(r: Value, _args: Args) -> PyResult {
    Ok(r)
}

/// The class `cls` passed to a native `__new__` (its first argument).
pub fn new_args<'a>(args: &Args<'a>) -> PyResult<(Value, Args<'a>)> {
    let Some((&cls, rest)) = args.values.split_first() else {
        return Err(exc::type_error("__new__(): not enough arguments"));
    };
    if types::as_type(cls).is_none() {
        return Err(exc::type_error("__new__(X): X is not a type object"));
    }
    Ok((
        cls,
        Args {
            values: rest,
            kwnames: args.kwnames,
        },
    ))
}

/// A list's items (a snapshot).
pub fn list_items(v: Value) -> Vec<Value> {
    list::as_list(v)
        .map(|l| l.borrow().clone())
        .unwrap_or_default()
}

/// A tuple's items.
pub fn tuple_items(v: Value) -> Vec<Value> {
    tuple::as_slice(v).map(|t| t.to_vec()).unwrap_or_default()
}

/// A str argument or `TypeError(msg)`.
pub fn str_arg(v: Value, msg: &str) -> PyResult<&'static str> {
    pystr::as_str(v).ok_or_else(|| exc::type_error(msg))
}

/// `repr` of several values joined with ", ".
pub fn reprs(items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for &v in items {
        parts.push(protocol::repr(v)?);
    }
    Ok(parts.join(", "))
}

/// The class name used in reprs: the type's own name (subclasses show
/// theirs, as CPython does).
pub fn class_name(obj: Value) -> String {
    type_name(obj)
}

/// Calls `f` with positional arguments.
pub fn call(f: Value, args: &[Value]) -> PyResult {
    protocol::call(f, Args::positional(args))
}

/// An integer argument that must be an int (`__index__` accepted).
pub fn int_arg(v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    protocol::index_value(v)
}

/// `a < b` as a bool.
pub fn lt(a: Value, b: Value) -> PyResult<bool> {
    let r = protocol::compare(protocol::CmpOp::Lt, a, b)?;
    protocol::truthy(r)
}

/// Binds `args` to named parameters, CPython style for functions written
/// in C with Argument Clinic: `names[..npos_only]` positional, the rest
/// positional-or-keyword, `kwonly` keyword only. Missing required ones
/// (the first `required`) raise `TypeError`.
pub fn bind(
    args: &Args,
    fname: &str,
    names: &[&str],
    kwonly: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = args.pos();
    if p.len() > names.len() {
        let max = names.len();
        return Err(exc::type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({} given)",
            if kwonly.is_empty() { "" } else { "positional " },
            if max == 1 { "" } else { "s" },
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len() + kwonly.len()];
    for (i, v) in p.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in args.kw() {
        let idx = names.iter().chain(kwonly.iter()).position(|n| *n == k);
        match idx {
            Some(i) if i < p.len() => {
                return Err(exc::type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(exc::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(exc::type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Calls `obj.name(*pos, **kw)` with keyword names given as text.
pub fn call_method_kw(obj: Value, name: &str, pos: &[Value], kw: &[(&str, Value)]) -> PyResult {
    let roots = gc::Roots::new();
    let mut values = pos.to_vec();
    let mut names = Vec::new();
    for (k, v) in kw {
        values.push(*v);
        names.push(roots.push(pystr::new(k)));
    }
    roots.extend(&values);
    crate::entry::call_method(
        obj,
        name,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

/// Calls `f(*pos, **kw)` with keyword names given as text.
pub fn call_kw(f: Value, pos: &[Value], kw: &[(&str, Value)]) -> PyResult {
    let roots = gc::Roots::new();
    let mut values = pos.to_vec();
    let mut names = Vec::new();
    for (k, v) in kw {
        values.push(*v);
        names.push(roots.push(pystr::new(k)));
    }
    roots.extend(&values);
    protocol::call(
        f,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

/// A builtin from the builtins namespace.
pub fn builtin(name: &str) -> Value {
    crate::builtins::lookup(name).unwrap_or(Value::NONE)
}
