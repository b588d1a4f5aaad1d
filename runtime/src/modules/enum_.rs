//! `enum`: `Enum`, `IntEnum`, `Flag`, `IntFlag`, `auto`, `unique`.
//!
//! `EnumType` is a runtime metaclass. When a class deriving from `Enum` is
//! created (`__molt_class_init__`), the non-descriptor names of its body
//! become members: instances of the class with `_name_` and `_value_`,
//! stored back in the class dict, in `_member_map_` (name → member, aliases
//! included), `_member_names_` (canonical members in definition order) and
//! `_value2member_map_`. The metaclass gives the class `Color(value)`,
//! `Color[name]`, iteration, `len`, `in` and the reassignment guard.
//! `IntEnum` and `IntFlag` members forward int behaviour to their value
//! (Molt cannot subclass `int` yet, so `isinstance(m, int)` is False).

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, InstanceObj, Ty};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol::{self, CmpOp};
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    /// EnumType, Enum, IntEnum, Flag, IntFlag, auto.
    static CLASSES: Cell<[Value; 6]> = const { Cell::new([Value::NONE; 6]) };
}

/// Index of EnumType in `CLASSES`.
pub const META: usize = 0;
const ENUM: usize = 1;
const INTENUM: usize = 2;
const FLAG: usize = 3;
const INTFLAG: usize = 4;
const AUTO: usize = 5;

pub fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

fn own(obj: Value, name: &str) -> Option<Value> {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => i.attrs.borrow().get(name),
        _ => None,
    }
}

fn value_of(m: Value) -> Value {
    own(m, "_value_").unwrap_or(Value::NONE)
}

fn name_of(m: Value) -> Value {
    own(m, "_name_").unwrap_or(Value::NONE)
}

fn cls_dict_get(cls: Value, name: &str) -> Option<Value> {
    types::as_type(cls).and_then(|t| t.dict.borrow().get(name))
}

fn is_flag(cls: Value) -> bool {
    types::is_subtype(cls, class(FLAG))
}

fn is_int(cls: Value) -> bool {
    types::is_subtype(cls, class(INTENUM)) || types::is_subtype(cls, class(INTFLAG))
}

fn cls_name(cls: Value) -> String {
    types::as_type(cls).map_or(String::new(), |t| t.name.clone())
}

/// The canonical members of `cls` in definition order.
fn members(cls: Value) -> PyResult<Vec<Value>> {
    let Some(names) = cls_dict_get(cls, "_member_names_") else {
        return Ok(Vec::new());
    };
    let Some(map) = cls_dict_get(cls, "_member_map_").and_then(dict::as_dict) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for n in nc::list_items(names) {
        if let Some(m) = dict::get(map, n)? {
            out.push(m);
        }
    }
    Ok(out)
}

fn is_descriptor(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Function(_))
        | Some(Kind::Property { .. })
        | Some(Kind::StaticMethod(_))
        | Some(Kind::ClassMethod(_))
        | Some(Kind::Builtin(_)) => true,
        Some(Kind::Instance(_)) => ["__get__", "__set__", "__delete__"]
            .iter()
            .any(|n| protocol::special(v, n).is_some()),
        _ => false,
    }
}

fn is_dunder(n: &str) -> bool {
    n.len() > 4 && n.starts_with("__") && n.ends_with("__")
}

fn is_sunder(n: &str) -> bool {
    let b = n.as_bytes();
    n.len() > 2 && b[0] == b'_' && b[n.len() - 1] == b'_' && b[1] != b'_' && b[n.len() - 2] != b'_'
}

fn new_member(cls: Value) -> Value {
    gc::alloc(Kind::Instance(InstanceObj {
        class: Cell::new(cls),
        attrs: RefCell::new(AttrMap::default()),
    }))
}

fn set_own(m: Value, name: &str, v: Value) -> PyResult<()> {
    crate::attr::generic_setattr(m, name, v)
}

fn high_bit(v: Value) -> PyResult<i64> {
    let n = int::to_i64(v).ok_or_else(|| exc::type_error("flag values must be integers"))?;
    Ok(63 - n.leading_zeros() as i64)
}

