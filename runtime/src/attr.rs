//! Attribute access (`getattr`/`setattr`/`delattr`) and subscription
//! (`getitem`/`setitem`/`delitem`, including slices).
//!
//! Instance attribute lookup follows CPython's order: data descriptors on
//! the class (`property`), then the instance's own attributes, then the
//! class's MRO (functions become bound methods, `classmethod` binds the
//! class, `staticmethod` unwraps), then a user `__getattr__`.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::str_methods;
use crate::objects::types::{self, as_type, TypeObj};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol::{self, special, type_name};
use crate::value::Value;

fn attribute_error(msg: String) -> exc::Raised {
    exc::raise_new("AttributeError", &msg)
}

fn no_attr(obj: Value, name: &str) -> exc::Raised {
    attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        type_name(obj)
    ))
}

/// Binds a class attribute found on the MRO to an instance.
pub(crate) fn bind(attr: Value, obj: Value, cls: Value) -> PyResult {
    Ok(match attr.obj().map(|o| &o.kind) {
        Some(Kind::Function(_)) => gc::alloc(Kind::BoundMethod {
            func: attr,
            receiver: obj,
        }),
        Some(Kind::Builtin(b)) if b.receiver == Value::UNBOUND => {
            crate::builtins::bound_native(b.name, b.f, obj)
        }
        Some(Kind::StaticMethod(f)) => *f,
        Some(Kind::ClassMethod(f)) => classmethod_get(*f, cls)?,
        Some(Kind::Property { fget, .. }) => {
            if fget.is_none() {
                return Err(attribute_error("unreadable attribute".into()));
            }
            protocol::call1(*fget, obj)?
        }
        Some(Kind::Instance(_)) => match protocol::special(attr, "__get__") {
            // A descriptor object (an instance whose class has `__get__`).
            Some(get) => protocol::call(get, Args::positional(&[attr, obj, cls]))?,
            None => attr,
        },
        _ => attr,
    })
}

/// `classmethod.__get__`: the wrapped callable bound to the class; a
/// wrapped descriptor (a property, another classmethod, an object with
/// `__get__`) is asked itself with the class as both instance and owner,
/// as CPython 3.9-3.12 do.
fn classmethod_get(f: Value, cls: Value) -> PyResult {
    match f.obj().map(|o| &o.kind) {
        Some(Kind::Property { .. } | Kind::ClassMethod(_) | Kind::StaticMethod(_)) => {
            bind(f, cls, cls)
        }
        Some(Kind::Instance(_)) => match protocol::special(f, "__get__") {
            Some(get) => protocol::call(get, Args::positional(&[f, cls, cls])),
            None => Ok(gc::alloc(Kind::BoundMethod {
                func: f,
                receiver: cls,
            })),
        },
        _ => Ok(gc::alloc(Kind::BoundMethod {
            func: f,
            receiver: cls,
        })),
    }
}

/// A data descriptor takes precedence over the instance's own attributes:
/// a `property`, or an object whose type defines `__set__` or `__delete__`.
fn is_data_descriptor(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Property { .. }) => true,
        Some(Kind::Instance(_)) => {
            special(v, "__set__").is_some() || special(v, "__delete__").is_some()
        }
        _ => false,
    }
}

/// A `__getattribute__` the class (not `object`) defines.
pub(crate) fn user_getattribute(cls: Value) -> Option<Value> {
    as_type(cls)?
        .lookup("__getattribute__")
        .filter(|f| !matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
}

/// `obj.name` through a user `__getattribute__`, falling back to
/// `__getattr__` on AttributeError, as CPython's slot does.
fn call_getattribute(obj: Value, name: &str, ga: Value) -> PyResult {
    let roots = Roots::new();
    let n = roots.push(pystr::new(name));
    match protocol::call(ga, Args::positional(&[obj, n])) {
        Ok(v) => Ok(v),
        Err(e) => {
            let Some(getattr) = as_type(types::type_of(obj)).and_then(|t| t.lookup("__getattr__"))
            else {
                return Err(e);
            };
            if !exc::pending_is("AttributeError") {
                return Err(e);
            }
            exc::take_pending();
            protocol::call(getattr, Args::positional(&[obj, n]))
        }
    }
}

/// `object.__getattribute__(obj, name)`: the lookup without the class's
/// own `__getattribute__` (and without `__getattr__`, which the caller's
/// slot adds).
pub fn generic_getattr(obj: Value, name: &str) -> PyResult {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => {
            let own = i.attrs.borrow().get(name);
            lookup_on_instance(obj, name, own)
        }
        _ => getattr(obj, name),
    }
}

