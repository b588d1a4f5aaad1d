//! Methods of the built-in types, looked up by (kind, name) and bound to
//! their receiver on attribute access (`"a,b".split`), or called directly
//! by `molt_call_method` without allocating the bound method.
//!
//! The text algorithms of `str` are in `objects::str_methods`; this module
//! parses Python arguments and wraps results.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::{DictView, IterState};
use crate::objects::str_methods::{self as sm, StrError, StrErrorKind};
use crate::objects::types::{self, Ty};
use crate::objects::{bytes, dict, int, list, set, str as pystr, tuple};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub(super) type Table = &'static [(&'static str, NativeFn)];

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// Positional argument `i`, or keyword `name`.
pub fn arg(args: &Args, i: usize, name: &str) -> Option<Value> {
    args.pos().get(i).copied().or_else(|| {
        if name.is_empty() {
            None
        } else {
            args.kwarg(name)
        }
    })
}

pub fn str_arg(v: Value, fname: &str, what: &str) -> PyResult<&'static str> {
    pystr::as_str(v).ok_or_else(|| {
        exc::type_error(format!(
            "{fname}() argument {what} must be str, not {}",
            type_name(v)
        ))
    })
}

pub(crate) fn opt_index_arg(v: Option<Value>) -> PyResult<Option<i64>> {
    opt_index(v)
}

fn opt_index(v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if int::big_ref(v).is_some() {
                let neg = int::big_ref(v).is_some_and(|b| b.is_negative());
                return Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }));
            }
            if (int::is_int(v) && !v.is_float()) || protocol::special(v, "__index__").is_some() {
                return Ok(Some(protocol::index_value(v)?));
            }
            Err(exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            ))
        }
    }
}

fn int_arg(v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    }
    protocol::index_value(v)
}

pub fn str_err(e: StrError) -> exc::Raised {
    let class = match e.kind {
        StrErrorKind::ValueError => "ValueError",
        StrErrorKind::TypeError => "TypeError",
        StrErrorKind::OverflowError => "OverflowError",
        StrErrorKind::MemoryError => "MemoryError",
    };
    exc::raise_new(class, &e.msg)
}

fn strs(v: Vec<String>) -> Value {
    list::new(v.into_iter().map(pystr::from_string).collect())
}

fn recv_str(r: Value) -> &'static str {
    pystr::as_str(r).unwrap_or("")
}

/// Arity of a built-in method, with the message CPython's calling
/// convention for it gives: no arguments (`list.copy() takes no arguments
/// (1 given)`), one argument (`list.append() takes exactly one argument (0
/// given)`), slot wrappers (`expected 1 argument, got 0`), or positional
/// ranges (`pop expected at most 1 argument, got 2`).
fn check(args: &Args, recv: Value, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    let qual = || {
        if recv == Value::UNBOUND {
            name.to_string()
        } else {
            format!("{}.{name}", type_name(recv))
        }
    };
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if name.starts_with("__") {
        args.no_kw(name)?;
        if n < min || n > max {
            let want = if n < min { min } else { max };
            return Err(exc::type_error(format!(
                "expected {want} argument{}, got {n}",
                s(want)
            )));
        }
        return Ok(());
    }
    if max == 0 || (min == 1 && max == 1) {
        if !args.kwnames.is_empty() {
            return Err(exc::type_error(format!(
                "{}() takes no keyword arguments",
                qual()
            )));
        }
        if n == min {
            return Ok(());
        }
        return Err(exc::type_error(if max == 0 {
            format!("{}() takes no arguments ({n} given)", qual())
        } else {
            format!("{}() takes exactly one argument ({n} given)", qual())
        }));
    }
    args.check_pos(name, min, max)
}

// ---------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------

/// The method `name` of a built-in value's type.
pub fn lookup(obj: Value, name: &str) -> Option<(&'static str, NativeFn)> {
    let table: Table = match obj.obj().map(|o| &o.kind) {
        Some(Kind::Str(_)) => STR_METHODS,
        Some(Kind::List(_)) => LIST_METHODS,
        Some(Kind::Tuple(_)) => TUPLE_METHODS,
        Some(Kind::Dict(_)) => DICT_METHODS,
        Some(Kind::Set(_)) => SET_METHODS,
        Some(Kind::FrozenSet(_)) => FROZENSET_METHODS,
        Some(Kind::Bytes(_)) => BYTES_METHODS,
        Some(Kind::Int(_)) => INT_METHODS,
        Some(Kind::Generator(_)) => GEN_METHODS,
        Some(Kind::Iter(_)) => ITER_METHODS,
        Some(Kind::Range { .. }) => RANGE_METHODS,
        Some(Kind::Slice { .. }) => SLICE_METHODS,
        Some(Kind::Exception(_)) => EXC_METHODS,
        Some(_) => return None,
        None => {
            if obj.is_float() {
                FLOAT_METHODS
            } else if obj.is_small_int() || obj.is_bool() {
                INT_METHODS
            } else {
                return None;
            }
        }
    };
    table
        .iter()
        .chain(dunders_of(table).iter())
        .find(|(n, _)| *n == name)
        .map(|(n, f)| (*n, *f))
}

/// The operator methods that go with a method table (int's, float's).
fn dunders_of(table: Table) -> Table {
    if std::ptr::eq(table, INT_METHODS) {
        super::number_dunders::INT_DUNDERS
    } else if std::ptr::eq(table, FLOAT_METHODS) {
        super::number_dunders::FLOAT_DUNDERS
    } else {
        &[]
    }
}

fn table_for(ty: Ty) -> Option<Table> {
    Some(match ty {
        Ty::Str => STR_METHODS,
        Ty::List => LIST_METHODS,
        Ty::Tuple => TUPLE_METHODS,
        Ty::Dict => DICT_METHODS,
        Ty::Set => SET_METHODS,
        Ty::FrozenSet => FROZENSET_METHODS,
        Ty::Bytes => BYTES_METHODS,
        Ty::Int | Ty::Bool => INT_METHODS,
        Ty::Float => FLOAT_METHODS,
        _ => return None,
    })
}

/// Attributes of built-in type objects: unbound methods (`str.upper`) and
/// class methods (`dict.fromkeys`, `int.from_bytes`).
pub fn type_attr(cls: Value, name: &str) -> Option<Value> {
    let ty = [
        Ty::Str,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Set,
        Ty::FrozenSet,
        Ty::Bytes,
        Ty::Int,
        Ty::Bool,
        Ty::Float,
    ]
    .into_iter()
    .find(|t| types::builtin_type(*t) == cls)?;
    match (ty, name) {
        (Ty::Dict, "fromkeys") => return Some(super::bound_native("fromkeys", dict_fromkeys, cls)),
        (Ty::Int | Ty::Bool, "from_bytes") => {
            return Some(super::bound_native("from_bytes", int_from_bytes, cls))
        }
        (Ty::Float, "fromhex") => return Some(super::bound_native("fromhex", float_fromhex, cls)),
        (Ty::Bytes, "fromhex") => {
            return Some(super::bound_native(
                "fromhex",
                super::bytes_methods::fromhex,
                cls,
            ))
        }
        (Ty::Str, "maketrans") => return None,
        _ => {}
    }
    let table = table_for(ty)?;
    let (n, f) = table
        .iter()
        .chain(dunders_of(table).iter())
        .find(|(n, _)| *n == name)?;
    Some(super::bound_native(n, *f, Value::UNBOUND))
}