/// The default `_generate_next_value_` of Enum or Flag.
fn next_value(cls: Value, name: Value, count: usize, last: &[Value]) -> PyResult {
    let user = types::as_type(cls).and_then(|t| t.lookup("_generate_next_value_"));
    if let Some(f) = user.filter(|f| matches!(f.obj().map(|o| &o.kind), Some(Kind::Function(_)))) {
        let roots = Roots::new();
        let l = roots.push(list::new(last.to_vec()));
        return nc::call(
            f,
            &[name, Value::small_int(1), int::from_i64(count as i64), l],
        );
    }
    if is_flag(cls) {
        if count == 0 || last.is_empty() {
            return Ok(Value::small_int(1));
        }
        let mut max = last[0];
        for &v in last {
            if nc::lt(max, v)? {
                max = v;
            }
        }
        let hb = high_bit(max)?;
        return Ok(int::from_i64(1i64 << (hb + 1)));
    }
    for &v in last.iter().rev() {
        match crate::ops::add(v, Value::small_int(1)) {
            Ok(r) => return Ok(r),
            Err(e) => {
                if exc::pending_is("TypeError") {
                    exc::take_pending();
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(Value::small_int(1))
}

fn is_auto(v: Value) -> bool {
    !class(AUTO).is_none() && types::isinstance(v, class(AUTO))
}

/// `EnumType.__new__`'s work: turns the class body's names into members.
fn class_init(cls: Value, _a: Args) -> PyResult {
    let Some(t) = types::as_type(cls) else {
        return Ok(Value::NONE);
    };
    for &b in &t.mro {
        if let Some(names) = cls_dict_get(b, "_member_names_") {
            if !nc::list_items(names).is_empty() {
                return Err(exc::type_error(format!(
                    "{} cannot extend {}",
                    protocol::repr(cls)?,
                    protocol::repr(b)?
                )));
            }
        }
    }
    let roots = Roots::new();
    roots.push(cls);
    let names_l = roots.push(list::new(Vec::new()));
    let map = roots.push(dict::new());
    let v2m = roots.push(dict::new());
    {
        let mut d = t.dict.borrow_mut();
        d.set("_member_names_", names_l);
        d.set("_member_map_", map);
        d.set("_value2member_map_", v2m);
    }
    let (Some(mapd), Some(v2md), Some(names)) = (
        dict::as_dict(map),
        dict::as_dict(v2m),
        list::as_list(names_l),
    ) else {
        return Ok(Value::NONE);
    };
    let ignore: Vec<String> = match t.dict.borrow().get("_ignore_") {
        Some(v) => match pystr::as_str(v) {
            Some(s) => s
                .replace(',', " ")
                .split_whitespace()
                .map(String::from)
                .collect(),
            None => nc::list_items(v)
                .iter()
                .filter_map(|x| pystr::as_str(*x).map(String::from))
                .collect(),
        },
        None => Vec::new(),
    };
    let entries: Vec<(String, Value)> = t
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let private = format!("_{}__", t.name);
    let user_init = t
        .lookup("__init__")
        .filter(|f| matches!(f.obj().map(|o| &o.kind), Some(Kind::Function(_))));
    let user_new = t
        .dict
        .borrow()
        .get("__new__")
        .and_then(|f| match f.obj().map(|o| &o.kind) {
            Some(Kind::StaticMethod(g)) => Some(*g),
            Some(Kind::Function(_)) => Some(f),
            _ => None,
        });
    let flag = is_flag(cls);
    let intish = is_int(cls);
    let mut last_values: Vec<Value> = Vec::new();
    let mut count = 0usize;
    for (name, raw) in entries {
        if is_dunder(&name)
            || is_sunder(&name)
            || name.starts_with(&private)
            || ignore.contains(&name)
            || is_descriptor(raw)
        {
            if name == "_ignore_" {
                t.dict.borrow_mut().remove("_ignore_");
            }
            continue;
        }
        let name_v = roots.push(pystr::new(&name));
        let mut value = raw;
        if is_auto(raw) {
            let inner = own(raw, "value").unwrap_or(Value::NONE);
            value = if inner == raw || inner.is_none() {
                roots.push(next_value(cls, name_v, count, &last_values)?)
            } else {
                inner
            };
            let _ = set_own(raw, "value", value);
        }
        roots.push(value);
        last_values.push(value);
        let args: Vec<Value> = match tuple::as_slice(value) {
            Some(items) if user_init.is_some() || user_new.is_some() => items.to_vec(),
            _ => vec![value],
        };
        roots.extend(&args);
        let member = match user_new {
            Some(f) => {
                let mut a = vec![cls];
                a.extend_from_slice(&args);
                roots.push(nc::call(f, &a)?)
            }
            None => roots.push(new_member(cls)),
        };
        let mut stored = own(member, "_value_").unwrap_or(value);
        if intish && !int::is_int(stored) {
            stored = roots.push(nc::call(types::builtin_type(Ty::Int), &[stored])?);
        }
        set_own(member, "_value_", stored)?;
        set_own(member, "_name_", name_v)?;
        if let Some(init) = user_init {
            let mut a = vec![member];
            a.extend_from_slice(&args);
            nc::call(init, &a)?;
        }
        // An alias when an earlier member has an equal value.
        let mut canonical = None;
        for m in members(cls)? {
            let mv = value_of(m);
            if mv == stored || protocol::eq(mv, stored)? {
                canonical = Some(m);
                break;
            }
        }
        if canonical.is_none() && flag {
            // Multi-bit flag members are aliases of their bits' union.
            for (k, m) in dict::items(mapd)? {
                let _ = k;
                if value_of(m) == stored {
                    canonical = Some(m);
                    break;
                }
            }
        }
        match canonical {
            Some(m) => {
                dict::set(mapd, name_v, m)?;
                t.dict.borrow_mut().set(&name, m);
            }
            None => {
                let single =
                    !flag || int::to_i64(stored).is_some_and(|v| v > 0 && v & (v - 1) == 0);
                if single {
                    names.borrow_mut().push(name_v);
                }
                dict::set(mapd, name_v, member)?;
                match protocol::hash(stored) {
                    Ok(_) => dict::set(v2md, stored, member)?,
                    Err(_) => {
                        exc::take_pending();
                    }
                }
                t.dict.borrow_mut().set(&name, member);
            }
        }
        count += 1;
    }
    Ok(Value::NONE)
}

// ---- EnumType (the metaclass)

fn invalid_value(cls: Value, value: Value) -> PyResult<exc::Raised> {
    let q = types::as_type(cls).map_or(String::new(), |t| t.qualname.clone());
    Ok(exc::value_error(format!(
        "{} is not a valid {q}",
        protocol::repr(value)?
    )))
}

fn flag_mask(cls: Value) -> PyResult<i64> {
    let mut mask = 0i64;
    for m in members(cls)? {
        mask |= int::to_i64(value_of(m)).unwrap_or(0);
    }
    Ok(mask)
}

/// The member (or composite pseudo-member) of flag class `cls` for `v`.
fn flag_member(cls: Value, v: i64) -> PyResult {
    let roots = Roots::new();
    let vv = roots.push(int::from_i64(v));
    if let Some(d) = cls_dict_get(cls, "_value2member_map_").and_then(dict::as_dict) {
        if let Some(m) = dict::get(d, vv)? {
            return Ok(m);
        }
    }
    let mask = flag_mask(cls)?;
    if v < 0 || v & !mask != 0 {
        if is_int(cls) {
            // IntFlag keeps unknown bits.
        } else {
            let width = 64 - (mask | v.max(0)).leading_zeros() as usize;
            return Err(exc::value_error(format!(
                "{} invalid value {v}\n    given 0b0 {:0w$b}\n  allowed 0b0 {:0w$b}",
                protocol::repr(cls)?,
                v,
                mask,
                w = width.max(1)
            )));
        }
    }
    let mut parts = Vec::new();
    for m in members(cls)? {
        let mv = int::to_i64(value_of(m)).unwrap_or(0);
        if mv != 0 && v & mv == mv {
            parts.push(pystr::as_str(name_of(m)).unwrap_or("?").to_string());
        }
    }
    let extra = v & !mask;
    if extra != 0 {
        parts.push(extra.to_string());
    }
    let member = roots.push(new_member(cls));
    set_own(member, "_value_", vv)?;
    let name = if parts.is_empty() {
        Value::NONE
    } else {
        roots.push(pystr::from_string(parts.join("|")))
    };
    set_own(member, "_name_", name)?;
    if let Some(d) = cls_dict_get(cls, "_value2member_map_").and_then(dict::as_dict) {
        dict::set(d, vv, member)?;
    }
    Ok(member)
}

fn lookup_value(cls: Value, value: Value) -> PyResult {
    if types::type_of(value) == cls {
        return Ok(value);
    }
    if let Some(d) = cls_dict_get(cls, "_value2member_map_").and_then(dict::as_dict) {
        match dict::get(d, value) {
            Ok(Some(m)) => return Ok(m),
            Ok(None) => {}
            Err(_) => {
                exc::take_pending();
            }
        }
    }
    for m in members(cls)? {
        if protocol::eq(value_of(m), value)? {
            return Ok(m);
        }
    }
    if is_flag(cls) && int::is_int(value) && !value.is_float() {
        if let Some(v) = int::to_i64(value) {
            return flag_member(cls, v);
        }
    }
    if let Some(t) = types::as_type(cls) {
        if let Some(f) = t.lookup("_missing_") {
            if let Some(Kind::ClassMethod(g)) = f.obj().map(|o| &o.kind) {
                let r = nc::call(*g, &[cls, value])?;
                if types::isinstance(r, cls) {
                    return Ok(r);
                }
                if !r.is_none() {
                    return Err(exc::type_error(format!(
                        "error in {}._missing_: returned {} instead of None or a valid member",
                        t.qualname,
                        protocol::repr(r)?
                    )));
                }
            }
        }
    }
    Err(invalid_value(cls, value)?)
}

/// `Enum('Name', 'A B C')`: the functional API.
fn functional(cls: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "__call__",
        &["value", "names"],
        &["module", "qualname", "type", "start", "boundary"],
        2,
    )?;
    let name = b[0].unwrap_or(Value::NONE);
    let names = b[1].unwrap_or(Value::NONE);
    let start = b[5].unwrap_or(Value::small_int(1));
    let roots = Roots::new();
    let ns = roots.push(dict::new());
    let Some(nsd) = dict::as_dict(ns) else {
        return Ok(Value::NONE);
    };
    let module = roots.push(b[2].unwrap_or_else(|| pystr::new("__main__")));
    let key = roots.push(pystr::new("__module__"));
    dict::set(nsd, key, module)?;
    let items: Vec<Value> = match pystr::as_str(names) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(|n| roots.push(pystr::new(n)))
            .collect(),
        None => match dict::as_dict(names) {
            Some(d) => {
                for (k, v) in dict::items(d)? {
                    dict::set(nsd, k, v)?;
                }
                Vec::new()
            }
            None => protocol::collect(names)?,
        },
    };
    roots.extend(&items);
    let mut i = int::to_i64(start).unwrap_or(1);
    let flag = is_flag(cls);
    if flag && i == 1 {
        i = 1;
    }
    for it in items {
        if let Some(pair) = tuple::as_slice(it) {
            if pair.len() == 2 {
                dict::set(nsd, pair[0], pair[1])?;
                continue;
            }
        }
        let v = int::from_i64(i);
        dict::set(nsd, it, v)?;
        i = if flag { i * 2 } else { i + 1 };
    }
    let n = pystr::as_str(name).unwrap_or("Enum").to_string();
    let bases = roots.push(tuple::new(vec![cls]));
    crate::entry::make_class(&n, &n, bases, ns)
}

fn meta_call(cls: Value, args: Args) -> PyResult {
    if args.values.len() > 1 || !args.kwnames.is_empty() {
        return functional(cls, args);
    }
    let Some(&value) = args.pos().first() else {
        return Err(exc::type_error(
            "EnumType.__call__() missing 1 required positional argument: 'value'",
        ));
    };
    lookup_value(cls, value)
}

fn meta_getitem(cls: Value, args: Args) -> PyResult {
    let name = args.pos().first().copied().unwrap_or(Value::NONE);
    if let Some(d) = cls_dict_get(cls, "_member_map_").and_then(dict::as_dict) {
        if let Some(m) = dict::get(d, name)? {
            return Ok(m);
        }
    }
    let roots = Roots::new();
    roots.push(name);
    Err(exc::raise(exc::new_exc_with_args("KeyError", &[name])))
}

fn meta_iter(cls: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let l = roots.push(list::new(members(cls)?));
    protocol::iter(l)
}

fn meta_reversed(cls: Value, _a: Args) -> PyResult {
    let mut m = members(cls)?;
    m.reverse();
    let roots = Roots::new();
    let l = roots.push(list::new(m));
    protocol::iter(l)
}

fn meta_len(cls: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(members(cls)?.len() as i64))
}

fn meta_contains(cls: Value, args: Args) -> PyResult {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    if !types::isinstance(v, class(ENUM)) {
        return Err(exc::type_error(format!(
            "unsupported operand type(s) for 'in': '{}' and '{}'",
            protocol::type_name(v),
            protocol::type_name(cls)
        )));
    }
    if !types::isinstance(v, cls) {
        return Ok(Value::FALSE);
    }
    if is_flag(cls) {
        return Ok(Value::TRUE);
    }
    let n = name_of(v);
    Ok(Value::bool(
        match cls_dict_get(cls, "_member_map_").and_then(dict::as_dict) {
            Some(d) => dict::get(d, n)? == Some(v),
            None => false,
        },
    ))
}

fn meta_repr(cls: Value, _a: Args) -> PyResult {
    let kind = if is_flag(cls) { "flag" } else { "enum" };
    Ok(pystr::from_string(format!("<{kind} '{}'>", cls_name(cls))))
}

fn is_member_name(cls: Value, name: Value) -> PyResult<bool> {
    Ok(
        match cls_dict_get(cls, "_member_map_").and_then(dict::as_dict) {
            Some(d) => dict::get(d, name)?.is_some(),
            None => false,
        },
    )
}

fn meta_setattr(cls: Value, args: Args) -> PyResult {
    let p = args.pos();
    let (name, value) = match p {
        [n, v] => (*n, *v),
        _ => return Err(exc::type_error("__setattr__ expects 2 arguments")),
    };
    if is_member_name(cls, name)? {
        return Err(exc::raise_new(
            "AttributeError",
            &format!(
                "cannot reassign member '{}'",
                pystr::as_str(name).unwrap_or("?")
            ),
        ));
    }
    if let Some(t) = types::as_type(cls) {
        t.dict
            .borrow_mut()
            .set(pystr::as_str(name).unwrap_or("?"), value);
    }
    Ok(Value::NONE)
}

fn meta_delattr(cls: Value, args: Args) -> PyResult {
    let name = args.pos().first().copied().unwrap_or(Value::NONE);
    let n = pystr::as_str(name).unwrap_or("?");
    if is_member_name(cls, name)? {
        return Err(exc::raise_new(
            "AttributeError",
            &format!("'{}' cannot delete member '{n}'.", cls_name(cls)),
        ));
    }
    let removed = types::as_type(cls).and_then(|t| t.dict.borrow_mut().remove(n));
    if removed.is_none() {
        return Err(exc::raise_new("AttributeError", n));
    }
    Ok(Value::NONE)
}

fn meta_members(_r: Value, args: Args) -> PyResult {
    let cls = args.pos().first().copied().unwrap_or(Value::NONE);
    let roots = Roots::new();
    let out = roots.push(dict::new());
    if let (Some(src), Some(dst)) = (
        cls_dict_get(cls, "_member_map_").and_then(dict::as_dict),
        dict::as_dict(out),
    ) {
        for (k, v) in dict::items(src)? {
            dict::set(dst, k, v)?;
        }
    }
    Ok(out)
}

// ---- Enum members

fn receiver_enum(r: Value) -> PyResult<Value> {
    if types::isinstance(r, class(ENUM)) {
        Ok(r)
    } else {
        Err(exc::type_error(format!(
            "descriptor requires an 'Enum' object but received a '{}'",
            protocol::type_name(r)
        )))
    }
}

fn value_repr(m: Value) -> PyResult<String> {
    protocol::repr(value_of(m))
}

fn enum_repr(r: Value, _a: Args) -> PyResult {
    receiver_enum(r)?;
    let cls = cls_name(types::type_of(r));
    let name = name_of(r);
    Ok(pystr::from_string(if name.is_none() {
        format!("<{cls}: {}>", value_repr(r)?)
    } else {
        format!(
            "<{cls}.{}: {}>",
            pystr::as_str(name).unwrap_or("?"),
            value_repr(r)?
        )
    }))
}

fn enum_str(r: Value, _a: Args) -> PyResult {
    receiver_enum(r)?;
    let cls = types::type_of(r);
    if is_int(cls) {
        return Ok(pystr::from_string(protocol::str_of(value_of(r))?));
    }
    let name = name_of(r);
    Ok(pystr::from_string(if name.is_none() {
        format!("{}({})", cls_name(cls), protocol::repr(value_of(r))?)
    } else {
        format!("{}.{}", cls_name(cls), pystr::as_str(name).unwrap_or("?"))
    }))
}

fn enum_format(r: Value, args: Args) -> PyResult {
    receiver_enum(r)?;
    let spec = args.pos().first().copied().unwrap_or(Value::NONE);
    // Int enums format with int's `__format__`, which gives `str(self)`
    // for an empty spec and formats the value otherwise; the others format
    // `str(self)`. Either way an overridden `__str__` shows.
    let empty_spec = spec.is_none() || pystr::as_str(spec) == Some("");
    let target = if is_int(types::type_of(r)) && !empty_spec {
        value_of(r)
    } else {
        pystr::from_string(protocol::str_of(r)?)
    };
    let roots = Roots::new();
    roots.push(target);
    if spec.is_none() {
        return nc::call(nc::builtin("format"), &[target]);
    }
    nc::call(nc::builtin("format"), &[target, spec])
}

fn enum_hash(r: Value, _a: Args) -> PyResult {
    receiver_enum(r)?;
    let key = if is_int(types::type_of(r)) {
        value_of(r)
    } else {
        name_of(r)
    };
    Ok(int::from_i64(protocol::hash(key)?))
}

fn prop_name(_r: Value, args: Args) -> PyResult {
    let m = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(name_of(receiver_enum(m)?))
}

fn prop_value(_r: Value, args: Args) -> PyResult {
    let m = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(value_of(receiver_enum(m)?))
}

fn prop_set(name: &str) -> exc::Raised {
    exc::raise_new(
        "AttributeError",
        &format!("<enum 'Enum'> cannot set attribute '{name}'"),
    )
}

fn prop_set_name(_r: Value, _a: Args) -> PyResult {
    Err(prop_set("name"))
}

fn prop_set_value(_r: Value, _a: Args) -> PyResult {
    Err(prop_set("value"))
}

fn enum_reduce(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let v = roots.push(tuple::new(vec![value_of(r)]));
    Ok(tuple::new(vec![types::type_of(r), v]))
}

// ---- int behaviour of IntEnum / IntFlag members

/// A member's int value, or the value itself for anything else.
fn unwrap(v: Value) -> Value {
    if types::isinstance(v, class(ENUM)) {
        value_of(v)
    } else {
        v
    }
}

fn int_binop(r: Value, args: &Args, op: BinOp, reflected: bool) -> PyResult {
    let other = unwrap(args.pos().first().copied().unwrap_or(Value::NONE));
    let me = value_of(r);
    let res = if reflected {
        crate::ops::binop(op, other, me)
    } else {
        crate::ops::binop(op, me, other)
    };
    match res {
        Ok(v) => Ok(v),
        Err(e) => {
            if exc::pending_is("TypeError") {
                exc::take_pending();
                Ok(protocol::not_implemented())
            } else {
                Err(e)
            }
        }
    }
}

macro_rules! int_ops {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(r: Value, args: Args) -> PyResult { int_binop(r, &args, $op, false) }
            fn $rname(r: Value, args: Args) -> PyResult { int_binop(r, &args, $op, true) }
        )*
    };
}

