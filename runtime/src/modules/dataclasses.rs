//! `dataclasses`: `@dataclass` with CPython 3.11's rules (fields from the
//! class's own `__annotations__` after the fields of dataclass bases,
//! defaults, `field()`, `__post_init__`, `order`, `frozen`, the `__hash__`
//! table, `kw_only`), and `fields`, `asdict`, `astuple`, `replace`,
//! `is_dataclass`.
//!
//! The generated methods are instances of `_DataclassMethod` (state
//! `[cls, which]`): callable, and binding to instances through `__get__`.
//! They read the fields from `cls.__dataclass_fields__` when called.

use super::native_class as nc;
use crate::call::{name_list, plural};
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{dict, list, str as pystr, tuple};
use crate::protocol::{self, CmpOp};
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    /// Field, _MISSING_TYPE instance, _DataclassMethod, FrozenInstanceError,
    /// the `dataclass` function, the module's `KW_ONLY` sentinel.
    static CLASSES: Cell<[Value; 6]> = const { Cell::new([Value::NONE; 6]) };
    static REPR_ACTIVE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

const FIELD: usize = 0;
const MISSING: usize = 1;
const METHOD: usize = 2;
const FROZEN_ERR: usize = 3;
const DATACLASS_FN: usize = 4;
const KW_ONLY: usize = 5;

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

fn missing() -> Value {
    class(MISSING)
}

// Which generated method.
const M_INIT: i64 = 0;
const M_REPR: i64 = 1;
const M_EQ: i64 = 2;
const M_LT: i64 = 3;
const M_LE: i64 = 4;
const M_GT: i64 = 5;
const M_GE: i64 = 6;
const M_HASH: i64 = 7;
const M_SETATTR: i64 = 8;
const M_DELATTR: i64 = 9;

/// An attribute of a Field instance (None when absent).
fn fattr(f: Value, name: &str) -> Value {
    match f.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => i.attrs.borrow().get(name).unwrap_or(Value::NONE),
        _ => Value::NONE,
    }
}

fn fset(f: Value, name: &str, v: Value) -> PyResult<()> {
    crate::attr::generic_setattr(f, name, v)
}

fn is_field(v: Value) -> bool {
    types::isinstance(v, class(FIELD))
}

struct Info {
    name: &'static str,
    field: Value,
    default: Value,
    factory: Value,
    init: bool,
    repr: bool,
    compare: bool,
    hash: Value,
    kw_only: bool,
}

fn info(f: Value) -> PyResult<Info> {
    Ok(Info {
        name: pystr::as_str(fattr(f, "name")).unwrap_or("?"),
        field: f,
        default: fattr(f, "default"),
        factory: fattr(f, "default_factory"),
        init: protocol::truthy(fattr(f, "init"))?,
        repr: protocol::truthy(fattr(f, "repr"))?,
        compare: protocol::truthy(fattr(f, "compare"))?,
        hash: fattr(f, "hash"),
        kw_only: fattr(f, "kw_only") == Value::TRUE,
    })
}

/// The fields of dataclass `cls` in order.
fn infos(cls: Value) -> PyResult<Vec<Info>> {
    let Some(t) = types::as_type(cls) else {
        return Ok(Vec::new());
    };
    let Some(d) = t.lookup("__dataclass_fields__").and_then(dict::as_dict) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (_, f) in dict::items(d)? {
        out.push(info(f)?);
    }
    Ok(out)
}

// ---- field()

#[allow(clippy::too_many_arguments)]
fn new_field(
    default: Value,
    factory: Value,
    init: Value,
    repr: Value,
    hash: Value,
    compare: Value,
    metadata: Value,
    kw_only: Value,
) -> PyResult {
    let roots = Roots::new();
    let f = roots.push(nc::instance(class(FIELD), vec![]));
    fset(f, "name", Value::NONE)?;
    fset(f, "type", Value::NONE)?;
    fset(f, "default", default)?;
    fset(f, "default_factory", factory)?;
    fset(f, "init", init)?;
    fset(f, "repr", repr)?;
    fset(f, "hash", hash)?;
    fset(f, "compare", compare)?;
    let md = if metadata.is_none() {
        roots.push(dict::new())
    } else {
        metadata
    };
    fset(f, "metadata", md)?;
    fset(f, "kw_only", kw_only)?;
    Ok(f)
}

