//! `typing`: the names programs import for annotations, subscriptable with
//! CPython's reprs (`typing.List[int]`, `typing.Optional[str]`), plus
//! `types.GenericAlias` for `list[int]`. Annotations are evaluated but
//! never checked, as in CPython.
//!
//! Special forms (`List`, `Union`, ...) are instances of `_SpecialForm`
//! with state `[name, kind, origin]`; subscripted ones are `_GenericAlias`
//! instances with state `[name, kind, origin, args]`, where `name` is None
//! for `types.GenericAlias` and for subscripted user generics.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Ty};
use crate::objects::{str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    /// _SpecialForm, _GenericAlias, TypeVar, Generic, NewType.
    static CLASSES: Cell<[Value; 5]> = const { Cell::new([Value::NONE; 5]) };
}

const FORM: usize = 0;
const ALIAS: usize = 1;
const TYPEVAR: usize = 2;
const GENERIC: usize = 3;
const NEWTYPE: usize = 4;

fn class(i: usize) -> Value {
    if CLASSES.with(|c| c.get()[i]).is_none() {
        make_classes();
    }
    CLASSES.with(|c| c.get()[i])
}

// Kinds of forms and aliases.
const K_ALIAS: i64 = 0; // List, Dict, ... (origin is the builtin class)
const K_UNION: i64 = 1;
const K_OPTIONAL: i64 = 2;
const K_CALLABLE: i64 = 3;
const K_TUPLE: i64 = 4;
const K_WRAP: i64 = 5; // ClassVar, Final, Type, Annotated: any arguments
const K_LITERAL: i64 = 6;
const K_PLAIN: i64 = 7; // Any, NoReturn: not subscriptable
const K_GENERIC: i64 = 8; // Generic[T], Protocol[T], UserClass[int]
const K_BUILTIN: i64 = 9; // types.GenericAlias: list[int]

fn kind_of(s: &std::cell::RefCell<Vec<Value>>) -> i64 {
    nc::get(s, 1).as_small_int().unwrap_or(K_PLAIN)
}

/// `typing._type_repr`.
pub fn type_repr(v: Value) -> PyResult<String> {
    if let Some(t) = types::as_type(v) {
        return Ok(if t.module == "builtins" {
            t.qualname.clone()
        } else {
            format!("{}.{}", t.module, t.qualname)
        });
    }
    if v == crate::builtins::singletons().1 {
        return Ok("...".into());
    }
    if let Some(Kind::Function(f)) = v.obj().map(|o| &o.kind) {
        return Ok(f.qualname().to_string());
    }
    protocol::repr(v)
}

fn none_type() -> Value {
    types::builtin_type(Ty::NoneType)
}

fn new_alias(name: Value, kind: i64, origin: Value, args: Vec<Value>) -> Value {
    let roots = Roots::new();
    roots.extend(&args);
    roots.push(name);
    roots.push(origin);
    let a = roots.push(tuple::new(args));
    nc::instance(class(ALIAS), vec![name, Value::small_int(kind), origin, a])
}

/// `list[int]`: a `types.GenericAlias` of a built-in class.
pub fn builtin_alias(cls: Value, key: Value) -> PyResult {
    let ok = [
        Ty::List,
        Ty::Dict,
        Ty::Tuple,
        Ty::Set,
        Ty::FrozenSet,
        Ty::Type,
    ]
    .iter()
    .any(|t| types::builtin_type(*t) == cls);
    if !ok {
        let n = types::as_type(cls).map_or(String::new(), |t| t.name.clone());
        return Err(exc::type_error(format!("type '{n}' is not subscriptable")));
    }
    let args = match tuple::as_slice(key) {
        Some(t) => t.to_vec(),
        None => vec![key],
    };
    Ok(new_alias(Value::NONE, K_BUILTIN, cls, args))
}

fn params(key: Value) -> Vec<Value> {
    match tuple::as_slice(key) {
        Some(t) => t.to_vec(),
        None => vec![key],
    }
}

/// `typing._type_check`'s conversion: None stands for NoneType.
fn conv(v: Value) -> Value {
    if v.is_none() {
        none_type()
    } else {
        v
    }
}