int_ops! {
    i_add, i_radd => BinOp::Add;
    i_sub, i_rsub => BinOp::Sub;
    i_mul, i_rmul => BinOp::Mul;
    i_truediv, i_rtruediv => BinOp::TrueDiv;
    i_floordiv, i_rfloordiv => BinOp::FloorDiv;
    i_mod, i_rmod => BinOp::Mod;
    i_pow, i_rpow => BinOp::Pow;
    i_lshift, i_rlshift => BinOp::LShift;
    i_rshift, i_rrshift => BinOp::RShift;
    i_and, i_rand => BinOp::And;
    i_or, i_ror => BinOp::Or;
    i_xor, i_rxor => BinOp::Xor;
}

fn int_cmp(r: Value, args: &Args, op: CmpOp) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    if types::isinstance(other, class(ENUM)) && !is_int(types::type_of(other)) {
        return Ok(protocol::not_implemented());
    }
    protocol::compare(op, value_of(r), unwrap(other))
}

macro_rules! cmp_ops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult { int_cmp(r, &args, $op) })*
    };
}

cmp_ops! {
    i_eq => CmpOp::Eq;
    i_ne => CmpOp::Ne;
    i_lt => CmpOp::Lt;
    i_le => CmpOp::Le;
    i_gt => CmpOp::Gt;
    i_ge => CmpOp::Ge;
}