/// CPython's generic lookup (`object.__getattribute__`) on an instance
/// whose own attribute for `name` is `own`: data descriptors on the class,
/// then the instance's own attributes, then the class's MRO.
fn lookup_on_instance(obj: Value, name: &str, own: Option<Value>) -> PyResult {
    let cls = types::type_of(obj);
    let class_attr = as_type(cls).and_then(|t| t.lookup(name));
    if let Some(a) = class_attr.filter(|a| is_data_descriptor(*a)) {
        return bind(a, obj, cls);
    }
    if let Some(v) = own {
        return Ok(v);
    }
    if let Some(a) = class_attr {
        return bind(a, obj, cls);
    }
    if name == "__class__" {
        return Ok(cls);
    }
    if name == "__dict__" && matches!(obj.obj().map(|o| &o.kind), Some(Kind::Instance(_))) {
        return instance_dict(obj);
    }
    Err(no_attr(obj, name))
}

/// The generic lookup, then the class's `__getattr__` when it raised
/// AttributeError (a failing property getter included), as CPython's
/// slot does.
fn instance_getattr(obj: Value, name: &str, own: Option<Value>) -> PyResult {
    let r = lookup_on_instance(obj, name, own);
    if r.is_ok() || !exc::pending_is("AttributeError") {
        return r;
    }
    let Some(ga) = as_type(types::type_of(obj)).and_then(|t| t.lookup("__getattr__")) else {
        return r;
    };
    exc::take_pending();
    let roots = Roots::new();
    let n = roots.push(pystr::new(name));
    protocol::call(ga, Args::positional(&[obj, n]))
}

/// `obj.__dict__` of an instance: a live mapping over its attributes
/// (instances of classes with `__slots__` have none).
fn instance_dict(obj: Value) -> PyResult {
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) if as_type(i.class.get()).is_none_or(|t| t.slots.borrow().dict) => {
            Ok(crate::instance_dict::new(obj))
        }
        _ => Err(no_attr(obj, "__dict__")),
    }
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(cls: Value, args: Args) -> PyResult {
    args.check("mro", 0, 0, &[])?;
    let Some(t) = as_type(cls) else {
        return Err(exc::type_error("descriptor 'mro' requires a 'type' object"));
    };
    let mut v = vec![cls];
    v.extend_from_slice(&t.mro);
    Ok(list::new(v))
}

/// Looks `name` up on a type object (class attribute access).
fn type_getattr(cls: Value, t: &TypeObj, name: &str) -> PyResult {
    if let Some(a) = t.lookup(name) {
        return Ok(match a.obj().map(|o| &o.kind) {
            Some(Kind::ClassMethod(f)) => classmethod_get(*f, cls)?,
            Some(Kind::StaticMethod(f)) => *f,
            Some(Kind::Instance(_)) => match protocol::special(a, "__get__") {
                Some(get) => protocol::call(get, Args::positional(&[a, Value::NONE, cls]))?,
                None => a,
            },
            _ => a,
        });
    }
    match name {
        "__name__" => return Ok(pystr::new(&t.name)),
        "__qualname__" => return Ok(pystr::new(&t.qualname)),
        "__module__" => return Ok(pystr::new(&t.module)),
        "__bases__" => return Ok(tuple::new(t.bases.clone())),
        "__mro__" => {
            let mut v = vec![cls];
            v.extend_from_slice(&t.mro);
            return Ok(tuple::new(v));
        }
        "__class__" => return Ok(types::type_of(cls)),
        "__doc__" => return Ok(Value::NONE),
        "mro" => return Ok(crate::builtins::bound_native("mro", type_mro, cls)),
        // A snapshot: CPython's read-only mappingproxy cannot be written
        // through either.
        "__dict__" => {
            let pairs: Vec<(String, Value)> = t
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            let refs: Vec<(&str, Value)> = pairs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            return dict::from_str_pairs(&refs);
        }
        _ => {}
    }
    if let Some(a) = t.meta_lookup(name) {
        // An attribute of the metaclass (`Color.__members__`).
        return bind(a, cls, t.meta.get());
    }
    if let Some(v) = crate::builtins::methods::type_attr(cls, name) {
        return Ok(v);
    }
    if t.layout != types::Layout::Builtin {
        if let Some((n, f)) = crate::builtins::methods::object_default(name) {
            return Ok(crate::builtins::bound_native(n, f, Value::UNBOUND));
        }
    }
    Err(attribute_error(format!(
        "type object '{}' has no attribute '{name}'",
        t.name
    )))
}

/// `obj.name` as the program reads it: a failing lookup's AttributeError
/// gets `name` and `obj` (CPython's `PyObject_GetAttr`).
pub fn getattr_reported(obj: Value, name: &str) -> PyResult {
    let r = getattr(obj, name);
    if r.is_err() {
        crate::objects::exc_fields::add_attribute_error_context(obj, name);
    }
    r
}