fn union_of(items: Vec<Value>) -> PyResult {
    let mut flat: Vec<Value> = Vec::new();
    for it in items {
        let it = conv(it);
        let members = match nc::state_of(it, class(ALIAS)) {
            Some(s) if matches!(kind_of(s), K_UNION | K_OPTIONAL) => nc::tuple_items(nc::get(s, 3)),
            _ => vec![it],
        };
        for m in members {
            let mut dup = false;
            for &f in &flat {
                if f == m || protocol::eq(f, m)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                flat.push(m);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat[0]);
    }
    let roots = Roots::new();
    let name = roots.push(pystr::new("Union"));
    Ok(new_alias(name, K_UNION, Value::NONE, flat))
}

fn form_getitem(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(FORM), "__getitem__")?;
    let key = args.pos().first().copied().unwrap_or(Value::NONE);
    let name = nc::get(s, 0);
    let n = pystr::as_str(name).unwrap_or("?");
    let origin = nc::get(s, 2);
    let roots = Roots::new();
    roots.push(key);
    match kind_of(s) {
        K_UNION => {
            if tuple::as_slice(key).is_some_and(|t| t.is_empty()) {
                return Err(exc::type_error("Cannot take a Union of no types."));
            }
            union_of(params(key))
        }
        K_OPTIONAL => {
            if tuple::as_slice(key).is_some() {
                return Err(exc::type_error(format!(
                    "typing.Optional requires a single type. Got {}.",
                    type_repr(key)?
                )));
            }
            union_of(vec![key, none_type()])
        }
        K_CALLABLE => {
            let p = params(key);
            if p.len() != 2 {
                return Err(exc::type_error(
                    "Callable must be used as Callable[[arg, ...], result].",
                ));
            }
            let mut out = match crate::objects::list::as_list(p[0]) {
                Some(l) => l.borrow().iter().map(|v| conv(*v)).collect(),
                None => vec![p[0]],
            };
            out.push(conv(p[1]));
            Ok(new_alias(name, K_CALLABLE, origin, out))
        }
        K_TUPLE => {
            let p = params(key);
            Ok(new_alias(
                name,
                K_TUPLE,
                origin,
                p.into_iter().map(conv).collect(),
            ))
        }
        K_LITERAL => Ok(new_alias(name, K_LITERAL, origin, params(key))),
        K_WRAP => Ok(new_alias(
            name,
            K_WRAP,
            origin,
            params(key).into_iter().map(conv).collect(),
        )),
        K_ALIAS => {
            let p: Vec<Value> = params(key).into_iter().map(conv).collect();
            let expected = nc::get(s, 3).as_small_int().unwrap_or(1);
            if p.len() as i64 != expected {
                return Err(exc::type_error(format!(
                    "Too {} arguments for typing.{n}; actual {}, expected {expected}",
                    if (p.len() as i64) > expected {
                        "many"
                    } else {
                        "few"
                    },
                    p.len()
                )));
            }
            Ok(new_alias(name, K_ALIAS, origin, p))
        }
        _ if n == "Any" => Err(exc::type_error("type 'Any' is not subscriptable")),
        _ => Err(exc::type_error(format!("typing.{n} is not subscriptable"))),
    }
}

fn form_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(FORM), "__repr__")?;
    Ok(pystr::from_string(format!(
        "typing.{}",
        pystr::as_str(nc::get(s, 0)).unwrap_or("?")
    )))
}

fn form_call(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(FORM), "__call__")?;
    let n = pystr::as_str(nc::get(s, 0)).unwrap_or("?");
    if kind_of(s) == K_ALIAS || kind_of(s) == K_TUPLE {
        if let Some(t) = types::as_type(nc::get(s, 2)) {
            if t.module == "builtins" {
                return Err(exc::type_error(format!(
                    "Type {n} cannot be instantiated; use {}() instead",
                    t.name
                )));
            }
        }
    }
    Err(exc::type_error(format!("Cannot instantiate typing.{n}")))
}

fn form_mro_entries(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(FORM), "__mro_entries__")?;
    let origin = nc::get(s, 2);
    if types::as_type(origin).is_some() {
        return Ok(tuple::new(vec![origin]));
    }
    Err(exc::type_error(format!(
        "Cannot subclass {}",
        protocol::repr(r)?
    )))
}