fn i_int(r: Value, _a: Args) -> PyResult {
    Ok(value_of(r))
}

fn i_float(r: Value, _a: Args) -> PyResult {
    nc::call(types::builtin_type(Ty::Float), &[value_of(r)])
}

fn i_bool(r: Value, _a: Args) -> PyResult {
    Ok(Value::bool(protocol::truthy(value_of(r))?))
}

fn i_neg(r: Value, _a: Args) -> PyResult {
    crate::ops::unary(molt_abi::entry::ops::NEG, value_of(r))
}

fn i_pos(r: Value, _a: Args) -> PyResult {
    crate::ops::unary(molt_abi::entry::ops::POS, value_of(r))
}

fn i_invert(r: Value, _a: Args) -> PyResult {
    crate::ops::unary(molt_abi::entry::ops::INVERT, value_of(r))
}

fn i_abs(r: Value, _a: Args) -> PyResult {
    nc::call(nc::builtin("abs"), &[value_of(r)])
}

// ---- Flag

fn flag_recv(r: Value, args: &Args) -> PyResult<Option<(i64, i64)>> {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let cls = types::type_of(r);
    let a = int::to_i64(value_of(r)).unwrap_or(0);
    if types::type_of(other) == cls {
        return Ok(Some((a, int::to_i64(value_of(other)).unwrap_or(0))));
    }
    if is_int(cls) && int::is_int(other) && !other.is_float() {
        if let Some(b) = int::to_i64(other) {
            return Ok(Some((a, b)));
        }
    }
    Ok(None)
}