/// `obj.name`.
pub fn getattr(obj: Value, name: &str) -> PyResult {
    let Some(o) = obj.obj() else {
        return builtin_value_attr(obj, name);
    };
    match &o.kind {
        Kind::Instance(i) => {
            if let Some(ga) = user_getattribute(types::type_of(obj)) {
                return call_getattribute(obj, name, ga);
            }
            let own = i.attrs.borrow().get(name);
            instance_getattr(obj, name, own)
        }
        Kind::Exception(e) => match name {
            "args" => Ok(e.args.get()),
            "__cause__" => Ok(e.cause.get()),
            "__context__" => Ok(e.context.get()),
            "__suppress_context__" => Ok(Value::bool(e.suppress_context.get())),
            "__traceback__" => Ok(crate::tb_object::traceback_for(obj)),
            "value" | "code"
                if e.attrs.borrow().get(name).is_none() && exc_has_arg_attr(obj, name) =>
            {
                let args = tuple::as_slice(e.args.get()).unwrap_or(&[]);
                Ok(match args.len() {
                    0 => Value::NONE,
                    1 => args[0],
                    _ if name == "code" => e.args.get(),
                    _ => args[0],
                })
            }
            _ => {
                let own = e.attrs.borrow().get(name);
                let r = instance_getattr(obj, name, own);
                // The class's own attributes (`OSError.errno`, ...) read
                // as None while unset.
                if r.is_err()
                    && exc::pending_is("AttributeError")
                    && crate::objects::exc_fields::is_field(e, name)
                {
                    exc::take_pending();
                    return Ok(Value::NONE);
                }
                r
            }
        },
        Kind::Type(t) => type_getattr(obj, t, name),
        Kind::Module(m) => match m.get(name) {
            Some(v) => Ok(v),
            None => {
                if name == "__name__" {
                    return Ok(pystr::new(&m.name));
                }
                // PEP 562: the module's own `__getattr__` answers a miss.
                if let Some(hook) = m.get("__getattr__") {
                    let roots = Roots::new();
                    let n = roots.push(pystr::new(name));
                    return protocol::call(hook, Args::positional(&[n]));
                }
                Err(attribute_error(format!(
                    "module '{}' has no attribute '{name}'",
                    m.name
                )))
            }
        },
        Kind::Function(f) => match name {
            // Assigned names (functools.wraps) win over the compiled ones.
            "__name__" | "__qualname__" | "__module__" if f.attrs.borrow().get(name).is_some() => {
                Ok(f.attrs.borrow().get(name).unwrap_or(Value::NONE))
            }
            "__name__" => Ok(pystr::new(f.name())),
            "__qualname__" => Ok(pystr::new(f.qualname())),
            "__module__" => Ok(pystr::new(
                &crate::program::module_of(&f.desc.code).unwrap_or_else(|| "__main__".into()),
            )),
            "__defaults__" => Ok(f.defaults.get()),
            "__kwdefaults__" => Ok(f.kwdefaults.get()),
            "__closure__" => Ok(f.closure),
            "__class__" => Ok(types::type_of(obj)),
            "__annotations__" if f.attrs.borrow().get(name).is_none() => {
                // A function without annotations gets its empty dict on
                // first use, and keeps it.
                let d = crate::objects::dict::new();
                f.attrs.borrow_mut().set(name, d);
                Ok(d)
            }
            _ => match f.attrs.borrow().get(name) {
                Some(v) => Ok(v),
                None => {
                    if name == "__doc__" {
                        return Ok(Value::NONE);
                    }
                    Err(no_attr(obj, name))
                }
            },
        },
        Kind::Builtin(b) => match name {
            "__name__" | "__qualname__" => Ok(pystr::new(b.name)),
            "__self__" => Ok(b.receiver),
            "__class__" => Ok(types::type_of(obj)),
            _ => Err(no_attr(obj, name)),
        },
        Kind::BoundMethod { func, receiver } => match name {
            "__self__" => Ok(*receiver),
            "__func__" => Ok(*func),
            "__class__" => Ok(types::type_of(obj)),
            _ => getattr(*func, name),
        },
        Kind::Super { ty, obj: target } => super_getattr(*ty, *target, name),
        Kind::Property {
            fget,
            fset,
            fdel,
            doc,
        } => match name {
            "fget" => Ok(*fget),
            "__doc__" => property_doc(*fget, *doc),
            "fset" => Ok(*fset),
            "fdel" => Ok(*fdel),
            "getter" => Ok(crate::builtins::bound_native(
                "getter",
                crate::builtins::methods::property_getter,
                obj,
            )),
            "setter" => Ok(crate::builtins::bound_native(
                "setter",
                crate::builtins::methods::property_setter,
                obj,
            )),
            "deleter" => Ok(crate::builtins::bound_native(
                "deleter",
                crate::builtins::methods::property_deleter,
                obj,
            )),
            "__class__" => Ok(types::type_of(obj)),
            _ => Err(no_attr(obj, name)),
        },
        Kind::StaticMethod(f) | Kind::ClassMethod(f) => match name {
            "__func__" => Ok(*f),
            _ => Err(no_attr(obj, name)),
        },
        Kind::Generator(g) => match name {
            "__name__" | "__qualname__" => getattr(g.func, name),
            "gi_running" => Ok(Value::bool(g.running.get())),
            _ => builtin_method(obj, name),
        },
        Kind::Range { start, stop, step } | Kind::Slice { start, stop, step } => match name {
            "start" => Ok(*start),
            "stop" => Ok(*stop),
            "step" => Ok(*step),
            _ => builtin_method(obj, name),
        },
        _ => builtin_method(obj, name),
    }
}