fn field(_r: Value, args: Args) -> PyResult {
    if !args.pos().is_empty() {
        return Err(exc::type_error(format!(
            "field() takes 0 positional arguments but {} were given",
            args.pos().len()
        )));
    }
    let b = nc::bind(
        &args,
        "field",
        &[],
        &[
            "default",
            "default_factory",
            "init",
            "repr",
            "hash",
            "compare",
            "metadata",
            "kw_only",
        ],
        0,
    )?;
    let default = b[0].unwrap_or(missing());
    let factory = b[1].unwrap_or(missing());
    if default != missing() && factory != missing() {
        return Err(exc::value_error(
            "cannot specify both default and default_factory",
        ));
    }
    new_field(
        default,
        factory,
        b[2].unwrap_or(Value::TRUE),
        b[3].unwrap_or(Value::TRUE),
        b[4].unwrap_or(Value::NONE),
        b[5].unwrap_or(Value::TRUE),
        b[6].unwrap_or(Value::NONE),
        b[7].unwrap_or(missing()),
    )
}

fn field_repr(r: Value, _a: Args) -> PyResult {
    let md = fattr(r, "metadata");
    Ok(pystr::from_string(format!(
        "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata=mappingproxy({}),kw_only={},_field_type=_FIELD)",
        protocol::repr(fattr(r, "name"))?,
        protocol::repr(fattr(r, "type"))?,
        protocol::repr(fattr(r, "default"))?,
        protocol::repr(fattr(r, "default_factory"))?,
        protocol::repr(fattr(r, "init"))?,
        protocol::repr(fattr(r, "repr"))?,
        protocol::repr(fattr(r, "hash"))?,
        protocol::repr(fattr(r, "compare"))?,
        protocol::repr(md)?,
        protocol::repr(fattr(r, "kw_only"))?,
    )))
}

// ---- @dataclass

struct Params {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
}

const PARAM_NAMES: &[&str] = &[
    "init",
    "repr",
    "eq",
    "order",
    "unsafe_hash",
    "frozen",
    "match_args",
    "kw_only",
    "slots",
    "weakref_slot",
];

fn dataclass(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() > 1 {
        return Err(exc::type_error(format!(
            "dataclass() takes from 0 to 1 positional arguments but {} were given",
            p.len()
        )));
    }
    let b = nc::bind(
        &Args {
            values: &args.values[p.len()..],
            kwnames: args.kwnames,
        },
        "dataclass",
        &[],
        PARAM_NAMES,
        0,
    )?;
    let flag = |i: usize, d: bool| -> PyResult<bool> {
        match b[i] {
            Some(v) => protocol::truthy(v),
            None => Ok(d),
        }
    };
    let params = Params {
        init: flag(0, true)?,
        repr: flag(1, true)?,
        eq: flag(2, true)?,
        order: flag(3, false)?,
        unsafe_hash: flag(4, false)?,
        frozen: flag(5, false)?,
        match_args: flag(6, true)?,
        kw_only: flag(7, false)?,
    };
    match p.first() {
        Some(&cls) => process(cls, &params),
        None => {
            // `@dataclass(...)`: a decorator carrying the options.
            let functools = super::import("functools")?;
            let partial = crate::attr::getattr(functools, "partial")?;
            let roots = Roots::new();
            roots.push(partial);
            let mut values = vec![class(DATACLASS_FN)];
            values.extend_from_slice(&args.values[p.len()..]);
            roots.extend(&values);
            protocol::call(
                partial,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            )
        }
    }
}