fn flag_or(r: Value, args: Args) -> PyResult {
    match flag_recv(r, &args)? {
        Some((a, b)) => flag_member(types::type_of(r), a | b),
        None => Ok(protocol::not_implemented()),
    }
}

fn flag_and(r: Value, args: Args) -> PyResult {
    match flag_recv(r, &args)? {
        Some((a, b)) => flag_member(types::type_of(r), a & b),
        None => Ok(protocol::not_implemented()),
    }
}

fn flag_xor(r: Value, args: Args) -> PyResult {
    match flag_recv(r, &args)? {
        Some((a, b)) => flag_member(types::type_of(r), a ^ b),
        None => Ok(protocol::not_implemented()),
    }
}

fn flag_invert(r: Value, _a: Args) -> PyResult {
    let cls = types::type_of(r);
    let a = int::to_i64(value_of(r)).unwrap_or(0);
    if is_int(cls) {
        return flag_member(cls, !a & flag_mask(cls)?);
    }
    flag_member(cls, flag_mask(cls)? & !a)
}

fn flag_contains(r: Value, args: Args) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let cls = types::type_of(r);
    if types::type_of(other) != cls {
        return Err(exc::type_error(format!(
            "unsupported operand type(s) for 'in': '{}' and '{}'",
            protocol::type_name(other),
            protocol::type_name(r)
        )));
    }
    let a = int::to_i64(value_of(r)).unwrap_or(0);
    let b = int::to_i64(value_of(other)).unwrap_or(0);
    Ok(Value::bool(a & b == b))
}

