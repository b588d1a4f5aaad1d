//! Advancing the runtime's iterator states (`objects::iter::IterState`) and
//! the arithmetic of `range`.
//!
//! Iterators that call back into Python (`map`, `filter`, `zip`,
//! `enumerate` over a user iterator) copy what they need out of the state,
//! release the borrow, make the call, and store the new position after: no
//! borrow is ever held across Python code.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::iter::{DictView, IterState};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use std::cell::RefCell;

fn range_parts(v: Value) -> PyResult<(i64, i64, i64)> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Range { start, stop, step }) => {
            match (int::to_i64(*start), int::to_i64(*stop), int::to_i64(*step)) {
                (Some(a), Some(b), Some(c)) => Ok((a, b, c)),
                _ => Err(exc::raise_new(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )),
            }
        }
        _ => Err(exc::type_error("expected a range")),
    }
}

/// Number of values in `range(start, stop, step)` (`step != 0`).
pub fn range_len_of(start: i64, stop: i64, step: i64) -> i64 {
    let (a, b, s) = (start as i128, stop as i128, step as i128);
    let n = if s > 0 && a < b {
        (b - a - 1) / s + 1
    } else if s < 0 && a > b {
        (a - b - 1) / (-s) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

pub fn range_len(v: Value) -> PyResult<i64> {
    let (a, b, s) = range_parts(v)?;
    Ok(range_len_of(a, b, s))
}

/// The i-th element of a range (the caller checked `0 <= i < len`).
pub fn range_item(v: Value, i: i64) -> PyResult<Value> {
    let (a, _, s) = range_parts(v)?;
    Ok(int::from_bigint(
        num_bigint::BigInt::from(a) + num_bigint::BigInt::from(s) * i,
    ))
}

/// `range == range`: equal when they produce the same sequence.
pub fn range_eq(a: Value, b: Value) -> PyResult<bool> {
    let (a0, _, as_) = range_parts(a)?;
    let (b0, _, bs) = range_parts(b)?;
    let (la, lb) = (range_len(a)?, range_len(b)?);
    Ok(la == lb && (la == 0 || (a0 == b0 && (la == 1 || as_ == bs))))
}

pub fn range_contains(r: Value, x: Value) -> PyResult<Option<bool>> {
    let Some(x) = int::to_i64(x).filter(|_| !x.is_float()) else {
        return Ok(None);
    };
    let (a, b, s) = range_parts(r)?;
    let (a, b, s, x) = (a as i128, b as i128, s as i128, x as i128);
    let inside = if s > 0 {
        a <= x && x < b
    } else {
        b < x && x <= a
    };
    Ok(Some(inside && (x - a) % s == 0))
}

pub fn range_iter_state(v: Value) -> PyResult<IterState> {
    let (a, b, s) = range_parts(v)?;
    Ok(IterState::Range {
        next: a,
        stop: b,
        step: s,
    })
}

/// Advances any runtime iterator object.
pub fn iter_next(it: Value, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Ok(mut st) = state.try_borrow_mut() else {
        return Err(exc::value_error("generator already executing"));
    };
    match &mut *st {
        IterState::Exhausted(_) => Ok(None),
        IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.saturating_add(*step);
                if n.checked_add(*step).is_none() {
                    *stop = n;
                }
                Ok(Some(int::from_i64(n)))
            } else {
                st.exhaust();
                Ok(None)
            }
        }
        IterState::Seq { seq, index } => {
            let i = *index;
            let item = match seq.obj().map(|o| &o.kind) {
                Some(Kind::List(l)) => l.try_borrow().ok().and_then(|l| l.get(i).copied()),
                Some(Kind::Tuple(t)) => t.get(i).copied(),
                Some(Kind::Bytes(b)) => b.get(i).map(|x| Value::small_int(*x as i64)),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index = i + 1;
                    Ok(Some(v))
                }
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        IterState::SetItems {
            set,
            items,
            index,
            len,
        } => {
            let now = match set.obj().map(|o| &o.kind) {
                Some(Kind::Set(s) | Kind::FrozenSet(s)) => s.len(),
                _ => *len,
            };
            if now != *len {
                st.exhaust();
                return Err(exc::raise_new(
                    "RuntimeError",
                    "Set changed size during iteration",
                ));
            }
            match tuple::as_slice(*items).and_then(|t| t.get(*index).copied()) {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        IterState::Str { s, offset } => {
            let text = pystr::as_str(*s).unwrap_or("");
            match text.get(*offset..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    *offset += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(pystr::new(c.encode_utf8(&mut buf))))
                }
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        IterState::Dict {
            dict: d,
            pos,
            len,
            what,
        } => {
            let Some(table) = dict::as_dict(*d) else {
                return Ok(None);
            };
            let t = dict::read(table)?;
            if t.len() != *len {
                st.exhaust();
                drop(t);
                return Err(exc::raise_new(
                    "RuntimeError",
                    "dictionary changed size during iteration",
                ));
            }
            match t.next_entry(pos) {
                Some((_, k, v)) => {
                    let what = *what;
                    drop(t);
                    Ok(Some(match what {
                        DictView::Keys => k,
                        DictView::Values => v,
                        DictView::Items => tuple::new(vec![k, v]),
                    }))
                }
                None => {
                    drop(t);
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        IterState::Reversed { seq, remaining } => {
            if *remaining == 0 {
                st.exhaust();
                return Ok(None);
            }
            let i = *remaining - 1;
            let item = match seq.obj().map(|o| &o.kind) {
                Some(Kind::List(l)) => l.try_borrow().ok().and_then(|l| l.get(i).copied()),
                Some(Kind::Tuple(t)) => t.get(i).copied(),
                Some(Kind::Bytes(b)) => b.get(i).map(|x| Value::small_int(*x as i64)),
                Some(Kind::Str(s)) => s
                    .char_at(i)
                    .map(|c| pystr::new(c.encode_utf8(&mut [0u8; 4]))),
                Some(Kind::Range { .. }) => Some(range_item(*seq, i as i64)?),
                _ => None,
            };
            match item {
                Some(v) => {
                    *remaining = i;
                    Ok(Some(v))
                }
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        IterState::Enumerate { inner, count } => {
            let (inner, count) = (*inner, *count);
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            let Some(v) = protocol::next(inner)? else {
                return Ok(None);
            };
            roots.push(v);
            let next_count = crate::ops::add(count, Value::small_int(1))?;
            if let Ok(mut st) = state.try_borrow_mut() {
                if let IterState::Enumerate { count: c, .. } = &mut *st {
                    *c = next_count;
                }
            }
            Ok(Some(tuple::new(vec![count, v])))
        }
        IterState::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            let mut out = Vec::with_capacity(inners.len());
            for (i, inner) in inners.iter().enumerate() {
                match protocol::next(*inner)? {
                    Some(v) => {
                        roots.push(v);
                        out.push(v);
                    }
                    None => {
                        if let Ok(mut st) = state.try_borrow_mut() {
                            st.exhaust();
                        }
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(exc::value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, other) in inners.iter().enumerate().skip(1) {
                                if protocol::next(*other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(exc::value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if inners.is_empty() {
                return Ok(None);
            }
            Ok(Some(tuple::new(out)))
        }
        IterState::Map { func, inners } => {
            let (func, inners) = (*func, inners.clone());
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match protocol::next(*inner)? {
                    Some(v) => {
                        roots.push(v);
                        args.push(v);
                    }
                    None => return Ok(None),
                }
            }
            Ok(Some(protocol::call(
                func,
                crate::objects::function::Args::positional(&args),
            )?))
        }
        IterState::Filter { func, inner } => {
            let (func, inner) = (*func, *inner);
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            loop {
                crate::gc::safepoint();
                let Some(v) = protocol::next(inner)? else {
                    return Ok(None);
                };
                let _r = roots.push(v);
                let keep = if func.is_none() {
                    protocol::truthy(v)?
                } else {
                    let r = protocol::call1(func, v)?;
                    protocol::truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::GetItem { obj, index } => {
            let (obj, i) = (*obj, *index);
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            match crate::attr::getitem(obj, int::from_i64(i)) {
                Ok(v) => {
                    if let Ok(mut st) = state.try_borrow_mut() {
                        if let IterState::GetItem { index, .. } = &mut *st {
                            *index = i + 1;
                        }
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    if exc::pending_is("IndexError") || exc::pending_is("StopIteration") {
                        exc::take_pending();
                        if let Ok(mut st) = state.try_borrow_mut() {
                            st.exhaust();
                        }
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (*func, *sentinel);
            drop(st);
            let roots = Roots::new();
            roots.push(it);
            let v = protocol::call0(func)?;
            if v == sentinel || protocol::eq(v, sentinel)? {
                if let Ok(mut st) = state.try_borrow_mut() {
                    st.exhaust();
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// A new iterator object over a state.
pub fn new_iter(state: IterState) -> Value {
    crate::gc::alloc(Kind::Iter(RefCell::new(state)))
}

/// A list of the values of an iterable (convenience for built-ins).
pub fn to_list(v: Value) -> PyResult<Value> {
    let items = protocol::collect(v)?;
    Ok(list::new(items))
}