fn alias_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__repr__")?;
    let args = nc::tuple_items(nc::get(s, 3));
    let name = pystr::as_str(nc::get(s, 0)).unwrap_or("");
    let origin = nc::get(s, 2);
    let join = |items: &[Value]| -> PyResult<String> {
        let mut parts = Vec::new();
        for &a in items {
            parts.push(type_repr(a)?);
        }
        Ok(parts.join(", "))
    };
    let kind = kind_of(s);
    let out = match kind {
        K_UNION => {
            if args.len() == 2 && args.contains(&none_type()) {
                let other = if args[0] == none_type() {
                    args[1]
                } else {
                    args[0]
                };
                format!("typing.Optional[{}]", type_repr(other)?)
            } else {
                format!("typing.Union[{}]", join(&args)?)
            }
        }
        K_CALLABLE => {
            let (ret, ps) = args
                .split_last()
                .map_or((Value::NONE, &[][..]), |(r, p)| (*r, p));
            if ps.len() == 1 && ps[0] == crate::builtins::singletons().1 {
                format!("typing.Callable[..., {}]", type_repr(ret)?)
            } else {
                format!("typing.Callable[[{}], {}]", join(ps)?, type_repr(ret)?)
            }
        }
        K_LITERAL => format!("typing.Literal[{}]", nc::reprs(&args)?),
        K_BUILTIN | K_GENERIC if name.is_empty() || kind == K_BUILTIN => {
            let inner = if args.is_empty() {
                "()".to_string()
            } else {
                join(&args)?
            };
            format!("{}[{inner}]", type_repr(origin)?)
        }
        _ => {
            let inner = if args.is_empty() {
                "()".to_string()
            } else {
                join(&args)?
            };
            format!("typing.{name}[{inner}]")
        }
    };
    Ok(pystr::from_string(out))
}

fn alias_getattr(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__getattr__")?;
    let name = args
        .pos()
        .first()
        .copied()
        .and_then(pystr::as_str)
        .unwrap_or("");
    match name {
        "__origin__" => {
            let o = nc::get(s, 2);
            if o.is_none() && kind_of(s) == K_UNION {
                return typing_attr("Union");
            }
            Ok(o)
        }
        "__args__" => Ok(nc::get(s, 3)),
        "__parameters__" => {
            let tv: Vec<Value> = nc::tuple_items(nc::get(s, 3))
                .into_iter()
                .filter(|a| types::isinstance(*a, class(TYPEVAR)))
                .collect();
            Ok(tuple::new(tv))
        }
        _ => {
            // Attributes of the origin class (`List[int].append`).
            let o = nc::get(s, 2);
            if types::as_type(o).is_some() && !name.starts_with("__") {
                return crate::attr::getattr(o, name);
            }
            Err(exc::raise_new(
                "AttributeError",
                &format!("'_GenericAlias' object has no attribute '{name}'"),
            ))
        }
    }
}

fn typing_attr(name: &str) -> PyResult {
    let m = super::import("typing")?;
    crate::attr::getattr(m, name)
}

fn alias_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__call__")?;
    let origin = nc::get(s, 2);
    let kind = kind_of(s);
    if kind == K_ALIAS || kind == K_TUPLE {
        let n = pystr::as_str(nc::get(s, 0)).unwrap_or("?");
        if let Some(t) = types::as_type(origin) {
            if t.module == "builtins" {
                return Err(exc::type_error(format!(
                    "Type {n} cannot be instantiated; use {}() instead",
                    t.name
                )));
            }
        }
    }
    if types::as_type(origin).is_none() {
        return Err(exc::type_error(format!(
            "Cannot instantiate {}",
            protocol::repr(r)?
        )));
    }
    let roots = Roots::new();
    roots.push(r);
    let obj = roots.push(protocol::call(origin, args)?);
    if kind == K_GENERIC {
        if let Some(Kind::Instance(_)) = obj.obj().map(|o| &o.kind) {
            let _ = crate::attr::generic_setattr(obj, "__orig_class__", r);
        }
    }
    Ok(obj)
}

fn alias_mro_entries(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__mro_entries__")?;
    let origin = nc::get(s, 2);
    if types::as_type(origin).is_some() {
        return Ok(tuple::new(vec![origin]));
    }
    Err(exc::type_error(format!(
        "Cannot subclass {}",
        protocol::repr(r)?
    )))
}

