//! `dict`: insertion-ordered mapping over CPython's compact table
//! (`dict_table`).
//!
//! Key equality may call user code (`__eq__`), and user code may touch the
//! very dict being probed. So no mutable borrow is ever held while Python
//! code runs: a mutation first tries a probe whose comparisons are all
//! between built-in keys (`fast_eq`, no Python involved); if it meets a key
//! that needs Python, it finds the entry under a shared borrow with full
//! equality, then applies the change with a comparison that only accepts
//! the entry already found. User code that mutates a dict during one of its
//! own key comparisons gets a `RuntimeError`, never a panic.

use crate::exc::{self, PyResult, Raised};
use crate::gc;
use crate::object::Kind;
use crate::objects::dict_table::DictTable;
use crate::objects::{int, str as pystr};
use crate::value::Value;
use std::cell::{Ref, RefCell, RefMut};

pub type DictObj = DictTable<Value, Value>;

/// Why a probe stopped: a Python exception, or a key comparison that needs
/// Python code (so the caller must take the slow path).
pub enum Probe {
    Raised(Raised),
    NeedsPython,
}

impl From<Raised> for Probe {
    fn from(r: Raised) -> Probe {
        Probe::Raised(r)
    }
}

impl DictTable<Value, Value> {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for (k, v) in self.iter() {
            f(k);
            f(v);
        }
    }

    pub fn entries(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.iter()
    }
}

/// Equality of two keys when neither needs Python code to decide it:
/// None, bool, int, float, str, bytes, and tuples of those.
pub fn fast_eq(a: Value, b: Value) -> Option<bool> {
    fast_eq_depth(a, b, 0)
}

fn fast_eq_depth(a: Value, b: Value, depth: u32) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (crate::protocol::num(a), crate::protocol::num(b)) {
        return Some(crate::numeric::compare_nums(
            crate::protocol::CmpOp::Eq,
            &x,
            &y,
        ));
    }
    let scalar = |v: Value| v.is_none() || v.is_bool() || v.is_float() || int::is_int(v);
    match (a.obj().map(|o| &o.kind), b.obj().map(|o| &o.kind)) {
        (Some(Kind::Str(x)), Some(Kind::Str(y))) => Some(x.as_str() == y.as_str()),
        (Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) => Some(x == y),
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            if depth > 16 {
                return None;
            }
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !fast_eq_depth(*p, *q, depth + 1)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Some(Kind::Str(_) | Kind::Bytes(_) | Kind::Tuple(_)), None)
        | (None, Some(Kind::Str(_) | Kind::Bytes(_) | Kind::Tuple(_))) => {
            // One side is a scalar immediate: never equal to these.
            (scalar(a) || scalar(b)).then_some(false)
        }
        (Some(Kind::Str(_)), Some(Kind::Bytes(_) | Kind::Tuple(_) | Kind::Int(_)))
        | (Some(Kind::Bytes(_) | Kind::Tuple(_) | Kind::Int(_)), Some(Kind::Str(_)))
        | (Some(Kind::Bytes(_)), Some(Kind::Tuple(_) | Kind::Int(_)))
        | (Some(Kind::Tuple(_) | Kind::Int(_)), Some(Kind::Bytes(_)))
        | (Some(Kind::Tuple(_)), Some(Kind::Int(_)))
        | (Some(Kind::Int(_)), Some(Kind::Tuple(_))) => Some(false),
        (None, None) => (scalar(a) && scalar(b)).then_some(a == b),
        _ => None,
    }
}

/// Comparison callback for probes that must not run Python code.
pub fn fast_eq_probe(a: Value, b: Value) -> Result<bool, Probe> {
    fast_eq(a, b).ok_or(Probe::NeedsPython)
}

/// Comparison callback with full Python equality (shared borrows only).
pub fn full_eq(a: Value, b: Value) -> Result<bool, Raised> {
    match fast_eq(a, b) {
        Some(r) => Ok(r),
        None => crate::protocol::eq(a, b),
    }
}

fn modified() -> Raised {
    exc::raise_new("RuntimeError", "dictionary changed size during iteration")
}

pub fn read(d: &RefCell<DictObj>) -> PyResult<Ref<'_, DictObj>> {
    d.try_borrow().map_err(|_| modified())
}