fn is_classvar(ann: Value) -> bool {
    if let Some(s) = pystr::as_str(ann) {
        return s.starts_with("ClassVar") || s.starts_with("typing.ClassVar");
    }
    match protocol::repr(ann) {
        Ok(r) => r == "typing.ClassVar" || r.starts_with("typing.ClassVar["),
        Err(_) => {
            exc::take_pending();
            false
        }
    }
}

fn unhashable_default(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::List(_)) | Some(Kind::Dict(_)) | Some(Kind::Set(_)) => true,
        Some(Kind::Instance(_)) => types::as_type(types::type_of(v))
            .and_then(|t| t.lookup("__hash__"))
            .is_some_and(|h| h.is_none()),
        _ => false,
    }
}

fn method(cls: Value, which: i64, name: &str, qual: &str) -> PyResult {
    let roots = Roots::new();
    let m = roots.push(nc::instance(
        class(METHOD),
        vec![cls, Value::small_int(which)],
    ));
    let n = roots.push(pystr::new(name));
    crate::attr::generic_setattr(m, "__name__", n)?;
    let q = roots.push(pystr::from_string(format!("{qual}.{name}")));
    crate::attr::generic_setattr(m, "__qualname__", q)?;
    Ok(m)
}

fn process(cls: Value, p: &Params) -> PyResult {
    let Some(t) = types::as_type(cls) else {
        return Err(exc::type_error("dataclass() should be called on a class"));
    };
    if !matches!(t.layout, Layout::Object | Layout::Exception) {
        return Err(exc::type_error(
            "dataclass() of this class is not supported by Molt",
        ));
    }
    let roots = Roots::new();
    roots.push(cls);
    let fields = roots.push(dict::new());
    let Some(fd) = dict::as_dict(fields) else {
        return Ok(cls);
    };
    let mut has_dataclass_bases = false;
    let mut any_frozen_base = false;
    for &base in t.mro.iter().rev() {
        let Some(bt) = types::as_type(base) else {
            continue;
        };
        let Some(bf) = bt.dict.borrow().get("__dataclass_fields__") else {
            continue;
        };
        has_dataclass_bases = true;
        if let Some(bd) = dict::as_dict(bf) {
            for (k, v) in dict::items(bd)? {
                dict::set(fd, k, v)?;
            }
        }
        if let Some(bp) = bt.dict.borrow().get("__molt_frozen__") {
            if bp == Value::TRUE {
                any_frozen_base = true;
            }
        }
    }
    let anns = t.dict.borrow().get("__annotations__");
    let mut kw_only = p.kw_only;
    if let Some(ad) = anns.and_then(dict::as_dict) {
        for (k, ann) in dict::items(ad)? {
            let Some(name) = pystr::as_str(k) else {
                continue;
            };
            if is_classvar(ann) {
                continue;
            }
            if ann == class(KW_ONLY)
                || protocol::repr(ann).is_ok_and(|r| r == "dataclasses.KW_ONLY")
            {
                kw_only = true;
                continue;
            }
            let default = t.dict.borrow().get(name);
            let f = match default {
                Some(d) if is_field(d) => d,
                Some(d) => roots.push(new_field(
                    d,
                    missing(),
                    Value::TRUE,
                    Value::TRUE,
                    Value::NONE,
                    Value::TRUE,
                    Value::NONE,
                    missing(),
                )?),
                None => roots.push(new_field(
                    missing(),
                    missing(),
                    Value::TRUE,
                    Value::TRUE,
                    Value::NONE,
                    Value::TRUE,
                    Value::NONE,
                    missing(),
                )?),
            };
            fset(f, "name", k)?;
            fset(f, "type", ann)?;
            if fattr(f, "kw_only") == missing() {
                fset(f, "kw_only", Value::bool(kw_only))?;
            }
            let dv = fattr(f, "default");
            if dv != missing() && unhashable_default(dv) {
                return Err(exc::value_error(format!(
                    "mutable default {} for field {name} is not allowed: use default_factory",
                    protocol::repr(types::type_of(dv))?
                )));
            }
            if default.is_some_and(is_field) {
                if dv == missing() {
                    t.dict.borrow_mut().remove(name);
                } else {
                    t.dict.borrow_mut().set(name, dv);
                }
            }
            dict::set(fd, k, f)?;
        }
    }
    // A field() without an annotation.
    let entries: Vec<(String, Value)> = t
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    for (k, v) in &entries {
        if is_field(*v) {
            let key = roots.push(pystr::new(k));
            if dict::get(fd, key)?.is_none() {
                return Err(exc::type_error(format!(
                    "'{k}' is a field but has no type annotation"
                )));
            }
        }
    }
    if has_dataclass_bases {
        if any_frozen_base && !p.frozen {
            return Err(exc::type_error(
                "cannot inherit non-frozen dataclass from a frozen one",
            ));
        }
        if !any_frozen_base && p.frozen {
            return Err(exc::type_error(
                "cannot inherit frozen dataclass from a non-frozen one",
            ));
        }
    }
    {
        let mut d = t.dict.borrow_mut();
        d.set("__dataclass_fields__", fields);
        d.set("__molt_frozen__", Value::bool(p.frozen));
    }
    let all = infos(cls)?;
    let has = |n: &str| t.dict.borrow().get(n).is_some();
    let qual = t.qualname.clone();
    let name = t.name.clone();
    let set = |n: &str, v: Value| t.dict.borrow_mut().set(n, v);
    if p.init {
        let mut seen_default = false;
        for f in all.iter().filter(|f| f.init && !f.kw_only) {
            let has_default = f.default != missing() || f.factory != missing();
            if has_default {
                seen_default = true;
            } else if seen_default {
                return Err(exc::type_error(format!(
                    "non-default argument '{}' follows default argument",
                    f.name
                )));
            }
        }
        if !has("__init__") {
            let m = roots.push(method(cls, M_INIT, "__init__", &qual)?);
            set("__init__", m);
        }
    }
    if p.repr && !has("__repr__") {
        let m = roots.push(method(cls, M_REPR, "__repr__", &qual)?);
        set("__repr__", m);
    }
    let class_hash = t.dict.borrow().get("__hash__");
    let has_explicit_hash =
        !(class_hash.is_none() || (class_hash == Some(Value::NONE) && has("__eq__")));
    if p.eq && !has("__eq__") {
        let m = roots.push(method(cls, M_EQ, "__eq__", &qual)?);
        set("__eq__", m);
    }
    if p.order {
        if !p.eq {
            return Err(exc::value_error("eq must be true if order is true"));
        }
        for (n, w) in [
            ("__lt__", M_LT),
            ("__le__", M_LE),
            ("__gt__", M_GT),
            ("__ge__", M_GE),
        ] {
            if has(n) {
                return Err(exc::type_error(format!(
                    "Cannot overwrite attribute {n} in class {name}. Consider using functools.total_ordering"
                )));
            }
            let m = roots.push(method(cls, w, n, &qual)?);
            set(n, m);
        }
    }
    if p.frozen {
        for (n, w) in [("__setattr__", M_SETATTR), ("__delattr__", M_DELATTR)] {
            if has(n) {
                return Err(exc::type_error(format!(
                    "Cannot overwrite attribute {n} in class {name}"
                )));
            }
            let m = roots.push(method(cls, w, n, &qual)?);
            set(n, m);
        }
    }
    // CPython's _hash_action table.
    enum H {
        Keep,
        SetNone,
        Add,
        Fail,
    }
    let action = match (p.unsafe_hash, p.eq, p.frozen, has_explicit_hash) {
        (false, false, _, _) => H::Keep,
        (false, true, false, false) => H::SetNone,
        (false, true, false, true) => H::Keep,
        (false, true, true, false) => H::Add,
        (false, true, true, true) => H::Keep,
        (true, _, _, false) => H::Add,
        (true, _, _, true) => H::Fail,
    };
    match action {
        H::Keep => {}
        H::SetNone => set("__hash__", Value::NONE),
        H::Add => {
            let m = roots.push(method(cls, M_HASH, "__hash__", &qual)?);
            set("__hash__", m);
        }
        H::Fail => {
            return Err(exc::type_error(format!(
                "Cannot overwrite attribute __hash__ in class {name}"
            )))
        }
    }
    if p.match_args && !has("__match_args__") {
        let names: Vec<Value> = all
            .iter()
            .filter(|f| f.init && !f.kw_only)
            .map(|f| fattr(f.field, "name"))
            .collect();
        let tup = roots.push(tuple::new(names));
        set("__match_args__", tup);
    }
    Ok(cls)
}