fn alias_eq(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__eq__")?;
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let Some(o) = nc::state_of(other, class(ALIAS)) else {
        return Ok(protocol::not_implemented());
    };
    if kind_of(s) != kind_of(o) && !(is_union(s) && is_union(o)) {
        return Ok(Value::FALSE);
    }
    if is_union(s) {
        // Unions compare as sets of their members.
        let a = nc::tuple_items(nc::get(s, 3));
        let b = nc::tuple_items(nc::get(o, 3));
        if a.len() != b.len() {
            return Ok(Value::FALSE);
        }
        for x in &a {
            let mut found = false;
            for y in &b {
                if x == y || protocol::eq(*x, *y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let same_origin = nc::get(s, 2) == nc::get(o, 2);
    if !same_origin {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(protocol::eq(nc::get(s, 3), nc::get(o, 3))?))
}

fn is_union(s: &std::cell::RefCell<Vec<Value>>) -> bool {
    matches!(kind_of(s), K_UNION | K_OPTIONAL)
}

fn alias_hash(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(ALIAS), "__hash__")?;
    if is_union(s) {
        let mut h: i64 = 0;
        for a in nc::tuple_items(nc::get(s, 3)) {
            h ^= protocol::hash(a)?;
        }
        return Ok(crate::objects::int::from_i64(h));
    }
    let roots = Roots::new();
    let t = roots.push(tuple::new(vec![nc::get(s, 2), nc::get(s, 3)]));
    Ok(crate::objects::int::from_i64(protocol::hash(t)?))
}

fn alias_getitem(r: Value, args: Args) -> PyResult {
    // `Dict[str, T][int]`: substitutes type variables in order.
    let s = nc::receiver(r, class(ALIAS), "__getitem__")?;
    let key = args.pos().first().copied().unwrap_or(Value::NONE);
    let new = params(key);
    let mut it = new.into_iter();
    let mut out = Vec::new();
    let mut any = false;
    for a in nc::tuple_items(nc::get(s, 3)) {
        if types::isinstance(a, class(TYPEVAR)) {
            any = true;
            out.push(conv(it.next().unwrap_or(a)));
        } else {
            out.push(a);
        }
    }
    if !any {
        return Err(exc::type_error(format!(
            "{} is not a generic class",
            protocol::repr(r)?
        )));
    }
    let kind = kind_of(s);
    if is_union(s) {
        return union_of(out);
    }
    Ok(new_alias(nc::get(s, 0), kind, nc::get(s, 2), out))
}

// ---- TypeVar: state [name, bound, covariant, contravariant, constraints]

fn typevar_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let p = args.pos();
    let Some(&name) = p.first() else {
        return Err(exc::type_error(
            "TypeVar.__init__() missing 1 required positional argument: 'name'",
        ));
    };
    if pystr::as_str(name).is_none() {
        return Err(exc::type_error("TypeVar name must be a string"));
    }
    let mut bound = Value::NONE;
    let mut co = Value::FALSE;
    let mut contra = Value::FALSE;
    for (k, v) in args.kw() {
        match k {
            "bound" => bound = v,
            "covariant" => co = Value::bool(protocol::truthy(v)?),
            "contravariant" => contra = Value::bool(protocol::truthy(v)?),
            _ => {
                return Err(exc::type_error(format!(
                    "TypeVar.__init__() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if co == Value::TRUE && contra == Value::TRUE {
        return Err(exc::value_error("Bivariant types are not supported."));
    }
    if p.len() == 2 {
        return Err(exc::type_error("A single constraint is not allowed"));
    }
    let roots = Roots::new();
    let cons = roots.push(tuple::new(p[1..].to_vec()));
    let obj = roots.push(nc::instance(cls, vec![name, bound, co, contra, cons]));
    crate::attr::generic_setattr(obj, "__name__", name)?;
    crate::attr::generic_setattr(obj, "__bound__", bound)?;
    crate::attr::generic_setattr(obj, "__constraints__", cons)?;
    crate::attr::generic_setattr(obj, "__covariant__", co)?;
    crate::attr::generic_setattr(obj, "__contravariant__", contra)?;
    Ok(obj)
}

fn typevar_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(TYPEVAR), "__repr__")?;
    let prefix = if nc::get(s, 2) == Value::TRUE {
        "+"
    } else if nc::get(s, 3) == Value::TRUE {
        "-"
    } else {
        "~"
    };
    Ok(pystr::from_string(format!(
        "{prefix}{}",
        pystr::as_str(nc::get(s, 0)).unwrap_or("?")
    )))
}

fn typevar_or(r: Value, args: Args) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    union_of(vec![r, other])
}

fn typevar_ror(r: Value, args: Args) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    union_of(vec![other, r])
}

// ---- Generic

fn generic_class_getitem(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    let (cls, key) = match p {
        [c, k] => (*c, *k),
        _ => return Err(exc::type_error("__class_getitem__ expects one argument")),
    };
    let ps = params(key);
    let t = types::as_type(cls);
    let is_base = t.is_some_and(|t| t.module == "typing");
    if is_base {
        let n = t.map_or("Generic", |t| t.name.as_str());
        if ps.is_empty() {
            return Err(exc::type_error(format!(
                "Parameter list to {n}[...] cannot be empty"
            )));
        }
        for a in &ps {
            if !types::isinstance(*a, class(TYPEVAR)) {
                return Err(exc::type_error(format!(
                    "Parameters to {n}[...] must all be type variables or parameter specification variables."
                )));
            }
        }
        let roots = Roots::new();
        let name = roots.push(pystr::new(n));
        return Ok(new_alias(name, K_GENERIC, cls, ps));
    }
    Ok(new_alias(
        Value::NONE,
        K_GENERIC,
        cls,
        ps.into_iter().map(conv).collect(),
    ))
}

// ---- NewType: state [name, supertype]

fn newtype_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "NewType", &["name", "tp"], &[], 2)?;
    let name = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![name, b[1].unwrap_or(Value::NONE)]));
    crate::attr::generic_setattr(obj, "__name__", name)?;
    crate::attr::generic_setattr(obj, "__supertype__", b[1].unwrap_or(Value::NONE))?;
    Ok(obj)
}