/// A property's docstring: the explicit `doc`, else the getter's.
fn property_doc(fget: Value, doc: Value) -> PyResult {
    if !doc.is_none() || fget.is_none() {
        return Ok(doc);
    }
    match getattr(fget, "__doc__") {
        Ok(d) => Ok(d),
        Err(e) => {
            if exc::pending_is("AttributeError") {
                exc::take_pending();
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}

/// `StopIteration.value` and `SystemExit.code` come from the arguments.
fn exc_has_arg_attr(obj: Value, name: &str) -> bool {
    let class = if name == "value" {
        "StopIteration"
    } else {
        "SystemExit"
    };
    types::exc_type(class).is_some_and(|c| types::isinstance(obj, c))
}

/// Attributes of immediates (int, float, bool, None).
fn builtin_value_attr(obj: Value, name: &str) -> PyResult {
    if name == "__class__" {
        return Ok(types::type_of(obj));
    }
    if int::is_int(obj) && !obj.is_float() {
        match name {
            "real" | "numerator" => return Ok(int::from_i64(int::to_i64(obj).unwrap_or(0))),
            "imag" => return Ok(Value::small_int(0)),
            "denominator" => return Ok(Value::small_int(1)),
            _ => {}
        }
    }
    if let Some(f) = obj.as_float() {
        match name {
            "real" => return Ok(Value::float(f)),
            "imag" => return Ok(Value::float(0.0)),
            _ => {}
        }
    }
    builtin_method(obj, name)
}

fn builtin_method(obj: Value, name: &str) -> PyResult {
    if name == "__class__" {
        return Ok(types::type_of(obj));
    }
    if int::big_ref(obj).is_some() {
        match name {
            "real" | "numerator" => return Ok(obj),
            "imag" => return Ok(Value::small_int(0)),
            "denominator" => return Ok(Value::small_int(1)),
            _ => {}
        }
    }
    match crate::builtins::methods::lookup(obj, name) {
        Some((n, f)) => Ok(crate::builtins::bound_native(n, f, obj)),
        None => Err(no_attr(obj, name)),
    }
}

/// `super(ty, obj).name`.
fn super_getattr(ty: Value, obj: Value, name: &str) -> PyResult {
    let start_cls = if as_type(obj).is_some() && types::is_subtype(obj, ty) {
        obj
    } else {
        types::type_of(obj)
    };
    let Some(t) = as_type(start_cls) else {
        return Err(no_attr(obj, name));
    };
    let mut mro = vec![start_cls];
    mro.extend_from_slice(&t.mro);
    let pos = mro
        .iter()
        .position(|c| *c == ty)
        .map_or(mro.len(), |p| p + 1);
    for c in &mro[pos..] {
        if let Some(ct) = as_type(*c) {
            if let Some(a) = ct.dict.borrow().get(name) {
                return if start_cls == obj {
                    // super() in a classmethod: bind classmethods to the class.
                    Ok(match a.obj().map(|o| &o.kind) {
                        Some(Kind::ClassMethod(f)) => classmethod_get(*f, obj)?,
                        Some(Kind::StaticMethod(f)) => *f,
                        _ => a,
                    })
                } else {
                    bind(a, obj, start_cls)
                };
            }
        }
    }
    if let Some((n, f)) = crate::builtins::methods::object_default(name) {
        return Ok(crate::builtins::bound_native(n, f, obj));
    }
    Err(attribute_error(format!(
        "'super' object has no attribute '{name}'"
    )))
}

/// `obj.name = value`.
pub fn setattr(obj: Value, name: &str, value: Value) -> PyResult<()> {
    let Some(o) = obj.obj() else {
        return Err(readonly(obj, name));
    };
    match &o.kind {
        Kind::Instance(_) | Kind::Exception(_) => {
            let cls = types::type_of(obj);
            if let Some(t) = as_type(cls) {
                // A user `__setattr__` sees every assignment, descriptors'
                // included (they run in `object.__setattr__`).
                if let Some(sa) = t
                    .lookup("__setattr__")
                    .filter(|f| !matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
                {
                    let n = pystr::new(name);
                    let roots = Roots::new();
                    roots.push(n);
                    protocol::call(sa, Args::positional(&[obj, n, value]))?;
                    return Ok(());
                }
            }
            generic_setattr(obj, name, value)
        }
        Kind::Type(t) => {
            if let Some(f) = t.meta_lookup("__setattr__") {
                let n = pystr::new(name);
                let roots = Roots::new();
                roots.push(n);
                protocol::call(f, Args::positional(&[obj, n, value]))?;
                return Ok(());
            }
            t.dict.borrow_mut().set(name, value);
            Ok(())
        }
        Kind::Module(m) => {
            m.set(name, value);
            Ok(())
        }
        Kind::Function(f) => {
            f.attrs.borrow_mut().set(name, value);
            Ok(())
        }
        _ => Err(readonly(obj, name)),
    }
}

/// Assignment through a data descriptor on the class (a property's setter
/// or `__set__`); false when there is none.
fn set_through_descriptor(obj: Value, name: &str, value: Value) -> PyResult<bool> {
    let Some(t) = as_type(types::type_of(obj)) else {
        return Ok(false);
    };
    let Some(p) = t.lookup(name) else {
        return Ok(false);
    };
    if let Some(Kind::Property { fset, .. }) = p.obj().map(|o| &o.kind) {
        if fset.is_none() {
            return Err(attribute_error(format!(
                "property '{name}' of '{}' object has no setter",
                t.name
            )));
        }
        protocol::call(*fset, Args::positional(&[obj, value]))?;
        return Ok(true);
    }
    if let Some(set) = special(p, "__set__") {
        protocol::call(set, Args::positional(&[p, obj, value]))?;
        return Ok(true);
    }
    Ok(false)
}

/// `object.__setattr__`: data descriptors on the class, else a store on
/// the instance, without consulting a user `__setattr__`.
pub fn generic_setattr(obj: Value, name: &str, value: Value) -> PyResult<()> {
    if set_through_descriptor(obj, name, value)? {
        return Ok(());
    }
    match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => {
            if name == "__class__" {
                check_class_assignment(i.class.get(), value)?;
                i.class.set(value);
                return Ok(());
            }
            if let Some(t) = as_type(i.class.get()) {
                // Plain `object()` instances have no attributes at all.
                let bare_object = i.class.get() == types::builtin_type(types::Ty::Object);
                if bare_object || !t.slots.borrow().allows(name) {
                    return Err(no_attr(obj, name));
                }
            }
            let mut attrs = i.attrs.borrow_mut();
            if attrs.get(name).is_none() {
                gc::account(32);
            }
            attrs.set(name, value);
            Ok(())
        }
        Some(Kind::Exception(e)) => {
            match name {
                "args" => e.args.set(tuple::new(protocol::collect(value)?)),
                "__cause__" => {
                    e.cause.set(value);
                    e.suppress_context.set(true);
                }
                "__context__" => e.context.set(value),
                "__suppress_context__" => e.suppress_context.set(protocol::truthy(value)?),
                "__traceback__" => {
                    *e.traceback.borrow_mut() = crate::tb_object::entries_of(value)?;
                }
                _ => e.attrs.borrow_mut().set(name, value),
            }
            Ok(())
        }
        _ => Err(readonly(obj, name)),
    }
}

/// CPython's conditions for `obj.__class__ = new`: a class, neither it nor
/// the old one built in, and instances laid out alike.
fn check_class_assignment(old: Value, new: Value) -> PyResult<()> {
    let Some(nt) = as_type(new) else {
        return Err(exc::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(new)
        )));
    };
    let Some(ot) = as_type(old) else {
        return Ok(());
    };
    if nt.module == "builtins" || ot.module == "builtins" {
        return Err(exc::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_slots = {
        let (a, b) = (nt.slots.borrow(), ot.slots.borrow());
        a.dict == b.dict && a.names == b.names
    };
    if nt.layout != ot.layout || !same_slots {
        return Err(exc::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name, ot.name
        )));
    }
    Ok(())
}

fn readonly(obj: Value, name: &str) -> exc::Raised {
    if crate::builtins::methods::lookup(obj, name).is_some() {
        attribute_error(format!(
            "'{}' object attribute '{name}' is read-only",
            type_name(obj)
        ))
    } else {
        no_attr(obj, name)
    }
}

/// `del obj.name`.
pub fn delattr(obj: Value, name: &str) -> PyResult<()> {
    let removed = match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            // A user `__delattr__` sees every deletion, descriptors' included
            // (they run in `object.__delattr__`).
            if let Some(da) = as_type(types::type_of(obj))
                .and_then(|t| t.lookup("__delattr__"))
                .filter(|f| !matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
            {
                let n = pystr::new(name);
                let roots = Roots::new();
                roots.push(n);
                protocol::call(da, Args::positional(&[obj, n]))?;
                return Ok(());
            }
            return generic_delattr(obj, name);
        }
        Some(Kind::Type(t)) => {
            if let Some(f) = t.meta_lookup("__delattr__") {
                let n = pystr::new(name);
                let roots = Roots::new();
                roots.push(n);
                protocol::call(f, Args::positional(&[obj, n]))?;
                return Ok(());
            }
            t.dict.borrow_mut().remove(name)
        }
        Some(Kind::Module(m)) => m.remove(name),
        Some(Kind::Function(f)) => f.attrs.borrow_mut().remove(name),
        _ => None,
    };
    match removed {
        Some(_) => Ok(()),
        None => Err(no_attr(obj, name)),
    }
}