// ---- the generated methods

fn gen_init(cls: Value, obj: Value, args: Args, qual: &str) -> PyResult {
    let fields = infos(cls)?;
    let frozen = types::as_type(cls).and_then(|t| t.dict.borrow().get("__molt_frozen__"))
        == Some(Value::TRUE);
    let pos_params: Vec<&Info> = fields.iter().filter(|f| f.init && !f.kw_only).collect();
    let kw_params: Vec<&Info> = fields.iter().filter(|f| f.init && f.kw_only).collect();
    let mut pos_vals: Vec<Option<Value>> = vec![None; pos_params.len()];
    let mut kw_vals: Vec<Option<Value>> = vec![None; kw_params.len()];
    let given = args.pos();
    for (i, v) in given.iter().enumerate().take(pos_params.len()) {
        pos_vals[i] = Some(*v);
    }
    for (k, v) in args.kw() {
        if let Some(i) = pos_params.iter().position(|f| f.name == k) {
            if pos_vals[i].is_some() {
                return Err(exc::type_error(format!(
                    "{qual}() got multiple values for argument '{k}'"
                )));
            }
            pos_vals[i] = Some(v);
        } else if let Some(i) = kw_params.iter().position(|f| f.name == k) {
            kw_vals[i] = Some(v);
        } else {
            return Err(exc::type_error(format!(
                "{qual}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if given.len() > pos_params.len() {
        let n = pos_params.len() + 1;
        let ndef = pos_params
            .iter()
            .filter(|f| f.default != missing() || f.factory != missing())
            .count();
        let sig = if ndef > 0 {
            format!("from {} to {n} positional arguments", n - ndef)
        } else {
            format!("{n} positional argument{}", plural(n))
        };
        let g = given.len() + 1;
        return Err(exc::type_error(format!(
            "{qual}() takes {sig} but {g} {} given",
            if g == 1 { "was" } else { "were" }
        )));
    }
    let mut missing_names: Vec<&str> = Vec::new();
    for (i, f) in pos_params.iter().enumerate() {
        if pos_vals[i].is_none() && f.default == missing() && f.factory == missing() {
            missing_names.push(f.name);
        }
    }
    if !missing_names.is_empty() {
        return Err(exc::type_error(format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing_names.len(),
            plural(missing_names.len()),
            name_list(&missing_names)
        )));
    }
    for (i, f) in kw_params.iter().enumerate() {
        if kw_vals[i].is_none() && f.default == missing() && f.factory == missing() {
            missing_names.push(f.name);
        }
    }
    if !missing_names.is_empty() {
        return Err(exc::type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing_names.len(),
            plural(missing_names.len()),
            name_list(&missing_names)
        )));
    }
    let roots = Roots::new();
    roots.push(obj);
    let store = |name: &str, v: Value| -> PyResult<()> {
        if frozen {
            crate::attr::generic_setattr(obj, name, v)
        } else {
            crate::attr::setattr(obj, name, v)
        }
    };
    for f in &fields {
        let given = if !f.init {
            None
        } else if f.kw_only {
            kw_params
                .iter()
                .position(|k| k.name == f.name)
                .and_then(|i| kw_vals[i])
        } else {
            pos_params
                .iter()
                .position(|k| k.name == f.name)
                .and_then(|i| pos_vals[i])
        };
        let v = match given {
            Some(v) => v,
            None if f.factory != missing() => roots.push(protocol::call0(f.factory)?),
            None if f.default != missing() => f.default,
            None => continue,
        };
        store(f.name, v)?;
    }
    if let Some(t) = types::as_type(cls) {
        if t.lookup("__post_init__").is_some() {
            crate::entry::call_method(obj, "__post_init__", Args::positional(&[]))?;
        }
    }
    Ok(Value::NONE)
}

fn values_of(obj: Value, fields: &[Info], pick: impl Fn(&Info) -> bool) -> PyResult<Value> {
    let roots = Roots::new();
    let mut vals = Vec::new();
    for f in fields.iter().filter(|f| pick(f)) {
        vals.push(roots.push(crate::attr::getattr(obj, f.name)?));
    }
    Ok(tuple::new(vals))
}

fn gen_repr(cls: Value, obj: Value) -> PyResult {
    if REPR_ACTIVE.with(|r| r.borrow().contains(&obj)) {
        return Ok(pystr::new("..."));
    }
    REPR_ACTIVE.with(|r| r.borrow_mut().push(obj));
    let res = (|| -> PyResult<String> {
        let fields = infos(cls)?;
        let mut parts = Vec::new();
        for f in fields.iter().filter(|f| f.repr) {
            let v = crate::attr::getattr(obj, f.name)?;
            parts.push(format!("{}={}", f.name, protocol::repr(v)?));
        }
        let q = types::as_type(types::type_of(obj)).map_or(String::new(), |t| t.qualname.clone());
        Ok(format!("{q}({})", parts.join(", ")))
    })();
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(i) = r.iter().rposition(|x| *x == obj) {
            r.remove(i);
        }
    });
    Ok(pystr::from_string(res?))
}