/// The names Molt gives a built-in type beyond `object`'s: its methods
/// and class methods (for `dir`).
pub fn builtin_type_names(cls: Value) -> Vec<&'static str> {
    let Some(ty) = types::as_type(cls).and_then(|t| t.builtin.get()) else {
        return Vec::new();
    };
    let mut names: Vec<&'static str> = table_for(ty)
        .map(|t| {
            t.iter()
                .chain(dunders_of(t).iter())
                .map(|(n, _)| *n)
                .collect()
        })
        .unwrap_or_default();
    names.extend(match ty {
        Ty::Dict => &["fromkeys"][..],
        Ty::Int | Ty::Bool => &["from_bytes", "real", "imag", "numerator", "denominator"][..],
        Ty::Float => &["fromhex", "real", "imag"][..],
        Ty::Bytes => &["fromhex"][..],
        _ => &[][..],
    });
    names
}

/// Puts the methods user classes inherit from `object` and
/// `BaseException` into those types' dicts.
pub fn install_type_methods() {
    let object = types::builtin_type(Ty::Object);
    if let Some(t) = types::as_type(object) {
        let mut d = t.dict.borrow_mut();
        d.set("__init__", unbound("__init__", object_init));
        d.set("__new__", super::native("__new__", object_new));
        d.set("__setattr__", unbound("__setattr__", object_setattr));
        d.set("__delattr__", unbound("__delattr__", object_delattr));
        d.set(
            "__getattribute__",
            unbound("__getattribute__", object_getattribute),
        );
        d.set(
            "__init_subclass__",
            gc::alloc_permanent(Kind::ClassMethod(super::native(
                "__init_subclass__",
                object_init_subclass,
            ))),
        );
    }
    if let Some(t) = types::exc_type("BaseException").and_then(types::as_type) {
        let mut d = t.dict.borrow_mut();
        d.set("__init__", unbound("__init__", exc_init));
        d.set(
            "with_traceback",
            unbound("with_traceback", exc_with_traceback),
        );
        d.set("add_note", unbound("add_note", exc_add_note));
    }
}

fn unbound(name: &'static str, f: NativeFn) -> Value {
    gc::alloc_permanent(Kind::Builtin(crate::objects::function::BuiltinObj {
        name,
        f,
        receiver: Value::UNBOUND,
    }))
}