/// `object.__delattr__`: a data descriptor's deleter, else the instance's
/// own attribute.
pub fn generic_delattr(obj: Value, name: &str) -> PyResult<()> {
    if let Some(t) = as_type(types::type_of(obj)) {
        if let Some(p) = t.lookup(name) {
            if let Some(Kind::Property { fdel, .. }) = p.obj().map(|o| &o.kind) {
                if fdel.is_none() {
                    return Err(attribute_error(format!(
                        "property '{name}' of '{}' object has no deleter",
                        t.name
                    )));
                }
                protocol::call1(*fdel, obj)?;
                return Ok(());
            }
            if let Some(del) = special(p, "__delete__") {
                protocol::call(del, Args::positional(&[p, obj]))?;
                return Ok(());
            }
        }
    }
    let removed = match obj.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => i.attrs.borrow_mut().remove(name),
        Some(Kind::Exception(e)) => e.attrs.borrow_mut().remove(name),
        _ => None,
    };
    match removed {
        Some(_) => Ok(()),
        None => Err(no_attr(obj, name)),
    }
}

// ---------------------------------------------------------------------------
// Subscription
// ---------------------------------------------------------------------------

/// A slice's (start, stop, step) as optional i64s.
fn slice_parts(
    start: Value,
    stop: Value,
    step: Value,
) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
    let conv = |v: Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(i) = int::to_i64(v).filter(|_| !v.is_float()) {
            return Ok(Some(i));
        }
        if int::big_ref(v).is_some() {
            // Clamp huge bounds, as CPython does for slices.
            let neg = int::big_ref(v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            return Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }));
        }
        if special(v, "__index__").is_some() {
            return Ok(Some(protocol::index_value(v)?));
        }
        Err(exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ))
    };
    Ok((conv(start)?, conv(stop)?, conv(step)?))
}

