//! `set` and `frozenset`, over CPython's set table (`set_table`), so that
//! printing a set of ints or strings shows CPython's order.
//!
//! The borrowing discipline is the one `dict` follows: mutations probe with
//! built-in equality only, and fall back to finding the key under a shared
//! borrow (where Python `__eq__` may run) before changing the table.

use crate::exc::{self, PyResult, Raised};
use crate::gc;
use crate::object::Kind;
use crate::objects::dict::{fast_eq_probe, full_eq, Probe};
use crate::objects::set_table::SetTable;
use crate::value::Value;
use std::cell::{Ref, RefCell, RefMut};

#[derive(Default)]
pub struct SetObj {
    table: RefCell<SetTable<Value>>,
}

fn modified() -> Raised {
    exc::raise_new("RuntimeError", "Set changed size during iteration")
}

impl SetObj {
    pub fn from_table(t: SetTable<Value>) -> SetObj {
        SetObj {
            table: RefCell::new(t),
        }
    }

    pub fn read(&self) -> PyResult<Ref<'_, SetTable<Value>>> {
        self.table.try_borrow().map_err(|_| modified())
    }

    pub fn write(&self) -> PyResult<RefMut<'_, SetTable<Value>>> {
        self.table.try_borrow_mut().map_err(|_| modified())
    }

    pub fn len(&self) -> usize {
        self.table.try_borrow().map_or(0, |t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self.table.try_borrow() {
            Ok(t) => t.iter().for_each(|(_, k)| f(k)),
            // Never held mutably across a safepoint; see `object::readable`.
            Err(_) => crate::fatal("a set was being modified during a collection"),
        }
    }

    /// The elements in table (iteration) order.
    pub fn items(&self) -> Vec<Value> {
        self.table
            .try_borrow()
            .map(|t| t.iter().map(|(_, k)| k).collect())
            .unwrap_or_default()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .try_borrow()
            .map(|t| t.iter().collect())
            .unwrap_or_default()
    }

    pub fn copy_table(&self) -> PyResult<SetTable<Value>> {
        Ok(self.read()?.copy())
    }

    pub fn add(&self, v: Value) -> PyResult<()> {
        let h = crate::protocol::hash(v)?;
        self.add_hashed(h, v)
    }

    pub fn add_hashed(&self, h: i64, v: Value) -> PyResult<()> {
        let r = self.write()?.add(h, v, &mut fast_eq_probe);
        match r {
            Ok(added) => {
                if added {
                    gc::account(24);
                }
                Ok(())
            }
            Err(Probe::Raised(e)) => Err(e),
            Err(Probe::NeedsPython) => {
                if self.read()?.contains(h, v, &mut full_eq)? {
                    return Ok(());
                }
                let mut never = |_: Value, _: Value| Ok::<bool, Raised>(false);
                self.write()?.add(h, v, &mut never)?;
                gc::account(24);
                Ok(())
            }
        }
    }

    pub fn contains(&self, v: Value) -> PyResult<bool> {
        let h = crate::protocol::hash(v)?;
        self.read()?.contains(h, v, &mut full_eq)
    }

    /// Removes `v` if present; tells whether it was.
    pub fn discard(&self, v: Value) -> PyResult<bool> {
        let h = crate::protocol::hash(v)?;
        let r = self.write()?.discard(h, v, &mut fast_eq_probe);
        match r {
            Ok(found) => Ok(found.is_some()),
            Err(Probe::Raised(e)) => Err(e),
            Err(Probe::NeedsPython) => {
                let found = self.read()?.get(h, v, &mut full_eq)?;
                match found {
                    Some(k) => {
                        let mut same = |stored: Value, _: Value| Ok::<bool, Raised>(stored == k);
                        Ok(self.write()?.discard(h, v, &mut same)?.is_some())
                    }
                    None => Ok(false),
                }
            }
        }
    }

    /// Like `discard`, with the hash already known.
    pub fn discard_hashed(&self, h: i64, v: Value) -> PyResult<bool> {
        let r = self.write()?.discard(h, v, &mut fast_eq_probe);
        match r {
            Ok(found) => Ok(found.is_some()),
            Err(Probe::Raised(e)) => Err(e),
            Err(Probe::NeedsPython) => {
                let found = self.read()?.get(h, v, &mut full_eq)?;
                match found {
                    Some(k) => {
                        let mut same = |stored: Value, _: Value| Ok::<bool, Raised>(stored == k);
                        Ok(self.write()?.discard(h, v, &mut same)?.is_some())
                    }
                    None => Ok(false),
                }
            }
        }
    }

    /// `s |= t` for a set `t` (CPython's `set_merge`, in place). The caller
    /// roots `other`'s items.
    pub fn merge_from(&self, other: &SetObj) -> PyResult<()> {
        let r = {
            let theirs = other.read()?;
            self.write()?.update_from_table(&theirs, &mut fast_eq_probe)
        };
        match r {
            Ok(()) => Ok(()),
            Err(Probe::Raised(e)) => Err(e),
            // Adding is idempotent: finish element by element.
            Err(Probe::NeedsPython) => {
                for (h, k) in other.hashed_items() {
                    self.add_hashed(h, k)?;
                }
                Ok(())
            }
        }
    }

    /// `s -= t` for a set `t`, in place, then CPython's dummy-purging
    /// resize. The caller roots `other`'s items.
    pub fn difference_update_from(&self, other: &SetObj) -> PyResult<()> {
        for (h, k) in other.hashed_items() {
            self.discard_hashed(h, k)?;
        }
        self.write()?.purge_dummies_after_difference();
        Ok(())
    }

    /// `s ^= t` for a set `t`, in place: each key of `t` in table order is
    /// discarded from `s`, or added when absent. The caller roots `other`'s
    /// items.
    pub fn symmetric_update_from(&self, other: &SetObj) -> PyResult<()> {
        for (h, k) in other.hashed_items() {
            if !self.discard_hashed(h, k)? {
                self.add_hashed(h, k)?;
            }
        }
        Ok(())
    }

    /// CPython's `set_update_internal`: merges a set's table, pre-sizes
    /// for an exact dict's keys, or adds an iterable's items in order.
    pub fn update_internal(&self, other: Value) -> PyResult<()> {
        let roots = crate::gc::Roots::new();
        roots.push(other);
        if let Some(o) = as_set(other) {
            roots.extend(&o.items());
            return self.merge_from(o);
        }
        if let Some(d) = crate::objects::dict::as_dict(other) {
            let keys: Vec<Value> = crate::objects::dict::read(d)?
                .entries()
                .map(|(k, _)| k)
                .collect();
            roots.extend(&keys);
            let mut hashed = Vec::with_capacity(keys.len());
            for k in keys {
                hashed.push((crate::protocol::hash(k)?, k));
            }
            let r = self.write()?.update_from_dict_keys(
                hashed.len(),
                hashed.iter().copied(),
                &mut fast_eq_probe,
            );
            return match r {
                Ok(()) => Ok(()),
                Err(Probe::Raised(e)) => Err(e),
                Err(Probe::NeedsPython) => {
                    for (h, k) in hashed {
                        self.add_hashed(h, k)?;
                    }
                    Ok(())
                }
            };
        }
        let items = crate::protocol::collect(other)?;
        roots.extend(&items);
        for k in items {
            self.add(k)?;
        }
        Ok(())
    }

    /// CPython's `set_difference_update_internal` for any iterable: discards
    /// each item, then the dummy-purging resize.
    pub fn difference_update_internal(&self, other: Value) -> PyResult<()> {
        let roots = crate::gc::Roots::new();
        roots.push(other);
        if let Some(o) = as_set(other) {
            roots.extend(&o.items());
            return self.difference_update_from(o);
        }
        let items = crate::protocol::collect(other)?;
        roots.extend(&items);
        for k in items {
            self.discard(k)?;
        }
        self.write()?.purge_dummies_after_difference();
        Ok(())
    }

    pub fn pop(&self) -> PyResult<Option<Value>> {
        Ok(self.write()?.pop().map(|(_, k)| k))
    }

    pub fn clear(&self) -> PyResult<()> {
        self.write()?.clear();
        Ok(())
    }

    pub fn replace(&self, t: SetTable<Value>) -> PyResult<()> {
        self.write()?.replace_body(t);
        Ok(())
    }
}