fn gen_compare(cls: Value, obj: Value, other: Value, op: CmpOp) -> PyResult {
    if types::type_of(other) != types::type_of(obj) {
        return Ok(protocol::not_implemented());
    }
    let fields = infos(cls)?;
    let roots = Roots::new();
    let a = roots.push(values_of(obj, &fields, |f| f.compare)?);
    let b = roots.push(values_of(other, &fields, |f| f.compare)?);
    protocol::compare(op, a, b)
}

fn gen_hash(cls: Value, obj: Value) -> PyResult {
    let fields = infos(cls)?;
    let t = values_of(obj, &fields, |f| {
        if f.hash.is_none() {
            f.compare
        } else {
            f.hash == Value::TRUE
        }
    })?;
    let roots = Roots::new();
    roots.push(t);
    Ok(crate::objects::int::from_i64(protocol::hash(t)?))
}

fn frozen_error(msg: String) -> exc::Raised {
    let roots = Roots::new();
    let m = roots.push(pystr::from_string(msg));
    match protocol::call1(class(FROZEN_ERR), m) {
        Ok(e) => exc::raise(e),
        Err(e) => e,
    }
}

fn gen_setattr(cls: Value, obj: Value, args: &[Value], delete: bool) -> PyResult {
    let Some(&name_v) = args.first() else {
        return Err(exc::type_error("expected a name"));
    };
    let name = pystr::as_str(name_v).unwrap_or("");
    let is_field = infos(cls)?.iter().any(|f| f.name == name);
    if types::type_of(obj) == cls || is_field {
        let what = if delete { "delete" } else { "assign to" };
        return Err(frozen_error(format!("cannot {what} field '{name}'")));
    }
    if delete {
        let removed = match obj.obj().map(|o| &o.kind) {
            Some(Kind::Instance(i)) => i.attrs.borrow_mut().remove(name),
            Some(Kind::Exception(e)) => e.attrs.borrow_mut().remove(name),
            _ => None,
        };
        if removed.is_none() {
            return Err(exc::raise_new("AttributeError", name));
        }
    } else {
        crate::attr::generic_setattr(obj, name, args.get(1).copied().unwrap_or(Value::NONE))?;
    }
    Ok(Value::NONE)
}