fn newtype_call(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "NewType", &["x"], &[], 1)?;
    Ok(b[0].unwrap_or(Value::NONE))
}

fn newtype_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(NEWTYPE), "__repr__")?;
    Ok(pystr::from_string(format!(
        "__main__.{}",
        pystr::as_str(nc::get(s, 0)).unwrap_or("?")
    )))
}

// ---- functions

fn cast(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "cast", &["typ", "val"], &[], 2)?;
    Ok(b[1].unwrap_or(Value::NONE))
}

fn identity(_r: Value, args: Args) -> PyResult {
    args.pos()
        .first()
        .copied()
        .ok_or_else(|| exc::type_error("expected one argument"))
}

fn get_origin(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "get_origin", &["tp"], &[], 1)?;
    let tp = b[0].unwrap_or(Value::NONE);
    match nc::state_of(tp, class(ALIAS)) {
        Some(_) => crate::attr::getattr(tp, "__origin__"),
        None => Ok(Value::NONE),
    }
}

fn get_args(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "get_args", &["tp"], &[], 1)?;
    let tp = b[0].unwrap_or(Value::NONE);
    match nc::state_of(tp, class(ALIAS)) {
        Some(s) => {
            if kind_of(s) == K_CALLABLE {
                let items = nc::tuple_items(nc::get(s, 3));
                if let Some((ret, ps)) = items.split_last() {
                    if !(ps.len() == 1 && ps[0] == crate::builtins::singletons().1) {
                        let roots = Roots::new();
                        let l = roots.push(crate::objects::list::new(ps.to_vec()));
                        return Ok(tuple::new(vec![l, *ret]));
                    }
                }
            }
            Ok(nc::get(s, 3))
        }
        None => Ok(tuple::new(vec![])),
    }
}

fn make_classes() {
    let form = nc::new_class(
        "_SpecialForm",
        "typing",
        None,
        &[
            ("__getitem__", form_getitem),
            ("__repr__", form_repr),
            ("__call__", form_call),
            ("__mro_entries__", form_mro_entries),
        ],
    );
    let alias = nc::new_class(
        "_GenericAlias",
        "typing",
        None,
        &[
            ("__repr__", alias_repr),
            ("__getattr__", alias_getattr),
            ("__call__", alias_call),
            ("__mro_entries__", alias_mro_entries),
            ("__eq__", alias_eq),
            ("__hash__", alias_hash),
            ("__getitem__", alias_getitem),
            ("__or__", typevar_or),
            ("__ror__", typevar_ror),
        ],
    );
    let tv = nc::new_class(
        "TypeVar",
        "typing",
        None,
        &[
            ("__new__", typevar_new),
            ("__repr__", typevar_repr),
            ("__or__", typevar_or),
            ("__ror__", typevar_ror),
        ],
    );
    let generic = nc::new_class("Generic", "typing", None, &[]);
    nc::add_classmethod(generic, "__class_getitem__", generic_class_getitem);
    let nt = nc::new_class(
        "NewType",
        "typing",
        None,
        &[
            ("__new__", newtype_new),
            ("__call__", newtype_call),
            ("__repr__", newtype_repr),
        ],
    );
    CLASSES.with(|c| c.set([form, alias, tv, generic, nt]));
}