fn flag_bool(r: Value, _a: Args) -> PyResult {
    Ok(Value::bool(protocol::truthy(value_of(r))?))
}

fn flag_parts(r: Value) -> PyResult<Vec<Value>> {
    let a = int::to_i64(value_of(r)).unwrap_or(0);
    Ok(members(types::type_of(r))?
        .into_iter()
        .filter(|m| {
            let v = int::to_i64(value_of(*m)).unwrap_or(0);
            v != 0 && a & v == v
        })
        .collect())
}

fn flag_iter(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let l = roots.push(list::new(flag_parts(r)?));
    protocol::iter(l)
}

fn flag_len(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(flag_parts(r)?.len() as i64))
}

// ---- auto / unique

fn auto_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let v = args.pos().first().copied();
    let obj = nc::instance(cls, vec![]);
    let roots = Roots::new();
    roots.push(obj);
    set_own(obj, "value", v.unwrap_or(obj))?;
    Ok(obj)
}

fn auto_repr(r: Value, _a: Args) -> PyResult {
    let v = own(r, "value").unwrap_or(Value::NONE);
    Ok(pystr::from_string(if v == r {
        "auto(_auto_null)".to_string()
    } else {
        format!("auto({})", protocol::repr(v)?)
    }))
}

fn unique(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "unique", &["enumeration"], &[], 1)?;
    let cls = b[0].unwrap_or(Value::NONE);
    let Some(map) = cls_dict_get(cls, "_member_map_").and_then(dict::as_dict) else {
        return Ok(cls);
    };
    let mut dups = Vec::new();
    for (k, m) in dict::items(map)? {
        if name_of(m) != k && !protocol::eq(name_of(m), k)? {
            dups.push(format!(
                "{} -> {}",
                pystr::as_str(k).unwrap_or("?"),
                pystr::as_str(name_of(m)).unwrap_or("?")
            ));
        }
    }
    if !dups.is_empty() {
        return Err(exc::value_error(format!(
            "duplicate values found in {}: {}",
            protocol::repr(cls)?,
            dups.join(", ")
        )));
    }
    Ok(cls)
}