/// `set(iterable)` / `frozenset(iterable)` (CPython's `make_new_set`).
pub fn from_iterable(v: Value, frozen: bool) -> PyResult<Value> {
    let roots = crate::gc::Roots::new();
    let s = roots.push(from_table(SetTable::new(), frozen));
    if let Some(so) = as_set(s) {
        so.update_internal(v)?;
    }
    Ok(s)
}

pub fn new_set(items: &[Value]) -> PyResult<Value> {
    let s = SetObj::default();
    for &v in items {
        s.add(v)?;
    }
    Ok(gc::alloc(Kind::Set(Box::new(s))))
}

pub fn new_frozenset(items: &[Value]) -> PyResult<Value> {
    let s = SetObj::default();
    for &v in items {
        s.add(v)?;
    }
    Ok(gc::alloc(Kind::FrozenSet(Box::new(s))))
}

pub fn from_table(t: SetTable<Value>, frozen: bool) -> Value {
    let s = SetObj::from_table(t);
    gc::alloc(if frozen {
        Kind::FrozenSet(Box::new(s))
    } else {
        Kind::Set(Box::new(s))
    })
}

pub fn as_set(v: Value) -> Option<&'static SetObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Set(s)) | Some(Kind::FrozenSet(s)) => Some(s),
        _ => None,
    }
}

pub fn is_frozen(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.kind), Some(Kind::FrozenSet(_)))
}

/// The set data of a set or frozenset.
pub fn with_set<R>(v: Value, f: impl FnOnce(&SetObj) -> R) -> Option<R> {
    as_set(v).map(f)
}
