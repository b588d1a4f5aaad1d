//! `collections.abc`: the container ABCs. Each is a class whose metaclass
//! is `abc.ABCMeta`, with CPython's abstract methods (so an incomplete
//! subclass cannot be instantiated) and mixin methods written here in Rust
//! (so `class Inventory(Mapping)` that defines `__getitem__`, `__iter__`
//! and `__len__` gets `get`, `keys`, `items`, `__contains__`, `==`...).
//!
//! `isinstance`/`issubclass` against them follow CPython: a real subclass,
//! a class `register`ed with the ABC, a built-in type CPython registers
//! (`list` is a `MutableSequence`, `dict` a `MutableMapping`, ...), or, for
//! the one-method ABCs (`Iterable`, `Sized`, `Hashable`, ...), any class
//! that defines the methods (`__subclasshook__`).

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::{self, AttrMap, Ty};
use crate::objects::{list, set};
use crate::protocol::{self, CmpOp};
use crate::value::Value;
use std::cell::RefCell;

/// One ABC: its bases (by name, defined earlier in `ABCS`), abstract
/// methods and mixins.
struct Abc {
    name: &'static str,
    bases: &'static [&'static str],
    abstract_methods: &'static [&'static str],
    /// One-method ABCs recognise any class defining their methods.
    structural: bool,
    mixins: &'static [(&'static str, NativeFn)],
}