fn method_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(METHOD), "__call__")?;
    let cls = nc::get(s, 0);
    let which = nc::get(s, 1).as_small_int().unwrap_or(-1);
    let qual = pystr::as_str(crate::attr::getattr(r, "__qualname__")?)
        .unwrap_or("__init__")
        .to_string();
    let Some((&obj, _)) = args.pos().split_first() else {
        return Err(exc::type_error(format!(
            "{qual}() missing 1 required positional argument: 'self'"
        )));
    };
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let other = rest.pos().first().copied().unwrap_or(Value::NONE);
    match which {
        M_INIT => gen_init(cls, obj, rest, &qual),
        M_REPR => gen_repr(cls, obj),
        M_EQ => gen_compare(cls, obj, other, CmpOp::Eq),
        M_LT => gen_compare(cls, obj, other, CmpOp::Lt),
        M_LE => gen_compare(cls, obj, other, CmpOp::Le),
        M_GT => gen_compare(cls, obj, other, CmpOp::Gt),
        M_GE => gen_compare(cls, obj, other, CmpOp::Ge),
        M_HASH => gen_hash(cls, obj),
        M_SETATTR => gen_setattr(cls, obj, rest.pos(), false),
        M_DELATTR => gen_setattr(cls, obj, rest.pos(), true),
        _ => Err(exc::type_error("bad dataclass method")),
    }
}

