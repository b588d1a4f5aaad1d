//! `obj.__dict__` of an instance: a live mapping over the instance's
//! attribute table, so `obj.__dict__[k] = v`, `del obj.__dict__[k]` and
//! `obj.__dict__.update(...)` change the object as in CPython. The
//! instance keeps its attributes in its shaped table (`AttrMap`); this
//! object only forwards. Reading operations that return new objects (views,
//! `copy`, `repr`, comparisons) work on a snapshot dict, which gives the
//! same results because nothing can change the attributes in between.
//! (Unlike CPython, `isinstance(obj.__dict__, dict)` is False.)

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::InstanceObj;
use crate::objects::{dict, list, str as pystr};
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static CLASS: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn class() -> Value {
    let c = CLASS.with(|c| c.get());
    if !c.is_none() {
        return c;
    }
    let c = nc::new_class(
        "dict",
        "builtins",
        None,
        &[
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__eq__", eq),
            ("get", get),
            ("pop", pop),
            ("setdefault", setdefault),
            ("update", update),
            ("clear", clear),
            ("keys", keys),
            ("__getattr__", snapshot_attr),
        ],
    );
    nc::set_class_attr(c, "__hash__", Value::NONE);
    CLASS.with(|k| k.set(c));
    c
}

/// The live `__dict__` of instance `obj`.
pub fn new(obj: Value) -> Value {
    nc::instance(class(), vec![obj])
}

fn owner(r: Value, method: &str) -> PyResult<&'static InstanceObj> {
    let s = nc::receiver(r, class(), method)?;
    match nc::get(s, 0).obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => Ok(i),
        _ => Err(exc::type_error("instance dict without an instance")),
    }
}

/// A key of the attribute table (attribute names are strings).
fn key(k: Value) -> PyResult<&'static str> {
    pystr::as_str(k).ok_or_else(|| {
        exc::type_error(format!(
            "Molt keeps only str keys in an instance __dict__, not '{}'",
            protocol::type_name(k)
        ))
    })
}

fn key_error(k: Value) -> exc::Raised {
    exc::raise(exc::new_exc_with_args("KeyError", &[k]))
}