fn property(
    get: crate::objects::function::NativeFn,
    set: crate::objects::function::NativeFn,
) -> Value {
    gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native("fget", get),
        fset: crate::builtins::native("fset", set),
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}

fn empty_tables(cls: Value) {
    let names = list::new(Vec::new());
    gc::make_permanent(names);
    let map = dict::new();
    gc::make_permanent(map);
    let v2m = dict::new();
    gc::make_permanent(v2m);
    nc::set_class_attr(cls, "_member_names_", names);
    nc::set_class_attr(cls, "_member_map_", map);
    nc::set_class_attr(cls, "_value2member_map_", v2m);
}

const INT_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__add__", i_add),
    ("__radd__", i_radd),
    ("__sub__", i_sub),
    ("__rsub__", i_rsub),
    ("__mul__", i_mul),
    ("__rmul__", i_rmul),
    ("__truediv__", i_truediv),
    ("__rtruediv__", i_rtruediv),
    ("__floordiv__", i_floordiv),
    ("__rfloordiv__", i_rfloordiv),
    ("__mod__", i_mod),
    ("__rmod__", i_rmod),
    ("__pow__", i_pow),
    ("__rpow__", i_rpow),
    ("__lshift__", i_lshift),
    ("__rlshift__", i_rlshift),
    ("__rshift__", i_rshift),
    ("__rrshift__", i_rrshift),
    ("__and__", i_and),
    ("__rand__", i_rand),
    ("__or__", i_or),
    ("__ror__", i_ror),
    ("__xor__", i_xor),
    ("__rxor__", i_rxor),
    ("__eq__", i_eq),
    ("__ne__", i_ne),
    ("__lt__", i_lt),
    ("__le__", i_le),
    ("__gt__", i_gt),
    ("__ge__", i_ge),
    ("__int__", i_int),
    ("__index__", i_int),
    ("__float__", i_float),
    ("__bool__", i_bool),
    ("__neg__", i_neg),
    ("__pos__", i_pos),
    ("__invert__", i_invert),
    ("__abs__", i_abs),
    ("__hash__", enum_hash),
];