/// Does the class's `name` (`__init__` or `__new__`) resolve to
/// something other than `object`'s own?
fn overrides_object(t: &types::TypeObj, name: &str) -> bool {
    let own =
        types::as_type(types::builtin_type(Ty::Object)).and_then(|o| o.dict.borrow().get(name));
    t.lookup(name).is_some_and(|f| Some(f) != own)
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` but not `__init__` (CPython's rule).
fn object_init(r: Value, args: Args) -> PyResult {
    if args.values.is_empty() {
        return Ok(Value::NONE);
    }
    let Some(t) = types::as_type(types::type_of(r))
        .filter(|t| matches!(t.layout, types::Layout::Object | types::Layout::Exception))
    else {
        return Ok(Value::NONE);
    };
    if overrides_object(t, "__init__") {
        return Err(exc::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if !overrides_object(t, "__new__") {
        return Err(exc::type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            t.name
        )));
    }
    Ok(Value::NONE)
}

/// `object.__new__(cls)`: extra arguments are an error unless the class
/// overrides `__init__` but not `__new__` (CPython's rule).
fn object_new(_r: Value, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().copied() else {
        return Err(exc::type_error("object.__new__(): not enough arguments"));
    };
    match types::as_type(cls) {
        Some(t) if t.layout == types::Layout::Object => {
            if args.values.len() > 1 {
                if overrides_object(t, "__new__") {
                    return Err(exc::type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if !overrides_object(t, "__init__") {
                    return Err(exc::type_error(format!("{}() takes no arguments", t.name)));
                }
            }
            Ok(gc::alloc(Kind::Instance(types::InstanceObj {
                class: std::cell::Cell::new(cls),
                attrs: std::cell::RefCell::new(types::AttrMap::default()),
            })))
        }
        Some(t) if t.layout == types::Layout::Exception => {
            let a = tuple::new(args.pos().get(1..).unwrap_or(&[]).to_vec());
            Ok(gc::alloc(Kind::Exception(Box::new(
                crate::objects::exception::ExcObj::new(cls, a),
            ))))
        }
        _ => Err(exc::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(cls)
        ))),
    }
}

fn object_getattribute(r: Value, args: Args) -> PyResult {
    check(&args, r, "__getattribute__", 1, 1)?;
    let name = str_arg(args.pos()[0], "__getattribute__", "1")?;
    crate::attr::generic_getattr(r, name)
}

/// `object.__init_subclass__`: nothing to do, and no keywords accepted.
fn object_init_subclass(_r: Value, args: Args) -> PyResult {
    let cls = args.pos().first().copied().unwrap_or(Value::NONE);
    if !args.kwnames.is_empty() || args.pos().len() > 1 {
        let name = types::as_type(cls).map_or(String::new(), |t| t.name.clone());
        return Err(exc::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

fn object_setattr(r: Value, args: Args) -> PyResult {
    check(&args, r, "__setattr__", 2, 2)?;
    let p = args.pos();
    let name = attr_name(p[0])?;
    crate::attr::generic_setattr(r, name, p[1])?;
    Ok(Value::NONE)
}

/// The name argument of `object.__setattr__`/`__delattr__`.
fn attr_name(v: Value) -> PyResult<&'static str> {
    pystr::as_str(v).ok_or_else(|| {
        exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))
    })
}

fn object_delattr(r: Value, args: Args) -> PyResult {
    check(&args, r, "__delattr__", 1, 1)?;
    let name = attr_name(args.pos()[0])?;
    crate::attr::generic_delattr(r, name)?;
    Ok(Value::NONE)
}

fn exc_init(r: Value, args: Args) -> PyResult {
    crate::objects::exc_fields::init(r, args)?;
    Ok(Value::NONE)
}

fn exc_with_traceback(r: Value, args: Args) -> PyResult {
    check(&args, r, "with_traceback", 1, 1)?;
    if let Some(e) = exc::as_exc(r) {
        *e.traceback.borrow_mut() = crate::tb_object::entries_of(args.pos()[0])?;
    }
    Ok(r)
}

/// `BaseException.add_note(note)`: appends to `__notes__` (made on first
/// use; a non-list there is CPython's TypeError).
fn exc_add_note(r: Value, args: Args) -> PyResult {
    check(&args, r, "add_note", 1, 1)?;
    let note = args.pos()[0];
    if pystr::as_str(note).is_none() {
        return Err(exc::type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    let notes = match crate::attr::getattr(r, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            exc::take_pending();
            let roots = Roots::new();
            let l = roots.push(list::new(Vec::new()));
            crate::attr::setattr(r, "__notes__", l)?;
            l
        }
    };
    match list::as_list(notes) {
        Some(l) => {
            l.borrow_mut().push(note);
            Ok(Value::NONE)
        }
        None => Err(exc::type_error("Cannot add note: __notes__ is not a list")),
    }
}

const EXC_METHODS: Table = &[("with_traceback", exc_with_traceback)];

/// The special methods every class inherits from `object` (and
/// `BaseException`) that the runtime implements natively: found by
/// `super().__str__()` or `object.__repr__(x)`, never shadowing a class's
/// own definitions.
pub const OBJECT_DEFAULTS: Table = &[
    ("__str__", object_str),
    ("__repr__", object_repr),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__format__", object_format),
    ("__lt__", object_order),
    ("__le__", object_order),
    ("__gt__", object_order),
    ("__ge__", object_order),
];

/// `object.__lt__` and the other orderings: objects are not ordered.
fn object_order(r: Value, args: Args) -> PyResult {
    check(&args, r, "__lt__", 1, 1)?;
    Ok(protocol::not_implemented())
}

fn object_str(r: Value, args: Args) -> PyResult {
    check(&args, r, "__str__", 0, 0)?;
    Ok(pystr::from_string(protocol::default_str(r)?))
}

fn object_repr(r: Value, args: Args) -> PyResult {
    check(&args, r, "__repr__", 0, 0)?;
    Ok(pystr::from_string(protocol::default_repr(r)?))
}

fn object_eq(r: Value, args: Args) -> PyResult {
    check(&args, r, "__eq__", 1, 1)?;
    Ok(if args.pos()[0] == r {
        Value::TRUE
    } else {
        protocol::not_implemented()
    })
}

/// `object.__ne__`: the type's `__eq__`, inverted unless it returned
/// NotImplemented.
fn object_ne(r: Value, args: Args) -> PyResult {
    check(&args, r, "__ne__", 1, 1)?;
    let other = args.pos()[0];
    let eq = match protocol::special(r, "__eq__") {
        Some(f) => protocol::call_special(f, r, &[other])?,
        // A built-in type's own equality (instances without an `__eq__`
        // have object's, which is identity).
        None if types::type_of(r) == types::type_of(other)
            && !matches!(
                r.obj().map(|o| &o.kind),
                Some(Kind::Instance(_) | Kind::Exception(_))
            ) =>
        {
            protocol::compare(protocol::CmpOp::Eq, r, other)?
        }
        None if other == r => Value::TRUE,
        None => protocol::not_implemented(),
    };
    if protocol::is_not_implemented(eq) {
        return Ok(eq);
    }
    Ok(Value::bool(!protocol::truthy(eq)?))
}

fn object_hash(r: Value, args: Args) -> PyResult {
    check(&args, r, "__hash__", 0, 0)?;
    Ok(int::from_i64(crate::hash::hash_pointer(
        r.0 & molt_abi::PAYLOAD_MASK,
    )))
}

fn object_format(r: Value, args: Args) -> PyResult {
    check(&args, r, "__format__", 1, 1)?;
    let spec = str_arg(args.pos()[0], "__format__", "1")?;
    if !spec.is_empty() {
        return Err(exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(r)
        )));
    }
    Ok(pystr::from_string(protocol::str_of(r)?))
}

/// A native default of `object`/`BaseException` by name.
pub fn object_default(name: &str) -> Option<(&'static str, NativeFn)> {
    OBJECT_DEFAULTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, f)| (*n, *f))
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

const STR_METHODS: Table = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_casefold),
    ("swapcase", str_swapcase),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isdecimal", str_isdecimal),
    ("isdigit", str_isdigit),
    ("isnumeric", str_isnumeric),
    ("isspace", str_isspace),
    ("islower", str_islower),
    ("isupper", str_isupper),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("center", str_center),
    ("zfill", str_zfill),
    ("expandtabs", str_expandtabs),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("format", str_format),
    ("encode", str_encode),
    ("__len__", any_len),
    ("__contains__", any_contains),
    ("__getitem__", any_getitem),
];

pub(crate) fn any_len(r: Value, args: Args) -> PyResult {
    check(&args, r, "__len__", 0, 0)?;
    Ok(int::from_i64(protocol::len(r)?))
}

fn any_contains(r: Value, args: Args) -> PyResult {
    check(&args, r, "__contains__", 1, 1)?;
    Ok(Value::bool(crate::ops::contains(r, args.pos()[0])?))
}

fn any_getitem(r: Value, args: Args) -> PyResult {
    check(&args, r, "__getitem__", 1, 1)?;
    crate::attr::getitem(r, args.pos()[0])
}

/// Calls a method table entry with an unbound receiver taken from the
/// arguments (`str.upper("a")`).
pub fn call_unbound(name: &str, f: NativeFn, args: Args) -> PyResult {
    let Some((&first, _)) = args.values.split_first() else {
        return Err(exc::type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    };
    if args.pos().is_empty() {
        return Err(exc::type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    f(
        first,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

fn str_join(r: Value, args: Args) -> PyResult {
    let src = args.check_one("str.join")?;
    let sep = recv_str(r);
    let items = protocol::collect_fast(src, "can only join an iterable")?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let Some(s) = pystr::as_str(*it) else {
            return Err(exc::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(*it)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    gc::account(out.len());
    Ok(pystr::from_string(out))
}

fn sep_arg(v: Option<Value>) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(Some(s)),
            None => Err(exc::type_error(format!(
                "must be str or None, not {}",
                type_name(v)
            ))),
        },
    }
}

fn str_split(r: Value, args: Args) -> PyResult {
    args.check("split", 0, 2, &["sep", "maxsplit"])?;
    let sep = sep_arg(arg(&args, 0, "sep"))?;
    let max = match arg(&args, 1, "maxsplit") {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    Ok(strs(sm::split(recv_str(r), sep, max).map_err(str_err)?))
}

fn str_rsplit(r: Value, args: Args) -> PyResult {
    args.check("rsplit", 0, 2, &["sep", "maxsplit"])?;
    let sep = sep_arg(arg(&args, 0, "sep"))?;
    let max = match arg(&args, 1, "maxsplit") {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    Ok(strs(sm::rsplit(recv_str(r), sep, max).map_err(str_err)?))
}

fn str_splitlines(r: Value, args: Args) -> PyResult {
    args.check("splitlines", 0, 1, &["keepends"])?;
    let keep = match arg(&args, 0, "keepends") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    Ok(strs(sm::splitlines(recv_str(r), keep)))
}

fn chars_arg(args: &Args, name: &str) -> PyResult<Option<&'static str>> {
    check(args, Value::UNBOUND, name, 0, 1)?;
    match args.pos().first() {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => pystr::as_str(*v)
            .map(Some)
            .ok_or_else(|| exc::type_error(format!("{name} arg must be None or str"))),
    }
}

fn str_strip(r: Value, args: Args) -> PyResult {
    let c = chars_arg(&args, "strip")?;
    Ok(pystr::from_string(sm::strip(recv_str(r), c)))
}

fn str_lstrip(r: Value, args: Args) -> PyResult {
    let c = chars_arg(&args, "lstrip")?;
    Ok(pystr::from_string(sm::lstrip(recv_str(r), c)))
}

fn str_rstrip(r: Value, args: Args) -> PyResult {
    let c = chars_arg(&args, "rstrip")?;
    Ok(pystr::from_string(sm::rstrip(recv_str(r), c)))
}

fn str_replace(r: Value, args: Args) -> PyResult {
    check(&args, r, "replace", 2, 3)?;
    let p = args.pos();
    let old = str_arg(p[0], "replace", "1")?;
    let new = str_arg(p[1], "replace", "2")?;
    let count = match p.get(2) {
        Some(v) => int_arg(*v)?,
        None => -1,
    };
    let out = sm::replace(recv_str(r), old, new, count).map_err(str_err)?;
    gc::account(out.len());
    Ok(pystr::from_string(out))
}

fn sub_args(args: &Args, name: &str) -> PyResult<(&'static str, Option<i64>, Option<i64>)> {
    // `find` and friends parse with `PyArg_ParseTuple`: "takes at least".
    args.check(name, 1, 3, &[])?;
    let p = args.pos();
    let sub = pystr::as_str(p[0])
        .ok_or_else(|| exc::type_error(format!("must be str, not {}", type_name(p[0]))))?;
    Ok((
        sub,
        opt_index(p.get(1).copied())?,
        opt_index(p.get(2).copied())?,
    ))
}

fn str_find(r: Value, args: Args) -> PyResult {
    let (sub, a, b) = sub_args(&args, "find")?;
    Ok(int::from_i64(sm::find(recv_str(r), sub, a, b)))
}

fn str_rfind(r: Value, args: Args) -> PyResult {
    let (sub, a, b) = sub_args(&args, "rfind")?;
    Ok(int::from_i64(sm::rfind(recv_str(r), sub, a, b)))
}

fn str_index(r: Value, args: Args) -> PyResult {
    let (sub, a, b) = sub_args(&args, "index")?;
    Ok(int::from_i64(
        sm::index(recv_str(r), sub, a, b).map_err(str_err)?,
    ))
}

fn str_rindex(r: Value, args: Args) -> PyResult {
    let (sub, a, b) = sub_args(&args, "rindex")?;
    Ok(int::from_i64(
        sm::rindex(recv_str(r), sub, a, b).map_err(str_err)?,
    ))
}

fn str_count(r: Value, args: Args) -> PyResult {
    let (sub, a, b) = sub_args(&args, "count")?;
    Ok(int::from_i64(sm::count(recv_str(r), sub, a, b)))
}

fn affix_test(
    r: Value,
    args: Args,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult {
    args.check(name, 1, 3, &[])?;
    let p = args.pos();
    let (a, b) = (opt_index(p.get(1).copied())?, opt_index(p.get(2).copied())?);
    let s = recv_str(r);
    if let Some(t) = tuple::as_slice(p[0]) {
        for x in t {
            let Some(x) = pystr::as_str(*x) else {
                return Err(exc::type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(*x)
                )));
            };
            if f(s, x, a, b) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match pystr::as_str(p[0]) {
        Some(x) => Ok(Value::bool(f(s, x, a, b))),
        None => Err(exc::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(p[0])
        ))),
    }
}

fn str_startswith(r: Value, args: Args) -> PyResult {
    affix_test(r, args, "startswith", sm::startswith)
}

fn str_endswith(r: Value, args: Args) -> PyResult {
    affix_test(r, args, "endswith", sm::endswith)
}

macro_rules! str_unary {
    ($($fname:ident => $f:path, $name:literal;)*) => {
        $(fn $fname(r: Value, args: Args) -> PyResult {
            check(&args, r, $name, 0, 0)?;
            Ok(pystr::from_string($f(recv_str(r))))
        })*
    };
}

str_unary! {
    str_upper => sm::upper, "upper";
    str_lower => sm::lower, "lower";
    str_casefold => sm::casefold, "casefold";
    str_swapcase => sm::swapcase, "swapcase";
    str_title => sm::title, "title";
    str_capitalize => sm::capitalize, "capitalize";
}

macro_rules! str_pred {
    ($($fname:ident => $f:path, $name:literal;)*) => {
        $(fn $fname(r: Value, args: Args) -> PyResult {
            check(&args, r, $name, 0, 0)?;
            Ok(Value::bool($f(recv_str(r))))
        })*
    };
}

str_pred! {
    str_isalpha => sm::isalpha, "isalpha";
    str_isalnum => sm::isalnum, "isalnum";
    str_isdecimal => sm::isdecimal, "isdecimal";
    str_isdigit => sm::isdigit, "isdigit";
    str_isnumeric => sm::isnumeric, "isnumeric";
    str_isspace => sm::isspace, "isspace";
    str_islower => sm::islower, "islower";
    str_isupper => sm::isupper, "isupper";
    str_istitle => sm::istitle, "istitle";
    str_isidentifier => sm::isidentifier, "isidentifier";
    str_isprintable => sm::isprintable, "isprintable";
    str_isascii => sm::isascii, "isascii";
}

fn justify(
    r: Value,
    args: Args,
    name: &str,
    f: fn(&str, i64, char) -> Result<String, StrError>,
) -> PyResult {
    check(&args, r, name, 1, 2)?;
    let p = args.pos();
    let width = int_arg(p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(v) => {
            let s = pystr::as_str(*v).ok_or_else(|| {
                exc::type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    type_name(*v)
                ))
            })?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(exc::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok(pystr::from_string(
        f(recv_str(r), width, fill).map_err(str_err)?,
    ))
}

fn str_ljust(r: Value, args: Args) -> PyResult {
    justify(r, args, "ljust", sm::ljust)
}

fn str_rjust(r: Value, args: Args) -> PyResult {
    justify(r, args, "rjust", sm::rjust)
}

fn str_center(r: Value, args: Args) -> PyResult {
    justify(r, args, "center", sm::center)
}

fn str_zfill(r: Value, args: Args) -> PyResult {
    check(&args, r, "zfill", 1, 1)?;
    let w = int_arg(args.pos()[0])?;
    Ok(pystr::from_string(
        sm::zfill(recv_str(r), w).map_err(str_err)?,
    ))
}

fn str_expandtabs(r: Value, args: Args) -> PyResult {
    args.check("expandtabs", 0, 1, &["tabsize"])?;
    let t = match arg(&args, 0, "tabsize") {
        Some(v) => int_arg(v)?,
        None => 8,
    };
    Ok(pystr::from_string(
        sm::expandtabs(recv_str(r), t).map_err(str_err)?,
    ))
}

fn str_partition(r: Value, args: Args) -> PyResult {
    check(&args, r, "partition", 1, 1)?;
    let sep = pystr::as_str(args.pos()[0])
        .ok_or_else(|| exc::type_error(format!("must be str, not {}", type_name(args.pos()[0]))))?;
    let (a, b, c) = sm::partition(recv_str(r), sep).map_err(str_err)?;
    Ok(tuple::new(vec![
        pystr::from_string(a),
        pystr::from_string(b),
        pystr::from_string(c),
    ]))
}

fn str_rpartition(r: Value, args: Args) -> PyResult {
    check(&args, r, "rpartition", 1, 1)?;
    let sep = pystr::as_str(args.pos()[0])
        .ok_or_else(|| exc::type_error(format!("must be str, not {}", type_name(args.pos()[0]))))?;
    let (a, b, c) = sm::rpartition(recv_str(r), sep).map_err(str_err)?;
    Ok(tuple::new(vec![
        pystr::from_string(a),
        pystr::from_string(b),
        pystr::from_string(c),
    ]))
}

fn str_removeprefix(r: Value, args: Args) -> PyResult {
    check(&args, r, "removeprefix", 1, 1)?;
    let p = str_arg(args.pos()[0], "removeprefix", "")?;
    let s = recv_str(r);
    Ok(match s.strip_prefix(p) {
        Some(rest) if !p.is_empty() => pystr::new(rest),
        _ => r,
    })
}

fn str_removesuffix(r: Value, args: Args) -> PyResult {
    check(&args, r, "removesuffix", 1, 1)?;
    let p = str_arg(args.pos()[0], "removesuffix", "")?;
    let s = recv_str(r);
    Ok(match s.strip_suffix(p) {
        Some(rest) if !p.is_empty() => pystr::new(rest),
        _ => r,
    })
}

fn str_format(r: Value, args: Args) -> PyResult {
    Ok(pystr::from_string(super::formatting::str_format(
        recv_str(r),
        args,
    )?))
}

/// A character as CPython escapes it in messages: `\xe9`, `\u20ac`,
/// `\U0001f600`.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn str_encode(r: Value, args: Args) -> PyResult {
    args.check("encode", 0, 2, &["encoding", "errors"])?;
    let enc = match arg(&args, 0, "encoding") {
        Some(v) => str_arg(v, "encode", "'encoding'")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let s = recv_str(r);
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(bytes::new(s.as_bytes().to_vec())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
            let errors = match arg(&args, 1, "errors") {
                Some(v) => str_arg(v, "encode", "'errors'")?,
                None => "strict",
            };
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(s.len());
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
                    "backslashreplace" => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(char_escape(c).as_bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                        }
                    }
                    "strict" => {
                        return Err(crate::objects::exc_fields::raise_unicode_error(
                            "UnicodeEncodeError",
                            codec,
                            r,
                            i,
                            end,
                            &format!("ordinal not in range({limit})"),
                        ));
                    }
                    other => {
                        return Err(exc::raise_new(
                            "LookupError",
                            &format!("unknown error handler name '{other}'"),
                        ))
                    }
                }
                i = end;
            }
            Ok(bytes::new(out))
        }
        _ => Err(exc::raise_new(
            "LookupError",
            &format!("unknown encoding: {enc}"),
        )),
    }
}

// ---------------------------------------------------------------------------
// bytes
// ---------------------------------------------------------------------------

use super::bytes_methods::BYTES_METHODS;

pub(crate) fn bytes_decode(r: Value, args: Args) -> PyResult {
    args.check("decode", 0, 2, &["encoding", "errors"])?;
    let enc = match arg(&args, 0, "encoding") {
        Some(v) => str_arg(v, "decode", "'encoding'")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let b = bytes::as_bytes(r).unwrap_or(&[]);
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(pystr::new(s)),
            Err(e) => {
                let pos = e.valid_up_to();
                Err(crate::objects::exc_fields::raise_unicode_error(
                    "UnicodeDecodeError",
                    "utf-8",
                    r,
                    pos,
                    pos + 1,
                    "invalid start byte",
                ))
            }
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|&c| c >= 128) {
                return Err(crate::objects::exc_fields::raise_unicode_error(
                    "UnicodeDecodeError",
                    "ascii",
                    r,
                    pos,
                    pos + 1,
                    "ordinal not in range(128)",
                ));
            }
            Ok(pystr::from_string(b.iter().map(|&c| c as char).collect()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(pystr::from_string(b.iter().map(|&c| c as char).collect()))
        }
        _ => Err(exc::raise_new(
            "LookupError",
            &format!("unknown encoding: {enc}"),
        )),
    }
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

const LIST_METHODS: Table = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("__len__", any_len),
    ("__contains__", any_contains),
    ("__getitem__", any_getitem),
];

fn recv_list(r: Value) -> PyResult<&'static std::cell::RefCell<Vec<Value>>> {
    list::as_list(r).ok_or_else(|| exc::type_error("descriptor requires a 'list' object"))
}

fn list_mut(l: &std::cell::RefCell<Vec<Value>>) -> PyResult<std::cell::RefMut<'_, Vec<Value>>> {
    l.try_borrow_mut()
        .map_err(|_| exc::raise_new("RuntimeError", "list modified during iteration"))
}

/// Appends to a list, accounting the growth.
pub fn list_push(l: &std::cell::RefCell<Vec<Value>>, v: Value) -> PyResult<()> {
    let mut items = list_mut(l)?;
    if items.len() == items.capacity() {
        gc::account(items.capacity().max(4) * 8);
    }
    items.push(v);
    Ok(())
}

fn list_append(r: Value, args: Args) -> PyResult {
    check(&args, r, "append", 1, 1)?;
    list_push(recv_list(r)?, args.pos()[0])?;
    Ok(Value::NONE)
}

fn list_extend(r: Value, args: Args) -> PyResult {
    check(&args, r, "extend", 1, 1)?;
    let l = recv_list(r)?;
    let items = protocol::collect(args.pos()[0])?;
    gc::account(items.len() * 8);
    list_mut(l)?.extend(items);
    Ok(Value::NONE)
}

fn list_insert(r: Value, args: Args) -> PyResult {
    check(&args, r, "insert", 2, 2)?;
    let l = recv_list(r)?;
    let i = int_arg(args.pos()[0])?;
    let mut v = list_mut(l)?;
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    gc::account(8);
    v.insert(at as usize, args.pos()[1]);
    Ok(Value::NONE)
}

fn list_pop(r: Value, args: Args) -> PyResult {
    check(&args, r, "pop", 0, 1)?;
    let l = recv_list(r)?;
    let mut v = list_mut(l)?;
    if v.is_empty() {
        return Err(exc::raise_new("IndexError", "pop from empty list"));
    }
    let n = v.len() as i64;
    let i = match args.pos().first() {
        Some(x) => int_arg(*x)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(exc::raise_new("IndexError", "pop index out of range"));
    }
    Ok(v.remove(j as usize))
}

fn list_remove(r: Value, args: Args) -> PyResult {
    check(&args, r, "remove", 1, 1)?;
    let l = recv_list(r)?;
    let x = args.pos()[0];
    let items = l.borrow().clone();
    let roots = Roots::new();
    roots.extend(&items);
    for (i, it) in items.iter().enumerate() {
        if *it == x || protocol::eq(*it, x)? {
            let mut v = list_mut(l)?;
            if i < v.len() {
                v.remove(i);
            }
            return Ok(Value::NONE);
        }
    }
    Err(exc::value_error("list.remove(x): x not in list"))
}

fn seq_items(r: Value) -> Vec<Value> {
    match r.obj().map(|o| &o.kind) {
        Some(Kind::List(l)) => l.borrow().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_index(r: Value, args: Args) -> PyResult {
    check(&args, r, "index", 1, 3)?;
    let items = seq_items(r);
    let roots = Roots::new();
    roots.extend(&items);
    let p = args.pos();
    let n = items.len() as i64;
    let norm = |v: Option<i64>, d: i64| match v {
        None => d,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i.min(n),
    };
    let start = norm(opt_index(p.get(1).copied())?, 0);
    let stop = norm(opt_index(p.get(2).copied())?, n);
    let x = p[0];
    let mut i = start;
    while i < stop {
        let it = items[i as usize];
        if it == x || protocol::eq(it, x)? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    if list::as_list(r).is_some() {
        return Err(exc::value_error(format!(
            "{} is not in list",
            protocol::repr(x)?
        )));
    }
    Err(exc::value_error("tuple.index(x): x not in tuple"))
}

fn seq_count(r: Value, args: Args) -> PyResult {
    check(&args, r, "count", 1, 1)?;
    let items = seq_items(r);
    let roots = Roots::new();
    roots.extend(&items);
    let x = args.pos()[0];
    let mut c = 0;
    for it in items {
        if it == x || protocol::eq(it, x)? {
            c += 1;
        }
    }
    Ok(int::from_i64(c))
}

/// `a < b` as used by sorting.
fn less(a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (pystr::as_str(a), pystr::as_str(b)) {
        return Ok(x < y);
    }
    protocol::truthy(protocol::compare(CmpOp::Lt, a, b)?)
}

/// Stable merge sort of `idx` (positions into `keys`) using only `<`,
/// propagating the first exception. Never relies on the comparison being
/// a total order.
fn merge_sort(keys: &[Value], idx: &mut Vec<usize>) -> PyResult<()> {
    let n = idx.len();
    let mut buf = idx.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if less(keys[idx[j]], keys[idx[i]])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Sorts values (with an optional key function), stably, CPython-style:
/// `reverse` keeps equal elements in their original order.
pub fn sort_values(items: Vec<Value>, key: Value, reverse: bool) -> PyResult<Vec<Value>> {
    let roots = Roots::new();
    roots.extend(&items);
    let mut items = items;
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for &it in &items {
            let k = protocol::call1(key, it)?;
            roots.push(k);
            ks.push(k);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if keys.iter().all(|k| k.is_small_int()) {
        idx.sort_by_key(|&i| keys[i].as_small_int().unwrap_or(0));
    } else if keys.iter().all(|k| pystr::as_str(*k).is_some()) {
        idx.sort_by(|&a, &b| pystr::as_str(keys[a]).cmp(&pystr::as_str(keys[b])));
    } else {
        merge_sort(&keys, &mut idx)?;
    }
    let mut out: Vec<Value> = idx.into_iter().map(|i| items[i]).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn list_sort(r: Value, args: Args) -> PyResult {
    if !args.pos().is_empty() {
        return Err(exc::type_error("sort() takes no positional arguments"));
    }
    args.check_kw("sort", &["key", "reverse"])?;
    let l = recv_list(r)?;
    let key = args.kwarg("key").unwrap_or(Value::NONE);
    let reverse = match args.kwarg("reverse") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let items = l.borrow().clone();
    let sorted = sort_values(items, key, reverse)?;
    *list_mut(l)? = sorted;
    Ok(Value::NONE)
}

fn list_reverse(r: Value, args: Args) -> PyResult {
    check(&args, r, "reverse", 0, 0)?;
    list_mut(recv_list(r)?)?.reverse();
    Ok(Value::NONE)
}

fn list_copy(r: Value, args: Args) -> PyResult {
    check(&args, r, "copy", 0, 0)?;
    Ok(list::new(recv_list(r)?.borrow().clone()))
}

fn list_clear(r: Value, args: Args) -> PyResult {
    check(&args, r, "clear", 0, 0)?;
    list_mut(recv_list(r)?)?.clear();
    Ok(Value::NONE)
}

const TUPLE_METHODS: Table = &[
    ("index", seq_index),
    ("count", seq_count),
    ("__len__", any_len),
    ("__contains__", any_contains),
    ("__getitem__", any_getitem),
];

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

const DICT_METHODS: Table = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__len__", any_len),
    ("__contains__", any_contains),
    ("__getitem__", any_getitem),
];

fn recv_dict(r: Value) -> PyResult<&'static std::cell::RefCell<dict::DictObj>> {
    dict::as_dict(r).ok_or_else(|| exc::type_error("descriptor requires a 'dict' object"))
}

fn dict_get(r: Value, args: Args) -> PyResult {
    check(&args, r, "get", 1, 2)?;
    let p = args.pos();
    Ok(dict::get(recv_dict(r)?, p[0])?.unwrap_or(p.get(1).copied().unwrap_or(Value::NONE)))
}

fn view(r: Value, what: DictView) -> Value {
    gc::alloc(Kind::DictView { dict: r, what })
}

fn dict_keys(r: Value, args: Args) -> PyResult {
    check(&args, r, "keys", 0, 0)?;
    Ok(view(r, DictView::Keys))
}

fn dict_values(r: Value, args: Args) -> PyResult {
    check(&args, r, "values", 0, 0)?;
    Ok(view(r, DictView::Values))
}

fn dict_items(r: Value, args: Args) -> PyResult {
    check(&args, r, "items", 0, 0)?;
    Ok(view(r, DictView::Items))
}

fn dict_pop(r: Value, args: Args) -> PyResult {
    check(&args, r, "pop", 1, 2)?;
    let p = args.pos();
    match dict::remove(recv_dict(r)?, p[0])? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(*d),
            None => Err(exc::raise(exc::new_exc_with_args("KeyError", &[p[0]]))),
        },
    }
}

fn dict_popitem(r: Value, args: Args) -> PyResult {
    check(&args, r, "popitem", 0, 0)?;
    match dict::write(recv_dict(r)?)?.popitem() {
        Some((k, v)) => Ok(tuple::new(vec![k, v])),
        None => Err(exc::raise_new("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(r: Value, args: Args) -> PyResult {
    check(&args, r, "setdefault", 1, 2)?;
    let p = args.pos();
    dict::setdefault(
        recv_dict(r)?,
        p[0],
        p.get(1).copied().unwrap_or(Value::NONE),
    )
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update_from(d: &std::cell::RefCell<dict::DictObj>, other: Value) -> PyResult<()> {
    let roots = Roots::new();
    roots.push(other);
    if let Some(o) = dict::as_dict(other) {
        for (k, v) in dict::items(o)? {
            dict::set(d, k, v)?;
        }
        return Ok(());
    }
    if protocol::special(other, "keys").is_some() {
        let keys =
            protocol::collect(crate::attr::getattr(other, "keys").and_then(protocol::call0)?)?;
        roots.extend(&keys);
        for k in keys {
            let v = crate::attr::getitem(other, k)?;
            dict::set(d, k, v)?;
        }
        return Ok(());
    }
    let items = protocol::collect(other)?;
    roots.extend(&items);
    for (i, item) in items.into_iter().enumerate() {
        let pair = match protocol::collect(item) {
            Ok(p) => p,
            Err(e) => {
                if exc::pending_is("TypeError") {
                    exc::take_pending();
                    return Err(exc::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                return Err(e);
            }
        };
        if pair.len() != 2 {
            return Err(exc::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        dict::set(d, pair[0], pair[1])?;
    }
    Ok(())
}

fn dict_update(r: Value, args: Args) -> PyResult {
    if args.pos().len() > 1 {
        return Err(exc::type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos().len()
        )));
    }
    let d = recv_dict(r)?;
    if let Some(o) = args.pos().first() {
        dict_update_from(d, *o)?;
    }
    for (k, v) in args.kw() {
        let key = pystr::new(k);
        let roots = Roots::new();
        roots.push(key);
        dict::set(d, key, v)?;
    }
    Ok(Value::NONE)
}

fn dict_copy(r: Value, args: Args) -> PyResult {
    check(&args, r, "copy", 0, 0)?;
    let table = dict::read(recv_dict(r)?)?.clone();
    gc::account(table.len() * 40);
    Ok(gc::alloc(Kind::Dict(Box::new(std::cell::RefCell::new(
        table,
    )))))
}

fn dict_clear(r: Value, args: Args) -> PyResult {
    check(&args, r, "clear", 0, 0)?;
    dict::write(recv_dict(r)?)?.clear();
    Ok(Value::NONE)
}

fn dict_fromkeys(_cls: Value, args: Args) -> PyResult {
    check(&args, Value::UNBOUND, "fromkeys", 1, 2)?;
    let p = args.pos();
    let value = p.get(1).copied().unwrap_or(Value::NONE);
    let keys = protocol::collect(p[0])?;
    let roots = Roots::new();
    roots.extend(&keys);
    let d = roots.push(dict::new());
    if let Some(dd) = dict::as_dict(d) {
        for k in keys {
            dict::set(dd, k, value)?;
        }
    }
    Ok(d)
}

// ---------------------------------------------------------------------------
// set / frozenset
// ---------------------------------------------------------------------------

const SET_METHODS: Table = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("copy", set_copy),
    ("__len__", any_len),
    ("__contains__", any_contains),
];

const FROZENSET_METHODS: Table = &[
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("copy", set_copy),
    ("__len__", any_len),
    ("__contains__", any_contains),
];

fn recv_set(r: Value) -> PyResult<&'static set::SetObj> {
    set::as_set(r).ok_or_else(|| exc::type_error("descriptor requires a 'set' object"))
}

fn set_add(r: Value, args: Args) -> PyResult {
    check(&args, r, "add", 1, 1)?;
    recv_set(r)?.add(args.pos()[0])?;
    Ok(Value::NONE)
}

fn set_discard(r: Value, args: Args) -> PyResult {
    check(&args, r, "discard", 1, 1)?;
    recv_set(r)?.discard(args.pos()[0])?;
    Ok(Value::NONE)
}

fn set_remove(r: Value, args: Args) -> PyResult {
    check(&args, r, "remove", 1, 1)?;
    let x = args.pos()[0];
    if !recv_set(r)?.discard(x)? {
        return Err(exc::raise(exc::new_exc_with_args("KeyError", &[x])));
    }
    Ok(Value::NONE)
}

fn set_pop(r: Value, args: Args) -> PyResult {
    check(&args, r, "pop", 0, 0)?;
    match recv_set(r)?.pop()? {
        Some(v) => Ok(v),
        None => Err(exc::raise_new("KeyError", "pop from an empty set")),
    }
}

fn set_clear(r: Value, args: Args) -> PyResult {
    check(&args, r, "clear", 0, 0)?;
    recv_set(r)?.clear()?;
    Ok(Value::NONE)
}

/// Any iterable as a set value (sets pass through).
fn as_set_value(v: Value) -> PyResult<Value> {
    if set::as_set(v).is_some() {
        return Ok(v);
    }
    set::from_iterable(v, false)
}

fn fold_sets(r: Value, args: &Args, op: crate::numeric::BinOp) -> PyResult {
    let roots = Roots::new();
    let mut acc = roots.push(r);
    let frozen = set::is_frozen(r);
    if args.pos().is_empty() {
        let t = recv_set(r)?.copy_table()?;
        return Ok(set::from_table(t, frozen));
    }
    use crate::numeric::BinOp;
    for &o in args.pos() {
        if set::as_set(o).is_some() && op != BinOp::Or {
            acc = roots.push(crate::ops::binop(op, acc, o)?);
            continue;
        }
        // CPython's algorithms for a non-set argument (and for union):
        // union updates a copy; intersection walks the argument keeping
        // what the set contains; difference discards from a copy.
        acc = match op {
            BinOp::Or | BinOp::Sub => {
                let copy = roots.push(set::from_table(recv_set(acc)?.copy_table()?, false));
                let s = recv_set(copy)?;
                if op == BinOp::Or {
                    s.update_internal(o)?;
                } else {
                    s.difference_update_internal(o)?;
                }
                copy
            }
            BinOp::And => {
                let items = protocol::collect(o)?;
                roots.extend(&items);
                let out = roots.push(set::from_table(Default::default(), false));
                let (s, res) = (recv_set(acc)?, recv_set(out)?);
                for k in items {
                    if s.contains(k)? {
                        res.add(k)?;
                    }
                }
                out
            }
            _ => {
                let other = roots.push(as_set_value(o)?);
                roots.push(crate::ops::binop(op, acc, other)?)
            }
        };
    }
    if set::is_frozen(acc) != frozen {
        let t = recv_set(acc)?.copy_table()?;
        return Ok(set::from_table(t, frozen));
    }
    Ok(acc)
}

fn set_union(r: Value, args: Args) -> PyResult {
    check(&args, r, "union", 0, usize::MAX)?;
    fold_sets(r, &args, crate::numeric::BinOp::Or)
}

fn set_intersection(r: Value, args: Args) -> PyResult {
    check(&args, r, "intersection", 0, usize::MAX)?;
    fold_sets(r, &args, crate::numeric::BinOp::And)
}

fn set_difference(r: Value, args: Args) -> PyResult {
    check(&args, r, "difference", 0, usize::MAX)?;
    fold_sets(r, &args, crate::numeric::BinOp::Sub)
}

fn set_symmetric_difference(r: Value, args: Args) -> PyResult {
    check(&args, r, "symmetric_difference", 1, 1)?;
    fold_sets(r, &args, crate::numeric::BinOp::Xor)
}

fn set_update_with(r: Value, args: &Args, name: &str, op: crate::numeric::BinOp) -> PyResult {
    check(args, r, name, 0, usize::MAX)?;
    let roots = Roots::new();
    roots.push(r);
    if op == crate::numeric::BinOp::Or {
        let s = recv_set(r)?;
        for &o in args.pos() {
            if o == r {
                continue;
            }
            s.update_internal(o)?;
        }
        return Ok(Value::NONE);
    }
    for &o in args.pos() {
        let other = roots.push(as_set_value(o)?);
        crate::ops::inplace(op, r, other)?;
    }
    Ok(Value::NONE)
}

fn set_update(r: Value, args: Args) -> PyResult {
    set_update_with(r, &args, "update", crate::numeric::BinOp::Or)
}

fn set_intersection_update(r: Value, args: Args) -> PyResult {
    set_update_with(r, &args, "intersection_update", crate::numeric::BinOp::And)
}

fn set_difference_update(r: Value, args: Args) -> PyResult {
    set_update_with(r, &args, "difference_update", crate::numeric::BinOp::Sub)
}

fn set_symmetric_difference_update(r: Value, args: Args) -> PyResult {
    set_update_with(
        r,
        &args,
        "symmetric_difference_update",
        crate::numeric::BinOp::Xor,
    )
}

fn set_relation(r: Value, args: &Args, name: &str, op: CmpOp) -> PyResult {
    check(args, r, name, 1, 1)?;
    let roots = Roots::new();
    let other = roots.push(as_set_value(args.pos()[0])?);
    Ok(Value::bool(crate::ops::set_compare(op, r, other)?))
}

fn set_issubset(r: Value, args: Args) -> PyResult {
    set_relation(r, &args, "issubset", CmpOp::Le)
}

fn set_issuperset(r: Value, args: Args) -> PyResult {
    set_relation(r, &args, "issuperset", CmpOp::Ge)
}

fn set_isdisjoint(r: Value, args: Args) -> PyResult {
    check(&args, r, "isdisjoint", 1, 1)?;
    let s = recv_set(r)?;
    let items = protocol::collect(args.pos()[0])?;
    let roots = Roots::new();
    roots.extend(&items);
    for x in items {
        if s.contains(x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_copy(r: Value, args: Args) -> PyResult {
    check(&args, r, "copy", 0, 0)?;
    if set::is_frozen(r) {
        return Ok(r);
    }
    Ok(set::from_table(recv_set(r)?.copy_table()?, false))
}

// ---------------------------------------------------------------------------
// int / float
// ---------------------------------------------------------------------------

const INT_METHODS: Table = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__index__", int_conjugate),
];

fn recv_big(r: Value) -> BigInt {
    int::to_bigint(r).unwrap_or_default()
}

fn int_bit_length(r: Value, args: Args) -> PyResult {
    check(&args, r, "bit_length", 0, 0)?;
    Ok(int::from_i64(recv_big(r).bits() as i64))
}

fn int_bit_count(r: Value, args: Args) -> PyResult {
    check(&args, r, "bit_count", 0, 0)?;
    let b = recv_big(r);
    Ok(int::from_i64(
        b.magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn int_conjugate(r: Value, _args: Args) -> PyResult {
    Ok(int::from_bigint(recv_big(r)))
}

fn int_as_integer_ratio(r: Value, args: Args) -> PyResult {
    check(&args, r, "as_integer_ratio", 0, 0)?;
    Ok(tuple::new(vec![
        int::from_bigint(recv_big(r)),
        Value::small_int(1),
    ]))
}

fn byteorder(args: &Args, i: usize) -> PyResult<bool> {
    match arg(args, i, "byteorder") {
        None => Ok(true),
        Some(v) => match pystr::as_str(v) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            _ => Err(exc::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
    }
}

fn int_to_bytes(r: Value, args: Args) -> PyResult {
    args.check("to_bytes", 0, 2, &["length", "byteorder", "signed"])?;
    let length = match arg(&args, 0, "length") {
        Some(v) => int_arg(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(exc::value_error("length argument must be non-negative"));
    }
    let big = byteorder(&args, 1)?;
    let signed = match args.kwarg("signed") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let x = recv_big(r);
    if x.is_negative() && !signed {
        return Err(exc::raise_new(
            "OverflowError",
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes_le = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes_le.clear();
    }
    let len = length as usize;
    if bytes_le.len() > len {
        return Err(exc::raise_new("OverflowError", "int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes_le.resize(len, fill);
    if big {
        bytes_le.reverse();
    }
    Ok(bytes::new(bytes_le))
}

fn int_from_bytes(_cls: Value, args: Args) -> PyResult {
    args.check("from_bytes", 1, 2, &["bytes", "byteorder", "signed"])?;
    let data = match arg(&args, 0, "bytes") {
        Some(v) => match bytes::as_bytes(v) {
            Some(b) => b.to_vec(),
            None => protocol::collect(v)?
                .into_iter()
                .map(|x| int::to_i64(x).unwrap_or(0) as u8)
                .collect(),
        },
        None => Vec::new(),
    };
    let big = byteorder(&args, 1)?;
    let signed = match args.kwarg("signed") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let mut le = data;
    if big {
        le.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    Ok(int::from_bigint(v))
}

const FLOAT_METHODS: Table = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", float_conjugate),
];

fn recv_float(r: Value) -> f64 {
    r.as_float().unwrap_or(0.0)
}

fn float_is_integer(r: Value, args: Args) -> PyResult {
    check(&args, r, "is_integer", 0, 0)?;
    let f = recv_float(r);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(r: Value, _args: Args) -> PyResult {
    Ok(Value::float(recv_float(r)))
}

fn float_as_integer_ratio(r: Value, args: Args) -> PyResult {
    check(&args, r, "as_integer_ratio", 0, 0)?;
    let (n, d) = crate::numeric::float_ops::as_integer_ratio(recv_float(r))
        .map_err(crate::ops::num_error)?;
    let roots = Roots::new();
    let n = roots.push(int::from_bigint(n));
    Ok(tuple::new(vec![n, int::from_bigint(d)]))
}

fn float_hex(r: Value, args: Args) -> PyResult {
    check(&args, r, "hex", 0, 0)?;
    Ok(pystr::from_string(crate::numeric::float_ops::hex(
        recv_float(r),
    )))
}

fn float_fromhex(_cls: Value, args: Args) -> PyResult {
    args.no_kw("float.fromhex")?;
    if args.pos().len() != 1 {
        return Err(exc::type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.pos().len()
        )));
    }
    let text = str_arg(args.pos()[0], "fromhex", "1")?;
    crate::numeric::float_ops::fromhex(text)
        .map(Value::float)
        .map_err(crate::ops::num_error)
}

// ---------------------------------------------------------------------------
// generators, iterators, ranges, slices, properties
// ---------------------------------------------------------------------------

const GEN_METHODS: Table = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", iter_next_method),
    ("__iter__", iter_self),
];

fn gen_send(r: Value, args: Args) -> PyResult {
    check(&args, r, "send", 1, 1)?;
    match crate::call::gen_send(r, args.pos()[0])? {
        Some(v) => Ok(v),
        None => Err(crate::call::stop_iteration(r)),
    }
}

/// `gen.throw(exc)`, `gen.throw(type)`, `gen.throw(type, value)`.
fn gen_throw(r: Value, args: Args) -> PyResult {
    check(&args, r, "throw", 1, 3)?;
    let pos = args.pos();
    let first = pos[0];
    let exception = if crate::protocol::is_exception_class(first) {
        let value = pos.get(1).copied().unwrap_or(Value::NONE);
        if exc::as_exc(value).is_some() {
            value
        } else if value.is_none() {
            protocol::call0(first)?
        } else {
            protocol::call1(first, value)?
        }
    } else if exc::as_exc(first).is_some() {
        first
    } else {
        return Err(exc::type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &crate::objects::types::type_name(first),
        ));
    };
    match crate::call::gen_throw(r, exception)? {
        Some(v) => Ok(v),
        None => Err(crate::call::stop_iteration(r)),
    }
}

fn gen_close(r: Value, args: Args) -> PyResult {
    check(&args, r, "close", 0, 0)?;
    crate::call::gen_close(r)
}

const ITER_METHODS: Table = &[("__next__", iter_next_method), ("__iter__", iter_self)];

fn iter_next_method(r: Value, args: Args) -> PyResult {
    check(&args, r, "__next__", 0, 0)?;
    match protocol::next(r)? {
        Some(v) => Ok(v),
        None => Err(crate::call::stop_iteration(r)),
    }
}

fn iter_self(r: Value, _args: Args) -> PyResult {
    Ok(r)
}

const RANGE_METHODS: Table = &[
    ("index", range_index),
    ("count", range_count),
    ("__len__", any_len),
    ("__contains__", any_contains),
    ("__getitem__", any_getitem),
];

fn range_index(r: Value, args: Args) -> PyResult {
    check(&args, r, "index", 1, 1)?;
    let x = args.pos()[0];
    if super::iterators::range_contains(r, x)? == Some(true) {
        if let Some(Kind::Range { start, step, .. }) = r.obj().map(|o| &o.kind) {
            let d = crate::ops::binop(crate::numeric::BinOp::Sub, x, *start)?;
            return crate::ops::binop(crate::numeric::BinOp::FloorDiv, d, *step);
        }
    }
    Err(exc::value_error(format!(
        "{} is not in range",
        protocol::repr(x)?
    )))
}

fn range_count(r: Value, args: Args) -> PyResult {
    check(&args, r, "count", 1, 1)?;
    Ok(Value::small_int(
        (super::iterators::range_contains(r, args.pos()[0])? == Some(true)) as i64,
    ))
}

const SLICE_METHODS: Table = &[("indices", slice_indices_method)];

fn slice_indices_method(r: Value, args: Args) -> PyResult {
    check(&args, r, "indices", 1, 1)?;
    let n = int_arg(args.pos()[0])?;
    if n < 0 {
        return Err(exc::value_error("length should not be negative"));
    }
    let (a, b, c, _) = crate::attr::slice_indices(r, n as usize)?;
    Ok(tuple::new(vec![
        int::from_i64(a),
        int::from_i64(b),
        int::from_i64(c),
    ]))
}

fn property_replace(r: Value, args: &Args, name: &str, which: usize) -> PyResult {
    check(args, r, name, 1, 1)?;
    let f = args.pos()[0];
    let Some(Kind::Property {
        fget,
        fset,
        fdel,
        doc,
    }) = r.obj().map(|o| &o.kind)
    else {
        return Err(exc::type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [*fget, *fset, *fdel];
    parts[which] = f;
    Ok(gc::alloc(Kind::Property {
        fget: parts[0],
        fset: parts[1],
        fdel: parts[2],
        doc: *doc,
    }))
}

/// `prop.getter(f)`: a copy of the property with a new getter.
pub fn property_getter(r: Value, args: Args) -> PyResult {
    property_replace(r, &args, "getter", 0)
}

/// `prop.setter(f)`.
pub fn property_setter(r: Value, args: Args) -> PyResult {
    property_replace(r, &args, "setter", 1)
}

/// `prop.deleter(f)`.
pub fn property_deleter(r: Value, args: Args) -> PyResult {
    property_replace(r, &args, "deleter", 2)
}

/// Iterator over a dict view.
pub fn view_iter(dict_v: Value, what: DictView) -> PyResult<IterState> {
    let len = dict::as_dict(dict_v).map_or(0, |d| d.try_borrow().map_or(0, |d| d.len()));
    Ok(IterState::Dict {
        dict: dict_v,
        pos: 0,
        len,
        what,
    })
}

/// `int` value as a BigInt, for helpers elsewhere.
pub fn big_of(v: Value) -> Option<BigInt> {
    int::to_bigint(v)
}

/// `x.to_i64()` helper for other modules.
pub fn small_of(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