/// `slice.indices(len)`: normalised (start, stop, step, length).
pub fn slice_indices(slice: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Some(Kind::Slice { start, stop, step }) = slice.obj().map(|o| &o.kind) else {
        return Err(exc::type_error("expected a slice"));
    };
    let (a, b, c) = slice_parts(*start, *stop, *step)?;
    match str_methods::slice_indices(len as i64, a, b, c) {
        Ok((s, e, st, n)) => Ok((s, e, st, n.max(0) as usize)),
        Err(e) => Err(exc::value_error(e.msg)),
    }
}

fn is_slice(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.kind), Some(Kind::Slice { .. }))
}

/// The positions a normalised slice selects.
fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n as i64).map(move |k| (start + k * step) as usize)
}

fn index_of(key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = protocol::index_value(key)?;
    let _ = what;
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    Ok((0..n).contains(&j).then_some(j as usize))
}

fn is_index(v: Value) -> bool {
    (int::is_int(v) && !v.is_float()) || special(v, "__index__").is_some()
}

fn bad_index(kind: &str, key: Value) -> exc::Raised {
    exc::type_error(format!(
        "{kind} indices must be integers or slices, not {}",
        type_name(key)
    ))
}

/// A small-int index into a sequence of `len`, when it is in range (the
/// fast path of subscription; everything else takes the general one).
#[inline]
fn small_index(key: Value, len: usize) -> Option<usize> {
    let i = key.as_small_int()?;
    let j = if i < 0 { i + len as i64 } else { i };
    (0 <= j && (j as u64) < len as u64).then_some(j as usize)
}

/// `obj[key]`.
#[inline]
pub fn getitem(obj: Value, key: Value) -> PyResult {
    if key.is_small_int() {
        match obj.obj().map(|o| &o.kind) {
            Some(Kind::List(l)) => {
                if let Ok(items) = l.try_borrow() {
                    if let Some(i) = small_index(key, items.len()) {
                        return Ok(items[i]);
                    }
                }
            }
            Some(Kind::Tuple(items)) => {
                if let Some(i) = small_index(key, items.len()) {
                    return Ok(items[i]);
                }
            }
            _ => {}
        }
    }
    getitem_general(obj, key)
}