fn method_get(r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        return Ok(r);
    }
    Ok(gc::alloc(Kind::BoundMethod {
        func: r,
        receiver: obj,
    }))
}

// ---- module functions

fn dataclass_fields(obj: Value) -> Option<Value> {
    let cls = if types::as_type(obj).is_some() {
        obj
    } else {
        types::type_of(obj)
    };
    types::as_type(cls).and_then(|t| t.lookup("__dataclass_fields__"))
}

fn fields(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "fields", &["class_or_instance"], &[], 1)?;
    let Some(fd) = b[0].and_then(dataclass_fields).and_then(dict::as_dict) else {
        return Err(exc::type_error(
            "must be called with a dataclass type or instance",
        ));
    };
    let vals: Vec<Value> = dict::items(fd)?.into_iter().map(|(_, v)| v).collect();
    Ok(tuple::new(vals))
}

fn is_dataclass_instance(v: Value) -> bool {
    types::as_type(v).is_none() && dataclass_fields(v).is_some()
}

fn is_dataclass(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "is_dataclass", &["obj"], &[], 1)?;
    Ok(Value::bool(b[0].and_then(dataclass_fields).is_some()))
}

fn convert(v: Value, as_dict: bool, factory: Value) -> PyResult {
    let roots = Roots::new();
    roots.push(v);
    if is_dataclass_instance(v) {
        let fields = infos(types::type_of(v))?;
        let mut out = Vec::new();
        for f in &fields {
            let x = roots.push(crate::attr::getattr(v, f.name)?);
            let c = roots.push(convert(x, as_dict, factory)?);
            if as_dict {
                let k = roots.push(pystr::new(f.name));
                out.push(roots.push(tuple::new(vec![k, c])));
            } else {
                out.push(c);
            }
        }
        let l = roots.push(list::new(out));
        return protocol::call1(factory, l);
    }
    match v.obj().map(|o| &o.kind) {
        Some(Kind::List(_)) | Some(Kind::Tuple(_)) => {
            let items = protocol::collect(v)?;
            roots.extend(&items);
            let mut out = Vec::new();
            for x in items {
                out.push(roots.push(convert(x, as_dict, factory)?));
            }
            Ok(if list::as_list(v).is_some() {
                list::new(out)
            } else {
                tuple::new(out)
            })
        }
        Some(Kind::Dict(d)) => {
            let items = dict::items(d)?;
            let nd = roots.push(dict::new());
            for (k, x) in items {
                let k2 = roots.push(convert(k, as_dict, factory)?);
                let x2 = roots.push(convert(x, as_dict, factory)?);
                if let Some(ndd) = dict::as_dict(nd) {
                    dict::set(ndd, k2, x2)?;
                }
            }
            Ok(nd)
        }
        _ => Ok(v),
    }
}

