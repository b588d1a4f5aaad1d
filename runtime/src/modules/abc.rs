//! `abc`: `ABC`, `ABCMeta` and `abstractmethod`. `ABCMeta` is a runtime
//! metaclass: when a class deriving from `ABC` is created it computes
//! `__abstractmethods__` as CPython's `ABCMeta.__new__` does, and calling
//! the class refuses to instantiate it while that set is not empty.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Ty};
use crate::objects::{set, str as pystr};
use crate::protocol;
use crate::value::Value;

/// The name of the native functions that stand for abstract methods of the
/// runtime's own ABCs (`collections.abc`): they count as abstract.
pub const ABSTRACT_PLACEHOLDER: &str = "<abstract method>";

/// Whether a class attribute is abstract (`__isabstractmethod__`).
fn is_abstract(v: Value) -> PyResult<bool> {
    let v = match v.obj().map(|o| &o.kind) {
        Some(Kind::Property { fget, .. }) => *fget,
        Some(Kind::StaticMethod(f)) | Some(Kind::ClassMethod(f)) => *f,
        _ => v,
    };
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Builtin(b)) => Ok(b.name == ABSTRACT_PLACEHOLDER),
        Some(Kind::Function(f)) => match f.attrs.borrow().get("__isabstractmethod__") {
            Some(x) => protocol::truthy(x),
            None => Ok(false),
        },
        Some(Kind::Instance(_)) => match crate::attr::getattr(v, "__isabstractmethod__") {
            Ok(x) => protocol::truthy(x),
            Err(e) => {
                if exc::pending_is("AttributeError") {
                    exc::take_pending();
                    Ok(false)
                } else {
                    Err(e)
                }
            }
        },
        _ => Ok(false),
    }
}

fn abstractmethod(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "abstractmethod", &["funcobj"], &[], 1)?;
    let f = b[0].unwrap_or(Value::NONE);
    crate::attr::setattr(f, "__isabstractmethod__", Value::TRUE)?;
    Ok(f)
}

/// `ABCMeta.__new__`'s computation of the abstract methods of `cls`.
fn class_init(cls: Value, _args: Args) -> PyResult {
    let Some(t) = types::as_type(cls) else {
        return Ok(Value::NONE);
    };
    let mut names: Vec<String> = Vec::new();
    let own: Vec<(String, Value)> = t
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    for (k, v) in own {
        if is_abstract(v)? {
            names.push(k);
        }
    }
    for &base in &t.bases {
        let Some(bt) = types::as_type(base) else {
            continue;
        };
        let Some(abs) = bt.lookup("__abstractmethods__") else {
            continue;
        };
        for n in protocol::collect(abs)? {
            let Some(name) = pystr::as_str(n) else {
                continue;
            };
            if names.iter().any(|x| x == name) {
                continue;
            }
            if let Some(v) = t.lookup(name) {
                if is_abstract(v)? {
                    names.push(name.to_string());
                }
            }
        }
    }
    let roots = Roots::new();
    let items: Vec<Value> = names.iter().map(|n| roots.push(pystr::new(n))).collect();
    let fs = set::new_frozenset(&items)?;
    t.dict.borrow_mut().set("__abstractmethods__", fs);
    Ok(Value::NONE)
}

fn meta_call(cls: Value, args: Args) -> PyResult {
    let Some(t) = types::as_type(cls) else {
        return Err(exc::type_error("ABCMeta.__call__ needs a class"));
    };
    if let Some(abs) = t.lookup("__abstractmethods__") {
        let mut names: Vec<String> = Vec::new();
        for n in protocol::collect(abs)? {
            names.push(pystr::as_str(n).unwrap_or("?").to_string());
        }
        if !names.is_empty() {
            names.sort();
            return Err(exc::type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                t.name,
                if names.len() == 1 { "" } else { "s" },
                names.join(", ")
            )));
        }
    }
    crate::call::construct(cls, t, args)
}

/// `issubclass(sub, cls)` for a class whose metaclass is `ABCMeta`: a
/// real subclass, a registered one (with this ABC or one deriving from
/// it), or what `collections.abc`'s structural checks accept.
pub fn is_virtual_subclass(cls: Value, sub: Value) -> PyResult<bool> {
    if types::is_subtype(sub, cls) || registered_with(cls, sub)? {
        return Ok(true);
    }
    for derived in super::collections_abc::derived_from(cls) {
        if registered_with(derived, sub)? {
            return Ok(true);
        }
    }
    Ok(super::collections_abc::subclass_hook(cls, sub).unwrap_or(false))
}

/// Is `sub` (or a base of it) registered with `cls`?
fn registered_with(cls: Value, sub: Value) -> PyResult<bool> {
    let Some(t) = types::as_type(cls) else {
        return Ok(false);
    };
    let registry = t.dict.borrow().get(REGISTRY);
    if let Some(r) = registry {
        for c in protocol::collect(r)? {
            if is_virtual_subclass(c, sub)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Classes registered with an ABC, in its own dict.
const REGISTRY: &str = "_abc_registry";

fn meta_instancecheck(cls: Value, args: Args) -> PyResult {
    args.check("__instancecheck__", 1, 1, &[])?;
    let sub = types::type_of(args.pos()[0]);
    Ok(Value::bool(is_virtual_subclass(cls, sub)?))
}

fn meta_subclasscheck(cls: Value, args: Args) -> PyResult {
    args.check("__subclasscheck__", 1, 1, &[])?;
    let sub = args.pos()[0];
    if types::as_type(sub).is_none() {
        return Err(exc::type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(is_virtual_subclass(cls, sub)?))
}

/// `ABC.register(subclass)`: makes `subclass` a virtual subclass.
fn meta_register(cls: Value, args: Args) -> PyResult {
    args.check("register", 1, 1, &[])?;
    register(cls, args.pos()[0])
}

/// Registers `sub` as a virtual subclass of the ABC `cls`.
pub fn register(cls: Value, sub: Value) -> PyResult {
    let Some(t) = types::as_type(cls) else {
        return Err(exc::type_error("register needs an ABC"));
    };
    if types::as_type(sub).is_none() {
        return Err(exc::type_error("Can only register classes"));
    }
    let existing = t.dict.borrow().get(REGISTRY);
    match existing.and_then(crate::objects::list::as_list) {
        Some(l) => l.borrow_mut().push(sub),
        None => {
            let l = crate::objects::list::new(vec![sub]);
            t.dict.borrow_mut().set(REGISTRY, l);
        }
    }
    Ok(sub)
}

pub fn init(m: &mut AttrMap) {
    let meta = nc::new_class(
        "ABCMeta",
        "abc",
        Some(types::builtin_type(Ty::Type)),
        &[
            ("__call__", meta_call),
            ("__molt_class_init__", class_init),
            ("__instancecheck__", meta_instancecheck),
            ("__subclasscheck__", meta_subclasscheck),
            ("register", meta_register),
        ],
    );
    let abc = nc::new_class("ABC", "abc", None, &[]);
    if let Some(t) = types::as_type(abc) {
        t.meta.set(meta);
    }
    if let Ok(fs) = set::new_frozenset(&[]) {
        crate::gc::make_permanent(fs);
        nc::set_class_attr(abc, "__abstractmethods__", fs);
    }
    m.set("ABCMeta", meta);
    m.set("ABC", abc);
    super::add_fn(m, "abstractmethod", abstractmethod);
}