#[inline(never)]
fn getitem_general(obj: Value, key: Value) -> PyResult {
    let Some(o) = obj.obj() else {
        return Err(not_subscriptable(obj));
    };
    match &o.kind {
        Kind::List(l) => {
            if is_slice(key) {
                let len = l.borrow().len();
                // May run `__index__` of the slice's bounds.
                let (s, _, st, n) = slice_indices(key, len)?;
                let mut out = Vec::with_capacity(n);
                {
                    let items = l.borrow();
                    out.extend(slice_positions(s, st, n).filter_map(|i| items.get(i).copied()));
                }
                return Ok(list::new(out));
            }
            if !is_index(key) {
                return Err(bad_index("list", key));
            }
            let len = l.borrow().len();
            match index_of(key, len, "list")?.and_then(|i| l.borrow().get(i).copied()) {
                Some(v) => Ok(v),
                None => Err(exc::raise_new("IndexError", "list index out of range")),
            }
        }
        Kind::Tuple(t) => {
            if is_slice(key) {
                let (s, _, st, n) = slice_indices(key, t.len())?;
                if st == 1 && s == 0 && n == t.len() {
                    return Ok(obj);
                }
                return Ok(tuple::new(
                    slice_positions(s, st, n)
                        .filter_map(|i| t.get(i).copied())
                        .collect(),
                ));
            }
            if !is_index(key) {
                return Err(bad_index("tuple", key));
            }
            match index_of(key, t.len(), "tuple")?.and_then(|i| t.get(i).copied()) {
                Some(v) => Ok(v),
                None => Err(exc::raise_new("IndexError", "tuple index out of range")),
            }
        }
        Kind::Str(s) => {
            if is_slice(key) {
                let (a, b, st, _) = slice_indices(key, s.char_len())?;
                return Ok(pystr::from_string(str_methods::cp_slice(
                    s.as_str(),
                    a,
                    b,
                    st,
                )));
            }
            if !is_index(key) {
                return Err(exc::type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(key)
                )));
            }
            match index_of(key, s.char_len(), "string")?.and_then(|i| s.char_at(i)) {
                Some(c) => Ok(pystr::new(c.encode_utf8(&mut [0u8; 4]))),
                None => Err(exc::raise_new("IndexError", "string index out of range")),
            }
        }
        Kind::Bytes(b) => {
            if is_slice(key) {
                let (s, _, st, n) = slice_indices(key, b.len())?;
                return Ok(crate::objects::bytes::new(
                    slice_positions(s, st, n)
                        .filter_map(|i| b.get(i).copied())
                        .collect(),
                ));
            }
            if !is_index(key) {
                return Err(bad_index("byte", key));
            }
            match index_of(key, b.len(), "bytes")?.and_then(|i| b.get(i).copied()) {
                Some(v) => Ok(Value::small_int(v as i64)),
                None => Err(exc::raise_new("IndexError", "index out of range")),
            }
        }
        Kind::Range { start, step, .. } => {
            let len = crate::builtins::range_len(obj)? as usize;
            if is_slice(key) {
                let (s, e, st, _) = slice_indices(key, len)?;
                let (start, step) = (*start, *step);
                let r0 = crate::ops::add(
                    start,
                    crate::ops::binop(crate::numeric::BinOp::Mul, int::from_i64(s), step)?,
                )?;
                let r1 = crate::ops::add(
                    start,
                    crate::ops::binop(crate::numeric::BinOp::Mul, int::from_i64(e), step)?,
                )?;
                let r2 = crate::ops::binop(crate::numeric::BinOp::Mul, int::from_i64(st), step)?;
                return Ok(gc::alloc(Kind::Range {
                    start: r0,
                    stop: r1,
                    step: r2,
                }));
            }
            if !is_index(key) {
                return Err(bad_index("range", key));
            }
            match index_of(key, len, "range")? {
                Some(i) => crate::builtins::iterators::range_item(obj, i as i64),
                None => Err(exc::raise_new(
                    "IndexError",
                    "range object index out of range",
                )),
            }
        }
        Kind::Dict(d) => match dict::get(d, key)? {
            Some(v) => Ok(v),
            None => {
                let roots = Roots::new();
                roots.push(key);
                let e = exc::new_exc_with_args("KeyError", &[key]);
                Err(exc::raise(e))
            }
        },
        Kind::Instance(_) => match special(obj, "__getitem__") {
            Some(f) => protocol::call_special(f, obj, &[key]),
            None => Err(not_subscriptable(obj)),
        },
        Kind::Type(t) => {
            if let Some(f) = t.meta_lookup("__getitem__") {
                return protocol::call(f, Args::positional(&[obj, key]));
            }
            if let Some(f) = t.lookup("__class_getitem__") {
                let f = match f.obj().map(|o| &o.kind) {
                    Some(Kind::ClassMethod(f)) => *f,
                    _ => f,
                };
                return protocol::call(f, Args::positional(&[obj, key]));
            }
            if t.module == "builtins" && t.layout == types::Layout::Builtin {
                // `list[int]`: a `types.GenericAlias`.
                return crate::modules::typing::builtin_alias(obj, key);
            }
            Err(exc::type_error(format!(
                "type '{}' is not subscriptable",
                t.name
            )))
        }
        _ => Err(not_subscriptable(obj)),
    }
}

fn not_subscriptable(v: Value) -> exc::Raised {
    exc::type_error(format!("'{}' object is not subscriptable", type_name(v)))
}