pub fn init(m: &mut AttrMap) {
    let meta = nc::new_class(
        "EnumType",
        "enum",
        Some(types::builtin_type(Ty::Type)),
        &[
            ("__call__", meta_call),
            ("__getitem__", meta_getitem),
            ("__iter__", meta_iter),
            ("__reversed__", meta_reversed),
            ("__len__", meta_len),
            ("__contains__", meta_contains),
            ("__repr__", meta_repr),
            ("__setattr__", meta_setattr),
            ("__delattr__", meta_delattr),
            ("__molt_class_init__", class_init),
        ],
    );
    nc::set_class_attr(
        meta,
        "__members__",
        gc::alloc_permanent(Kind::Property {
            fget: crate::builtins::native("__members__", meta_members),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        }),
    );
    let enum_cls = nc::new_class(
        "Enum",
        "enum",
        None,
        &[
            ("__repr__", enum_repr),
            ("__str__", enum_str),
            ("__format__", enum_format),
            ("__hash__", enum_hash),
            ("__reduce_ex__", enum_reduce),
        ],
    );
    nc::set_class_attr(enum_cls, "name", property(prop_name, prop_set_name));
    nc::set_class_attr(enum_cls, "value", property(prop_value, prop_set_value));
    let int_enum = nc::new_class("IntEnum", "enum", Some(enum_cls), INT_METHODS);
    let flag = nc::new_class(
        "Flag",
        "enum",
        Some(enum_cls),
        &[
            ("__or__", flag_or),
            ("__ror__", flag_or),
            ("__and__", flag_and),
            ("__rand__", flag_and),
            ("__xor__", flag_xor),
            ("__rxor__", flag_xor),
            ("__invert__", flag_invert),
            ("__contains__", flag_contains),
            ("__bool__", flag_bool),
            ("__iter__", flag_iter),
            ("__len__", flag_len),
        ],
    );
    let int_flag = nc::new_class("IntFlag", "enum", Some(flag), &[]);
    for &(n, f) in INT_METHODS {
        if !matches!(
            n,
            "__or__" | "__ror__" | "__and__" | "__rand__" | "__xor__" | "__rxor__" | "__invert__"
        ) {
            nc::set_class_attr(int_flag, n, nc::unbound(n, f));
        }
    }
    for c in [enum_cls, int_enum, flag, int_flag] {
        if let Some(t) = types::as_type(c) {
            t.meta.set(meta);
        }
        empty_tables(c);
    }
    let auto = nc::new_class(
        "auto",
        "enum",
        None,
        &[("__new__", auto_new), ("__repr__", auto_repr)],
    );
    CLASSES.with(|c| c.set([meta, enum_cls, int_enum, flag, int_flag, auto]));
    m.set("EnumType", meta);
    m.set("EnumMeta", meta);
    m.set("Enum", enum_cls);
    m.set("IntEnum", int_enum);
    m.set("Flag", flag);
    m.set("IntFlag", int_flag);
    m.set("auto", auto);
    super::add_fn(m, "unique", unique);
}