fn form(name: &'static str, kind: i64, origin: Value, nparams: i64) -> Value {
    let n = gc::alloc_permanent_str(name);
    let v = nc::instance(
        class(FORM),
        vec![n, Value::small_int(kind), origin, Value::small_int(nparams)],
    );
    gc::make_permanent(v);
    v
}

pub fn init(m: &mut AttrMap) {
    use Ty::*;
    let b = types::builtin_type;
    let object = b(Object);
    let aliases: &[(&'static str, Value, i64)] = &[
        ("List", b(List), 1),
        ("Dict", b(Dict), 2),
        ("Set", b(Set), 1),
        ("FrozenSet", b(FrozenSet), 1),
        ("Type", b(Type), 1),
        ("DefaultDict", object, 2),
        ("OrderedDict", object, 2),
        ("Counter", object, 1),
        ("Deque", object, 1),
        ("ChainMap", object, 2),
        ("Iterable", object, 1),
        ("Iterator", object, 1),
        ("Generator", object, 3),
        ("Sequence", object, 1),
        ("MutableSequence", object, 1),
        ("Mapping", object, 2),
        ("MutableMapping", object, 2),
        ("AbstractSet", object, 1),
        ("MutableSet", object, 1),
        ("Collection", object, 1),
        ("Container", object, 1),
        ("Reversible", object, 1),
        ("KeysView", object, 1),
        ("ValuesView", object, 1),
        ("ItemsView", object, 2),
        ("Awaitable", object, 1),
        ("Coroutine", object, 3),
        ("AsyncIterable", object, 1),
        ("AsyncIterator", object, 1),
        ("AsyncGenerator", object, 2),
        ("ContextManager", object, 1),
        ("Pattern", object, 1),
        ("Match", object, 1),
    ];
    for &(name, origin, n) in aliases {
        m.set(name, form(name, K_ALIAS, origin, n));
    }
    for name in ["Hashable", "Sized"] {
        m.set(name, form(name, K_PLAIN, object, 0));
    }
    m.set("Tuple", form("Tuple", K_TUPLE, b(Tuple), -1));
    m.set("Callable", form("Callable", K_CALLABLE, object, -1));
    m.set("Union", form("Union", K_UNION, Value::NONE, -1));
    m.set("Optional", form("Optional", K_OPTIONAL, Value::NONE, -1));
    m.set("Literal", form("Literal", K_LITERAL, Value::NONE, -1));
    for name in ["ClassVar", "Final", "Annotated", "Required", "NotRequired"] {
        m.set(name, form(name, K_WRAP, Value::NONE, -1));
    }
    for name in [
        "Any",
        "NoReturn",
        "Never",
        "Self",
        "LiteralString",
        "TypeAlias",
    ] {
        m.set(name, form(name, K_PLAIN, Value::NONE, 0));
    }
    let generic = class(GENERIC);
    m.set("Generic", generic);
    let protocol_cls = nc::new_class("Protocol", "typing", Some(generic), &[]);
    m.set("Protocol", protocol_cls);
    m.set("TypeVar", class(TYPEVAR));
    m.set("NewType", class(NEWTYPE));
    m.set("TYPE_CHECKING", Value::FALSE);
    m.set("Text", b(Str));
    let anystr = {
        let roots = Roots::new();
        let n = roots.push(pystr::new("AnyStr"));
        let v = nc::instance(
            class(TYPEVAR),
            vec![n, Value::NONE, Value::FALSE, Value::FALSE, Value::NONE],
        );
        gc::make_permanent(v);
        v
    };
    m.set("AnyStr", anystr);
    super::add_fn(m, "cast", cast);
    super::add_fn(m, "get_origin", get_origin);
    super::add_fn(m, "get_args", get_args);
    for name in ["overload", "final", "no_type_check", "runtime_checkable"] {
        super::add_fn(m, name, identity);
    }
}