/// `obj[key] = value`.
#[inline]
pub fn setitem(obj: Value, key: Value, value: Value) -> PyResult<()> {
    if key.is_small_int() {
        if let Some(Kind::List(l)) = obj.obj().map(|o| &o.kind) {
            if let Ok(mut items) = l.try_borrow_mut() {
                if let Some(i) = small_index(key, items.len()) {
                    items[i] = value;
                    return Ok(());
                }
            }
        }
    }
    setitem_general(obj, key, value)
}

#[inline(never)]
fn setitem_general(obj: Value, key: Value, value: Value) -> PyResult<()> {
    let Some(o) = obj.obj() else {
        return Err(no_item_assignment(obj));
    };
    match &o.kind {
        Kind::List(l) => {
            if is_slice(key) {
                return list_set_slice(l, key, value);
            }
            if !is_index(key) {
                return Err(bad_index("list", key));
            }
            let len = l.borrow().len();
            match index_of(key, len, "list")? {
                Some(i) => {
                    if let Some(slot) = l.borrow_mut().get_mut(i) {
                        *slot = value;
                    }
                    Ok(())
                }
                None => Err(exc::raise_new(
                    "IndexError",
                    "list assignment index out of range",
                )),
            }
        }
        Kind::Dict(d) => dict::set(d, key, value),
        Kind::Instance(_) => match special(obj, "__setitem__") {
            Some(f) => {
                protocol::call_special(f, obj, &[key, value])?;
                Ok(())
            }
            None => Err(no_item_assignment(obj)),
        },
        _ => Err(no_item_assignment(obj)),
    }
}

fn no_item_assignment(v: Value) -> exc::Raised {
    exc::type_error(format!(
        "'{}' object does not support item assignment",
        type_name(v)
    ))
}

fn list_set_slice(l: &std::cell::RefCell<Vec<Value>>, key: Value, value: Value) -> PyResult<()> {
    let roots = Roots::new();
    roots.push(value);
    let items = if list::as_list(value).is_some_and(|v| std::ptr::eq(v, l)) {
        l.borrow().clone()
    } else {
        match protocol::collect(value) {
            Ok(v) => v,
            Err(e) => {
                if exc::pending_is("TypeError") && protocol::iter(value).is_err() {
                    exc::take_pending();
                    return Err(exc::type_error("can only assign an iterable"));
                }
                return Err(e);
            }
        }
    };
    roots.extend(&items);
    let len = l.borrow().len();
    let (s, e, st, n) = slice_indices(key, len)?;
    let mut v = l
        .try_borrow_mut()
        .map_err(|_| exc::raise_new("RuntimeError", "list modified during slice assignment"))?;
    if st == 1 {
        let s = s as usize;
        let e = ((e.max(s as i64)) as usize).min(v.len());
        let s = s.min(e);
        gc::account(items.len() * 8);
        v.splice(s..e, items);
        return Ok(());
    }
    if items.len() != n {
        return Err(exc::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            items.len()
        )));
    }
    for (pos, item) in slice_positions(s, st, n).zip(items) {
        if let Some(slot) = v.get_mut(pos) {
            *slot = item;
        }
    }
    Ok(())
}

/// `del obj[key]`.
pub fn delitem(obj: Value, key: Value) -> PyResult<()> {
    let Some(o) = obj.obj() else {
        return Err(no_item_deletion(obj));
    };
    match &o.kind {
        Kind::List(l) => {
            if is_slice(key) {
                let len = l.borrow().len();
                let (s, _, st, n) = slice_indices(key, len)?;
                let mut drop_at = vec![false; len];
                for p in slice_positions(s, st, n) {
                    if let Some(d) = drop_at.get_mut(p) {
                        *d = true;
                    }
                }
                let mut v = l.borrow_mut();
                let mut k = 0;
                v.retain(|_| {
                    let keep = !drop_at.get(k).copied().unwrap_or(false);
                    k += 1;
                    keep
                });
                return Ok(());
            }
            if !is_index(key) {
                return Err(bad_index("list", key));
            }
            let len = l.borrow().len();
            match index_of(key, len, "list")? {
                Some(i) => {
                    l.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(exc::raise_new(
                    "IndexError",
                    "list assignment index out of range",
                )),
            }
        }
        Kind::Dict(d) => match dict::remove(d, key)? {
            Some(_) => Ok(()),
            None => Err(exc::raise(exc::new_exc_with_args("KeyError", &[key]))),
        },
        Kind::Instance(_) => match special(obj, "__delitem__") {
            Some(f) => {
                protocol::call_special(f, obj, &[key])?;
                Ok(())
            }
            None => Err(no_item_deletion(obj)),
        },
        _ => Err(no_item_deletion(obj)),
    }
}

fn no_item_deletion(v: Value) -> exc::Raised {
    exc::type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name(v)
    ))
}