/// The attributes `__dict__` shows: all but those held in slots.
fn visible(i: &InstanceObj) -> Vec<(String, Value)> {
    let t = crate::objects::types::as_type(i.class.get());
    let slots = t.map(|t| t.slots.borrow());
    i.attrs
        .borrow()
        .iter()
        .filter(|(k, _)| !slots.as_ref().is_some_and(|s| s.is_slot(k)))
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

fn lookup(i: &InstanceObj, k: Value) -> Option<Value> {
    let name = pystr::as_str(k)?;
    visible(i)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

/// A snapshot of the attributes as a real dict.
fn snapshot(i: &InstanceObj) -> PyResult {
    let pairs = visible(i);
    let refs: Vec<(&str, Value)> = pairs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    dict::from_str_pairs(&refs)
}

fn getitem(r: Value, args: Args) -> PyResult {
    args.check("__getitem__", 1, 1, &[])?;
    let k = args.pos()[0];
    let i = owner(r, "__getitem__")?;
    lookup(i, k).ok_or_else(|| key_error(k))
}

fn setitem(r: Value, args: Args) -> PyResult {
    args.check("__setitem__", 2, 2, &[])?;
    let i = owner(r, "__setitem__")?;
    i.attrs.borrow_mut().set(key(args.pos()[0])?, args.pos()[1]);
    Ok(Value::NONE)
}

fn delitem(r: Value, args: Args) -> PyResult {
    args.check("__delitem__", 1, 1, &[])?;
    let k = args.pos()[0];
    let i = owner(r, "__delitem__")?;
    let removed = pystr::as_str(k).and_then(|name| i.attrs.borrow_mut().remove(name));
    removed.map(|_| Value::NONE).ok_or_else(|| key_error(k))
}

fn contains(r: Value, args: Args) -> PyResult {
    args.check("__contains__", 1, 1, &[])?;
    let i = owner(r, "__contains__")?;
    let found =
        pystr::as_str(args.pos()[0]).is_some_and(|name| i.attrs.borrow().get(name).is_some());
    Ok(Value::bool(found))
}

fn len(r: Value, args: Args) -> PyResult {
    args.check("__len__", 0, 0, &[])?;
    let i = owner(r, "__len__")?;
    Ok(Value::small_int(visible(i).len() as i64))
}

fn iter(r: Value, args: Args) -> PyResult {
    args.check("__iter__", 0, 0, &[])?;
    let i = owner(r, "__iter__")?;
    let roots = Roots::new();
    let names: Vec<String> = i
        .attrs
        .borrow()
        .iter()
        .map(|(k, _)| k.to_string())
        .collect();
    let keys: Vec<Value> = names.iter().map(|n| roots.push(pystr::new(n))).collect();
    let l = roots.push(list::new(keys));
    protocol::iter(l)
}

fn repr(r: Value, args: Args) -> PyResult {
    args.check("__repr__", 0, 0, &[])?;
    let d = snapshot(owner(r, "__repr__")?)?;
    let roots = Roots::new();
    roots.push(d);
    Ok(pystr::from_string(protocol::repr(d)?))
}

fn eq(r: Value, args: Args) -> PyResult {
    args.check("__eq__", 1, 1, &[])?;
    let roots = Roots::new();
    let d = roots.push(snapshot(owner(r, "__eq__")?)?);
    let other = args.pos()[0];
    let other = match nc::state_of(other, class()) {
        Some(s) => match nc::get(s, 0).obj().map(|o| &o.kind) {
            Some(Kind::Instance(i)) => roots.push(snapshot(i)?),
            _ => other,
        },
        None => other,
    };
    protocol::compare(protocol::CmpOp::Eq, d, other)
}

fn get(r: Value, args: Args) -> PyResult {
    args.check("get", 1, 2, &[])?;
    let i = owner(r, "get")?;
    let found = lookup(i, args.pos()[0]);
    Ok(found.unwrap_or_else(|| args.pos().get(1).copied().unwrap_or(Value::NONE)))
}

fn pop(r: Value, args: Args) -> PyResult {
    args.check("pop", 1, 2, &[])?;
    let k = args.pos()[0];
    let i = owner(r, "pop")?;
    let removed = pystr::as_str(k).and_then(|name| i.attrs.borrow_mut().remove(name));
    match (removed, args.pos().get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(*default),
        (None, None) => Err(key_error(k)),
    }
}

fn setdefault(r: Value, args: Args) -> PyResult {
    args.check("setdefault", 1, 2, &[])?;
    let i = owner(r, "setdefault")?;
    let name = key(args.pos()[0])?;
    if let Some(v) = i.attrs.borrow().get(name) {
        return Ok(v);
    }
    let v = args.pos().get(1).copied().unwrap_or(Value::NONE);
    i.attrs.borrow_mut().set(name, v);
    Ok(v)
}

/// `update(mapping_or_pairs, **kw)`: merged through a real dict, which
/// accepts everything `dict.update` does.
fn update(r: Value, args: Args) -> PyResult {
    let i = owner(r, "update")?;
    let roots = Roots::new();
    let d = roots.push(dict::new());
    crate::entry::call_method(d, "update", args)?;
    let Some(dd) = dict::as_dict(d) else {
        return Ok(Value::NONE);
    };
    for (k, v) in dict::items(dd)? {
        i.attrs.borrow_mut().set(key(k)?, v);
    }
    Ok(Value::NONE)
}

fn clear(r: Value, args: Args) -> PyResult {
    args.check("clear", 0, 0, &[])?;
    let i = owner(r, "clear")?;
    let names: Vec<String> = i
        .attrs
        .borrow()
        .iter()
        .map(|(k, _)| k.to_string())
        .collect();
    for n in names {
        i.attrs.borrow_mut().remove(&n);
    }
    Ok(Value::NONE)
}

/// Every other dict method (`keys`, `items`, `values`, `copy`, ...) runs
/// on a snapshot.
/// `keys` is on the class (not only reached through `__getattr__`) so that
/// `dict(obj.__dict__)` and `d.update(obj.__dict__)` see a mapping.
fn keys(r: Value, args: Args) -> PyResult {
    args.check("keys", 0, 0, &[])?;
    let roots = Roots::new();
    let d = roots.push(snapshot(owner(r, "keys")?)?);
    crate::entry::call_method(d, "keys", Args::positional(&[]))
}

fn snapshot_attr(r: Value, args: Args) -> PyResult {
    args.check("__getattr__", 1, 1, &[])?;
    let name = nc::str_arg(args.pos()[0], "attribute name must be string")?;
    let roots = Roots::new();
    let d = roots.push(snapshot(owner(r, "__getattr__")?)?);
    crate::attr::getattr(d, name)
}