fn asdict(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "asdict", &["obj"], &["dict_factory"], 1)?;
    let obj = b[0].unwrap_or(Value::NONE);
    if !is_dataclass_instance(obj) {
        return Err(exc::type_error(
            "asdict() should be called on dataclass instances",
        ));
    }
    let factory = b[1].unwrap_or_else(|| types::builtin_type(types::Ty::Dict));
    convert(obj, true, factory)
}

fn astuple(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "astuple", &["obj"], &["tuple_factory"], 1)?;
    let obj = b[0].unwrap_or(Value::NONE);
    if !is_dataclass_instance(obj) {
        return Err(exc::type_error(
            "astuple() should be called on dataclass instances",
        ));
    }
    let factory = b[1].unwrap_or_else(|| types::builtin_type(types::Ty::Tuple));
    convert(obj, false, factory)
}

fn replace(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "replace() takes 1 positional argument but {} were given",
            p.len()
        )));
    }
    let obj = p[0];
    if !is_dataclass_instance(obj) {
        return Err(exc::type_error(
            "replace() should be called on dataclass instances",
        ));
    }
    let fields = infos(types::type_of(obj))?;
    let roots = Roots::new();
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for f in &fields {
        let given = args.kwarg(f.name);
        if !f.init {
            if given.is_some() {
                return Err(exc::value_error(format!(
                    "field {} is declared with init=False, it cannot be specified with replace()",
                    f.name
                )));
            }
            continue;
        }
        let v = match given {
            Some(v) => v,
            None => roots.push(crate::attr::getattr(obj, f.name)?),
        };
        names.push(roots.push(pystr::new(f.name)));
        values.push(v);
    }
    for (k, v) in args.kw() {
        if !fields.iter().any(|f| f.name == k) {
            names.push(roots.push(pystr::new(k)));
            values.push(v);
        }
    }
    roots.extend(&values);
    protocol::call(
        types::type_of(obj),
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

pub fn init(m: &mut AttrMap) {
    let field_cls = nc::new_class("Field", "dataclasses", None, &[("__repr__", field_repr)]);
    let missing_cls = nc::new_class("_MISSING_TYPE", "dataclasses", None, &[]);
    let missing = nc::instance(missing_cls, vec![]);
    gc::make_permanent(missing);
    let method = nc::new_class(
        "_DataclassMethod",
        "dataclasses",
        None,
        &[("__call__", method_call), ("__get__", method_get)],
    );
    let attr_err = types::exc_type("AttributeError").unwrap_or(Value::NONE);
    let frozen = types::new_type(
        "FrozenInstanceError",
        "dataclasses",
        vec![attr_err],
        Layout::Exception,
        true,
    )
    .unwrap_or(Value::NONE);
    let dc = crate::builtins::native("dataclass", dataclass);
    let kw_cls = nc::new_class("_KW_ONLY_TYPE", "dataclasses", None, &[]);
    let kw = nc::instance(kw_cls, vec![]);
    gc::make_permanent(kw);
    CLASSES.with(|c| c.set([field_cls, missing, method, frozen, dc, kw]));
    m.set("Field", field_cls);
    m.set("MISSING", missing);
    m.set("FrozenInstanceError", frozen);
    m.set("dataclass", dc);
    m.set("KW_ONLY", kw);
    super::add_fn(m, "field", field);
    super::add_fn(m, "fields", fields);
    super::add_fn(m, "asdict", asdict);
    super::add_fn(m, "astuple", astuple);
    super::add_fn(m, "replace", replace);
    super::add_fn(m, "is_dataclass", is_dataclass);
}