const ABCS: &[Abc] = &[
    Abc {
        name: "Hashable",
        bases: &[],
        abstract_methods: &["__hash__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Iterable",
        bases: &[],
        abstract_methods: &["__iter__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Iterator",
        bases: &["Iterable"],
        abstract_methods: &["__next__"],
        structural: true,
        mixins: &[("__iter__", nc::iter_self)],
    },
    Abc {
        name: "Reversible",
        bases: &["Iterable"],
        abstract_methods: &["__reversed__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Generator",
        bases: &["Iterator"],
        abstract_methods: &["send", "throw"],
        structural: true,
        mixins: &[("__next__", generator_next)],
    },
    Abc {
        name: "Sized",
        bases: &[],
        abstract_methods: &["__len__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Container",
        bases: &[],
        abstract_methods: &["__contains__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Callable",
        bases: &[],
        abstract_methods: &["__call__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Collection",
        bases: &["Sized", "Iterable", "Container"],
        abstract_methods: &["__len__", "__iter__", "__contains__"],
        structural: true,
        mixins: &[],
    },
    Abc {
        name: "Sequence",
        bases: &["Reversible", "Collection"],
        abstract_methods: &["__getitem__", "__len__"],
        structural: false,
        mixins: &[
            ("__iter__", seq_iter),
            ("__contains__", seq_contains),
            ("__reversed__", seq_reversed),
            ("index", seq_index),
            ("count", seq_count),
        ],
    },
    Abc {
        name: "MutableSequence",
        bases: &["Sequence"],
        abstract_methods: &[
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__len__",
            "insert",
        ],
        structural: false,
        mixins: &[
            ("append", mseq_append),
            ("extend", mseq_extend),
            ("pop", mseq_pop),
            ("remove", mseq_remove),
            ("reverse", mseq_reverse),
            ("clear", mseq_clear),
            ("__iadd__", mseq_iadd),
        ],
    },
    Abc {
        name: "Set",
        bases: &["Collection"],
        abstract_methods: &["__contains__", "__iter__", "__len__"],
        structural: false,
        mixins: &[
            ("__le__", set_le),
            ("__ge__", set_ge),
            ("__lt__", set_lt),
            ("__gt__", set_gt),
            ("__eq__", set_eq),
            ("isdisjoint", set_isdisjoint),
        ],
    },
    Abc {
        name: "MutableSet",
        bases: &["Set"],
        abstract_methods: &["__contains__", "__iter__", "__len__", "add", "discard"],
        structural: false,
        mixins: &[
            ("remove", mset_remove),
            ("pop", mset_pop),
            ("clear", mset_clear),
        ],
    },
    Abc {
        name: "Mapping",
        bases: &["Collection"],
        abstract_methods: &["__getitem__", "__iter__", "__len__"],
        structural: false,
        mixins: &[
            ("__contains__", map_contains),
            ("get", map_get),
            ("keys", map_keys),
            ("values", map_values),
            ("items", map_items),
            ("__eq__", map_eq),
        ],
    },
    Abc {
        name: "MutableMapping",
        bases: &["Mapping"],
        abstract_methods: &[
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__iter__",
            "__len__",
        ],
        structural: false,
        mixins: &[
            ("pop", mmap_pop),
            ("popitem", mmap_popitem),
            ("clear", mmap_clear),
            ("update", mmap_update),
            ("setdefault", mmap_setdefault),
        ],
    },
];

/// The built-in types CPython registers with each ABC (beyond what the
/// structural checks find).
fn registered(abc: &str, ty: Ty) -> bool {
    use Ty::*;
    let seq = matches!(ty, List | Tuple | Str | Bytes | Range);
    match abc {
        "Sequence" => seq,
        "Reversible" => seq || matches!(ty, Dict | DictKeys | DictValues | DictItems),
        "MutableSequence" => ty == List,
        "Set" => matches!(ty, Set | FrozenSet | DictKeys | DictItems),
        "MutableSet" => ty == Set,
        "Mapping" => ty == Dict,
        "MutableMapping" => ty == Dict,
        "Generator" => ty == Generator,
        _ => false,
    }
}

thread_local! {
    static CLASSES: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

fn class(name: &str) -> Value {
    CLASSES.with(|c| {
        c.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Value::NONE, |(_, v)| *v)
    })
}

/// Which of our ABCs `cls` is.
fn abc_of(cls: Value) -> Option<&'static Abc> {
    let name = CLASSES.with(|c| c.borrow().iter().find(|(_, v)| *v == cls).map(|(n, _)| *n))?;
    ABCS.iter().find(|a| a.name == name)
}

/// The ABCs here that derive from `cls` (their registrations count for it).
pub fn derived_from(cls: Value) -> Vec<Value> {
    CLASSES.with(|c| {
        c.borrow()
            .iter()
            .map(|(_, v)| *v)
            .filter(|v| *v != cls && types::is_subtype(*v, cls))
            .collect()
    })
}

/// `issubclass(sub, cls)` for one of these ABCs, past the MRO and the
/// registry (which `abc.ABCMeta` checks first).
pub fn subclass_hook(cls: Value, sub: Value) -> Option<bool> {
    let abc = abc_of(cls)?;
    let t = types::as_type(sub)?;
    if t.builtin.get().is_some_and(|ty| registered(abc.name, ty)) {
        return Some(true);
    }
    if !abc.structural {
        return Some(false);
    }
    let defines = |name: &str| {
        if t.builtin.get().is_some() {
            return builtin_defines(t.builtin.get(), name);
        }
        match t.lookup(name) {
            Some(v) => !v.is_none(),
            // `object` provides `__hash__`.
            None => name == "__hash__",
        }
    };
    Some(abc.abstract_methods.iter().all(|m| defines(m)))
}

/// Whether a built-in type provides a special method, for the structural
/// checks (`isinstance(3, Hashable)`, `isinstance(len, Callable)`).
fn builtin_defines(ty: Option<Ty>, name: &str) -> bool {
    use Ty::*;
    let Some(ty) = ty else { return false };
    let iterable = matches!(
        ty,
        List | Tuple
            | Str
            | Bytes
            | Range
            | Dict
            | Set
            | FrozenSet
            | DictKeys
            | DictValues
            | DictItems
    );
    let iterator = matches!(
        ty,
        Iterator
            | Generator
            | Enumerate
            | Zip
            | Map
            | Filter
            | Reversed
            | ListIterator
            | TupleIterator
            | StrIterator
            | StrAsciiIterator
            | BytesIterator
            | RangeIterator
            | DictKeyIterator
            | DictValueIterator
            | DictItemIterator
            | SetIterator
            | ListReverseIterator
            | CallableIterator
    );
    match name {
        "__iter__" => iterable || iterator,
        "__next__" => iterator,
        "__len__" | "__contains__" => iterable,
        "__reversed__" => matches!(
            ty,
            List | Tuple | Str | Bytes | Range | Dict | DictKeys | DictValues | DictItems
        ),
        "__hash__" => !matches!(ty, List | Dict | Set | DictKeys | DictItems),
        "__call__" => matches!(ty, Type | Function | BuiltinFunction | Method),
        "send" | "throw" => ty == Generator,
        _ => false,
    }
}

/// Calls `obj.name(*args)`.
fn call_method(obj: Value, name: &str, args: &[Value]) -> PyResult {
    crate::entry::call_method(obj, name, Args::positional(args))
}

fn generator_next(r: Value, args: Args) -> PyResult {
    args.check("__next__", 0, 0, &[])?;
    call_method(r, "send", &[Value::NONE])
}

// ---- Sequence ---------------------------------------------------------------

/// `self[i]` for i = 0, 1, ... until IndexError (the old iteration protocol,
/// which Sequence's `__iter__` is).
fn seq_items(r: Value) -> PyResult<Vec<Value>> {
    let roots = Roots::new();
    let mut out = Vec::new();
    let mut i = 0i64;
    loop {
        match crate::attr::getitem(r, Value::small_int(i)) {
            Ok(v) => out.push(roots.push(v)),
            Err(e) => {
                if exc::pending_is("IndexError") {
                    exc::take_pending();
                    return Ok(out);
                }
                return Err(e);
            }
        }
        i += 1;
    }
}

fn seq_iter(r: Value, args: Args) -> PyResult {
    args.check("__iter__", 0, 0, &[])?;
    let l = list::new(seq_items(r)?);
    let roots = Roots::new();
    roots.push(l);
    protocol::iter(l)
}

fn seq_contains(r: Value, args: Args) -> PyResult {
    args.check("__contains__", 1, 1, &[])?;
    let x = args.pos()[0];
    for v in seq_items(r)? {
        if v == x || protocol::truthy(protocol::compare(CmpOp::Eq, v, x)?)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn seq_reversed(r: Value, args: Args) -> PyResult {
    args.check("__reversed__", 0, 0, &[])?;
    let mut items = seq_items(r)?;
    items.reverse();
    let l = list::new(items);
    let roots = Roots::new();
    roots.push(l);
    protocol::iter(l)
}

fn seq_index(r: Value, args: Args) -> PyResult {
    args.check("index", 1, 3, &[])?;
    let x = args.pos()[0];
    let items = seq_items(r)?;
    let n = items.len() as i64;
    let bound = |i: Option<&Value>, default: i64| -> PyResult<i64> {
        match i {
            Some(v) if !v.is_none() => {
                let k = protocol::index_value(*v)?;
                Ok(if k < 0 { (k + n).max(0) } else { k.min(n) })
            }
            _ => Ok(default),
        }
    };
    let start = bound(args.pos().get(1), 0)?;
    let stop = bound(args.pos().get(2), n)?;
    for i in start..stop {
        let v = items[i as usize];
        if v == x || protocol::truthy(protocol::compare(CmpOp::Eq, v, x)?)? {
            return Ok(Value::small_int(i));
        }
    }
    Err(exc::value_error(""))
}

fn seq_count(r: Value, args: Args) -> PyResult {
    args.check("count", 1, 1, &[])?;
    let x = args.pos()[0];
    let mut n = 0;
    for v in seq_items(r)? {
        if v == x || protocol::truthy(protocol::compare(CmpOp::Eq, v, x)?)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

// ---- MutableSequence --------------------------------------------------------

fn mseq_append(r: Value, args: Args) -> PyResult {
    args.check("append", 1, 1, &[])?;
    let n = protocol::len(r)?;
    call_method(r, "insert", &[Value::small_int(n), args.pos()[0]])
}

fn mseq_extend(r: Value, args: Args) -> PyResult {
    args.check("extend", 1, 1, &[])?;
    let roots = Roots::new();
    let values = protocol::collect(args.pos()[0])?;
    roots.extend(&values);
    for v in values {
        mseq_append(r, Args::positional(&[v]))?;
    }
    Ok(Value::NONE)
}

fn mseq_pop(r: Value, args: Args) -> PyResult {
    args.check("pop", 0, 1, &[])?;
    let i = args.pos().first().copied().unwrap_or(Value::small_int(-1));
    let roots = Roots::new();
    let v = roots.push(crate::attr::getitem(r, i)?);
    crate::attr::delitem(r, i)?;
    Ok(v)
}

fn mseq_remove(r: Value, args: Args) -> PyResult {
    args.check("remove", 1, 1, &[])?;
    let i = seq_index(r, args)?;
    crate::attr::delitem(r, i)?;
    Ok(Value::NONE)
}

fn mseq_reverse(r: Value, args: Args) -> PyResult {
    args.check("reverse", 0, 0, &[])?;
    let n = protocol::len(r)?;
    for i in 0..n / 2 {
        let (a, b) = (Value::small_int(i), Value::small_int(n - 1 - i));
        let roots = Roots::new();
        let x = roots.push(crate::attr::getitem(r, a)?);
        let y = roots.push(crate::attr::getitem(r, b)?);
        crate::attr::setitem(r, a, y)?;
        crate::attr::setitem(r, b, x)?;
    }
    Ok(Value::NONE)
}

fn mseq_clear(r: Value, args: Args) -> PyResult {
    args.check("clear", 0, 0, &[])?;
    while protocol::len(r)? > 0 {
        crate::attr::delitem(r, Value::small_int(-1))?;
    }
    Ok(Value::NONE)
}

fn mseq_iadd(r: Value, args: Args) -> PyResult {
    mseq_extend(r, args)?;
    Ok(r)
}

// ---- Set --------------------------------------------------------------------

fn contains_all(container: Value, items: &[Value]) -> PyResult<bool> {
    for &v in items {
        if !crate::ops::contains(container, v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `(len(self), len(other), self <= other)` when `other` is a Set, else None
/// (the comparison is then NotImplemented).
fn set_relation(r: Value, other: Value) -> PyResult<Option<(i64, i64, bool, bool)>> {
    let is_set = types::isinstance(other, class("Set"))
        || matches!(
            types::as_type(types::type_of(other)).and_then(|t| t.builtin.get()),
            Some(Ty::Set | Ty::FrozenSet | Ty::DictKeys | Ty::DictItems)
        );
    if !is_set {
        return Ok(None);
    }
    let roots = Roots::new();
    let mine = protocol::collect(r)?;
    roots.extend(&mine);
    let theirs = protocol::collect(other)?;
    roots.extend(&theirs);
    let sub = contains_all(other, &mine)?;
    let sup = contains_all(r, &theirs)?;
    Ok(Some((mine.len() as i64, theirs.len() as i64, sub, sup)))
}

macro_rules! set_cmp {
    ($name:ident, $py:literal, |$a:ident, $b:ident, $sub:ident, $sup:ident| $e:expr) => {
        fn $name(r: Value, args: Args) -> PyResult {
            args.check($py, 1, 1, &[])?;
            Ok(match set_relation(r, args.pos()[0])? {
                Some(($a, $b, $sub, $sup)) => Value::bool($e),
                None => protocol::not_implemented(),
            })
        }
    };
}

set_cmp!(set_le, "__le__", |a, b, sub, _sup| a <= b && sub);
set_cmp!(set_lt, "__lt__", |a, b, sub, _sup| a < b && sub);
set_cmp!(set_ge, "__ge__", |a, b, _sub, sup| a >= b && sup);
set_cmp!(set_gt, "__gt__", |a, b, _sub, sup| a > b && sup);
set_cmp!(set_eq, "__eq__", |a, b, sub, _sup| a == b && sub);

fn set_isdisjoint(r: Value, args: Args) -> PyResult {
    args.check("isdisjoint", 1, 1, &[])?;
    let roots = Roots::new();
    let theirs = protocol::collect(args.pos()[0])?;
    roots.extend(&theirs);
    for v in theirs {
        if crate::ops::contains(r, v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn mset_remove(r: Value, args: Args) -> PyResult {
    args.check("remove", 1, 1, &[])?;
    let x = args.pos()[0];
    if !crate::ops::contains(r, x)? {
        return Err(exc::raise(exc::new_exc_with_args("KeyError", &[x])));
    }
    call_method(r, "discard", &[x])
}

fn mset_pop(r: Value, args: Args) -> PyResult {
    args.check("pop", 0, 0, &[])?;
    let it = protocol::iter(r)?;
    let roots = Roots::new();
    roots.push(it);
    match protocol::next(it)? {
        Some(v) => {
            roots.push(v);
            call_method(r, "discard", &[v])?;
            Ok(v)
        }
        None => Err(exc::raise(exc::new_exc_with_args("KeyError", &[]))),
    }
}

fn mset_clear(r: Value, args: Args) -> PyResult {
    args.check("clear", 0, 0, &[])?;
    let roots = Roots::new();
    let items = protocol::collect(r)?;
    roots.extend(&items);
    for v in items {
        call_method(r, "discard", &[v])?;
    }
    Ok(Value::NONE)
}

// ---- Mapping ----------------------------------------------------------------

/// `self[key]`, or None on KeyError.
fn map_lookup(r: Value, key: Value) -> PyResult<Option<Value>> {
    match crate::attr::getitem(r, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if exc::pending_is("KeyError") {
                exc::take_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn map_contains(r: Value, args: Args) -> PyResult {
    args.check("__contains__", 1, 1, &[])?;
    Ok(Value::bool(map_lookup(r, args.pos()[0])?.is_some()))
}

fn map_get(r: Value, args: Args) -> PyResult {
    args.check("get", 1, 2, &[])?;
    let default = args.pos().get(1).copied().unwrap_or(Value::NONE);
    Ok(map_lookup(r, args.pos()[0])?.unwrap_or(default))
}

/// The mapping's keys, then values or pairs, as a list (the views CPython
/// returns iterate the same way).
fn map_list(r: Value, what: u8) -> PyResult {
    let roots = Roots::new();
    let keys = protocol::collect(r)?;
    roots.extend(&keys);
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        out.push(match what {
            0 => k,
            1 => roots.push(crate::attr::getitem(r, k)?),
            _ => {
                let v = roots.push(crate::attr::getitem(r, k)?);
                roots.push(crate::objects::tuple::new(vec![k, v]))
            }
        });
    }
    Ok(list::new(out))
}

fn map_keys(r: Value, args: Args) -> PyResult {
    args.check("keys", 0, 0, &[])?;
    map_list(r, 0)
}

fn map_values(r: Value, args: Args) -> PyResult {
    args.check("values", 0, 0, &[])?;
    map_list(r, 1)
}

fn map_items(r: Value, args: Args) -> PyResult {
    args.check("items", 0, 0, &[])?;
    map_list(r, 2)
}

fn map_eq(r: Value, args: Args) -> PyResult {
    args.check("__eq__", 1, 1, &[])?;
    let other = args.pos()[0];
    let is_mapping = types::isinstance(other, class("Mapping"))
        || types::as_type(types::type_of(other)).and_then(|t| t.builtin.get()) == Some(Ty::Dict);
    if !is_mapping {
        return Ok(protocol::not_implemented());
    }
    let roots = Roots::new();
    let dict = crate::builtins::lookup("dict").unwrap_or(Value::NONE);
    let pairs = roots.push(map_list(r, 2)?);
    let a = roots.push(protocol::call1(dict, pairs)?);
    let b = roots.push(protocol::call1(dict, other)?);
    protocol::compare(CmpOp::Eq, a, b)
}

fn mmap_pop(r: Value, args: Args) -> PyResult {
    args.check("pop", 1, 2, &[])?;
    let k = args.pos()[0];
    match map_lookup(r, k)? {
        Some(v) => {
            let roots = Roots::new();
            roots.push(v);
            crate::attr::delitem(r, k)?;
            Ok(v)
        }
        None => match args.pos().get(1) {
            Some(d) => Ok(*d),
            None => Err(exc::raise(exc::new_exc_with_args("KeyError", &[k]))),
        },
    }
}

fn mmap_popitem(r: Value, args: Args) -> PyResult {
    args.check("popitem", 0, 0, &[])?;
    let it = protocol::iter(r)?;
    let roots = Roots::new();
    roots.push(it);
    let Some(k) = protocol::next(it)? else {
        return Err(exc::raise(exc::new_exc_with_args("KeyError", &[])));
    };
    roots.push(k);
    let v = roots.push(crate::attr::getitem(r, k)?);
    crate::attr::delitem(r, k)?;
    Ok(crate::objects::tuple::new(vec![k, v]))
}

fn mmap_clear(r: Value, args: Args) -> PyResult {
    args.check("clear", 0, 0, &[])?;
    let roots = Roots::new();
    let keys = protocol::collect(r)?;
    roots.extend(&keys);
    for k in keys {
        crate::attr::delitem(r, k)?;
    }
    Ok(Value::NONE)
}

fn mmap_update(r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let d = roots.push(crate::objects::dict::new());
    crate::entry::call_method(d, "update", args)?;
    let Some(dd) = crate::objects::dict::as_dict(d) else {
        return Ok(Value::NONE);
    };
    for (k, v) in crate::objects::dict::items(dd)? {
        crate::attr::setitem(r, k, v)?;
    }
    Ok(Value::NONE)
}

fn mmap_setdefault(r: Value, args: Args) -> PyResult {
    args.check("setdefault", 1, 2, &[])?;
    let k = args.pos()[0];
    if let Some(v) = map_lookup(r, k)? {
        return Ok(v);
    }
    let d = args.pos().get(1).copied().unwrap_or(Value::NONE);
    crate::attr::setitem(r, k, d)?;
    Ok(d)
}

// ---- the module ---------------------------------------------------------------

/// A placeholder for an abstract method: what `abc.abstractmethod` would
/// mark (`__isabstractmethod__`), raising NotImplementedError if called.
fn abstract_placeholder(_r: Value, _args: Args) -> PyResult {
    Err(exc::raise_new("NotImplementedError", ""))
}

pub fn init(m: &mut AttrMap) {
    let abc_module = super::import("abc").ok();
    let meta = abc_module
        .and_then(|a| crate::attr::getattr(a, "ABCMeta").ok())
        .unwrap_or(Value::NONE);
    let abstract_marker = gc::alloc_permanent(crate::object::Kind::Builtin(
        crate::objects::function::BuiltinObj {
            name: super::abc::ABSTRACT_PLACEHOLDER,
            f: abstract_placeholder,
            receiver: Value::UNBOUND,
        },
    ));
    for abc in ABCS {
        let bases: Vec<Value> = abc.bases.iter().map(|b| class(b)).collect();
        let base = if bases.is_empty() {
            None
        } else {
            Some(bases[0])
        };
        let cls = if bases.len() > 1 {
            types::new_type(
                abc.name,
                "collections.abc",
                bases,
                types::Layout::Object,
                true,
            )
            .unwrap_or(Value::NONE)
        } else {
            nc::new_class(abc.name, "collections.abc", base, &[])
        };
        if let Some(t) = types::as_type(cls) {
            t.meta.set(meta);
            let mut d = t.dict.borrow_mut();
            for &name in abc.abstract_methods {
                d.set(name, abstract_marker);
            }
            for &(name, f) in abc.mixins {
                d.set(name, nc::unbound(name, f));
            }
            if abc.mixins.iter().any(|(n, _)| *n == "__eq__") {
                // Defining __eq__ without __hash__ makes instances unhashable,
                // as CPython's Set and Mapping are.
                d.set("__hash__", Value::NONE);
            }
            let names: Vec<Value> = abc
                .abstract_methods
                .iter()
                .map(|n| gc::alloc_permanent_str(n))
                .collect();
            if let Ok(fs) = set::new_frozenset(&names) {
                gc::make_permanent(fs);
                d.set("__abstractmethods__", fs);
            }
        }
        gc::make_permanent(cls);
        CLASSES.with(|c| c.borrow_mut().push((abc.name, cls)));
        m.set(abc.name, cls);
    }
    if super::import("collections").is_ok() {
        for (cls, abc) in super::collections::abc_registrations() {
            let _ = super::abc::register(class(abc), cls);
        }
    }
}

/// Is `v` an instance of the ABC `name` here (a real, registered or
/// structural subclass)? For `match`, whose sequence and mapping patterns
/// accept exactly these.
pub fn is_instance_of(v: Value, name: &str) -> PyResult<bool> {
    super::import("collections.abc")?;
    super::abc::is_virtual_subclass(class(name), types::type_of(v))
}