pub fn write(d: &RefCell<DictObj>) -> PyResult<RefMut<'_, DictObj>> {
    d.try_borrow_mut().map_err(|_| modified())
}

pub fn new() -> Value {
    gc::alloc(Kind::Dict(Box::new(RefCell::new(DictObj::new()))))
}

pub fn with_capacity(n: usize) -> Value {
    gc::alloc(Kind::Dict(Box::new(RefCell::new(DictObj::with_capacity(
        n,
    )))))
}

pub fn as_dict(v: Value) -> Option<&'static RefCell<DictObj>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Dict(d)) => Some(d),
        _ => None,
    }
}

pub fn get(dict: &RefCell<DictObj>, key: Value) -> PyResult<Option<Value>> {
    let hash = crate::protocol::hash(key)?;
    get_hashed(dict, key, hash)
}

pub fn get_hashed(dict: &RefCell<DictObj>, key: Value, hash: i64) -> PyResult<Option<Value>> {
    let d = read(dict)?;
    d.get(hash, key, &mut full_eq)
}

/// The entry position of `key`, found with full equality.
fn find_slow(dict: &RefCell<DictObj>, key: Value, hash: i64) -> PyResult<Option<(usize, Value)>> {
    let d = read(dict)?;
    let ix = d.find(hash, key, &mut full_eq)?;
    Ok(ix.and_then(|i| d.entry_at(i).map(|(_, k, _)| (i, k))))
}

pub fn set(dict: &RefCell<DictObj>, key: Value, value: Value) -> PyResult<()> {
    let hash = crate::protocol::hash(key)?;
    set_hashed(dict, key, hash, value)
}

pub fn set_hashed(dict: &RefCell<DictObj>, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let before = read(dict)?.len();
    let r = write(dict)?.insert(hash, key, value, &mut fast_eq_probe);
    match r {
        Ok(_) => {}
        Err(Probe::Raised(e)) => return Err(e),
        Err(Probe::NeedsPython) => match find_slow(dict, key, hash)? {
            Some((ix, _)) => {
                write(dict)?.set_value_at(ix, value);
            }
            None => {
                let mut never = |_: Value, _: Value| Ok::<bool, Raised>(false);
                write(dict)?.insert(hash, key, value, &mut never)?;
            }
        },
    }
    if read(dict)?.len() > before {
        gc::account(40);
    }
    Ok(())
}

pub fn remove(dict: &RefCell<DictObj>, key: Value) -> PyResult<Option<Value>> {
    let hash = crate::protocol::hash(key)?;
    let r = write(dict)?.remove(hash, key, &mut fast_eq_probe);
    match r {
        Ok(kv) => Ok(kv.map(|(_, v)| v)),
        Err(Probe::Raised(e)) => Err(e),
        Err(Probe::NeedsPython) => match find_slow(dict, key, hash)? {
            Some((_, found)) => {
                let mut same = |stored: Value, _: Value| Ok::<bool, Raised>(stored == found);
                Ok(write(dict)?.remove(hash, key, &mut same)?.map(|(_, v)| v))
            }
            None => Ok(None),
        },
    }
}

/// `d.setdefault(key, default)`: the value now stored under `key`.
pub fn setdefault(dict: &RefCell<DictObj>, key: Value, default: Value) -> PyResult<Value> {
    match get(dict, key)? {
        Some(v) => Ok(v),
        None => {
            set(dict, key, default)?;
            Ok(default)
        }
    }
}

/// Snapshot of the entries (for iteration that may call Python code).
pub fn items(dict: &RefCell<DictObj>) -> PyResult<Vec<(Value, Value)>> {
    Ok(read(dict)?.iter().collect())
}

/// A dict with string keys, from Rust pairs (for `**kwargs`).
pub fn from_str_pairs(pairs: &[(&str, Value)]) -> PyResult<Value> {
    let d = new();
    let roots = gc::Roots::new();
    roots.push(d);
    if let Some(dd) = as_dict(d) {
        for (k, v) in pairs {
            let key = roots.push(pystr::new(k));
            set(dd, key, *v)?;
        }
    }
    Ok(d)
}
