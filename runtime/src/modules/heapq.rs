//! `heapq`: CPython's binary heap algorithms on lists (`_siftdown` and the
//! bottom-up `_siftup`), `nlargest`/`nsmallest` with their decorated
//! tuples so ties come out in CPython's order, and a lazy `merge`.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Ty};
use crate::objects::{int, list, tuple};
use crate::protocol;
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static MERGE: Cell<Value> = const { Cell::new(Value::NONE) };
}

type List = &'static RefCell<Vec<Value>>;

fn changed() -> exc::Raised {
    exc::raise_new("RuntimeError", "list changed size during iteration")
}

fn at(h: List, i: usize) -> PyResult {
    h.borrow().get(i).copied().ok_or_else(changed)
}

fn put(h: List, i: usize, v: Value) -> PyResult<()> {
    match h.borrow_mut().get_mut(i) {
        Some(s) => {
            *s = v;
            Ok(())
        }
        None => Err(changed()),
    }
}

/// `a < b`, or `b < a` for the max-heap variants.
fn less(a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max {
        nc::lt(b, a)
    } else {
        nc::lt(a, b)
    }
}

fn siftdown(h: List, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let roots = Roots::new();
    let newitem = roots.push(at(h, pos)?);
    let size = h.borrow().len();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = roots.push(at(h, parentpos)?);
        let lt = less(newitem, parent, max)?;
        if h.borrow().len() != size {
            return Err(changed());
        }
        if lt {
            put(h, pos, parent)?;
            pos = parentpos;
            continue;
        }
        break;
    }
    put(h, pos, newitem)
}

fn siftup(h: List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = h.borrow().len();
    let start = pos;
    let roots = Roots::new();
    let newitem = roots.push(at(h, pos)?);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let a = roots.push(at(h, child)?);
            let b = roots.push(at(h, right)?);
            let lt = less(a, b, max)?;
            if h.borrow().len() != end {
                return Err(changed());
            }
            if !lt {
                child = right;
            }
        }
        let c = at(h, child)?;
        put(h, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(h, pos, newitem)?;
    siftdown(h, start, pos, max)
}

/// The heap argument of `fname`; `one` when it is the only argument
/// (CPython's message then has no position).
fn heap_arg(v: Value, fname: &str, one: bool) -> PyResult<List> {
    let err = || {
        exc::type_error(format!(
            "{fname}() argument{} must be list, not {}",
            if one { "" } else { " 1" },
            crate::protocol::type_name(v)
        ))
    };
    if types::type_of(v) != types::builtin_type(Ty::List) {
        return Err(err());
    }
    list::as_list(v).ok_or_else(err)
}

fn exact(args: &Args, name: &str, n: usize) -> PyResult<()> {
    args.no_kw(name)?;
    let got = args.pos().len();
    if got != n {
        return Err(exc::type_error(if n == 1 {
            format!("{name}() takes exactly one argument ({got} given)")
        } else {
            format!("{name} expected {n} arguments, got {got}")
        }));
    }
    Ok(())
}

fn heappush(_r: Value, args: Args) -> PyResult {
    exact(&args, "heappush", 2)?;
    let h = heap_arg(args.pos()[0], "heappush", false)?;
    let n = {
        let mut l = h.borrow_mut();
        l.push(args.pos()[1]);
        l.len()
    };
    crate::gc::account(8);
    siftdown(h, 0, n - 1, false)?;
    Ok(Value::NONE)
}

fn pop(h: List, max: bool) -> PyResult {
    let last = h
        .borrow_mut()
        .pop()
        .ok_or_else(|| exc::raise_new("IndexError", "index out of range"))?;
    if h.borrow().is_empty() {
        return Ok(last);
    }
    let roots = Roots::new();
    roots.push(last);
    let ret = roots.push(at(h, 0)?);
    put(h, 0, last)?;
    siftup(h, 0, max)?;
    Ok(ret)
}

fn heappop(_r: Value, args: Args) -> PyResult {
    exact(&args, "heappop", 1)?;
    pop(heap_arg(args.pos()[0], "heappop", true)?, false)
}

fn replace(h: List, item: Value, max: bool) -> PyResult {
    if h.borrow().is_empty() {
        return Err(exc::raise_new("IndexError", "index out of range"));
    }
    let roots = Roots::new();
    let ret = roots.push(at(h, 0)?);
    put(h, 0, item)?;
    siftup(h, 0, max)?;
    Ok(ret)
}

fn heapreplace(_r: Value, args: Args) -> PyResult {
    exact(&args, "heapreplace", 2)?;
    replace(
        heap_arg(args.pos()[0], "heapreplace", false)?,
        args.pos()[1],
        false,
    )
}

fn heappushpop(_r: Value, args: Args) -> PyResult {
    exact(&args, "heappushpop", 2)?;
    let h = heap_arg(args.pos()[0], "heappushpop", false)?;
    let item = args.pos()[1];
    let Some(top) = h.borrow().first().copied() else {
        return Ok(item);
    };
    if !nc::lt(top, item)? {
        return Ok(item);
    }
    if h.borrow().is_empty() {
        return Err(exc::raise_new("IndexError", "index out of range"));
    }
    replace(h, item, false)
}

fn heapify_list(h: List, max: bool) -> PyResult<()> {
    let n = h.borrow().len();
    for i in (0..n / 2).rev() {
        siftup(h, i, max)?;
    }
    Ok(())
}

fn heapify(_r: Value, args: Args) -> PyResult {
    exact(&args, "heapify", 1)?;
    heapify_list(heap_arg(args.pos()[0], "heapify", true)?, false)?;
    Ok(Value::NONE)
}

fn heapify_max(_r: Value, args: Args) -> PyResult {
    exact(&args, "_heapify_max", 1)?;
    heapify_list(heap_arg(args.pos()[0], "_heapify_max", true)?, true)?;
    Ok(Value::NONE)
}

fn heappop_max(_r: Value, args: Args) -> PyResult {
    exact(&args, "_heappop_max", 1)?;
    pop(heap_arg(args.pos()[0], "_heappop_max", true)?, true)
}

fn heapreplace_max(_r: Value, args: Args) -> PyResult {
    exact(&args, "_heapreplace_max", 2)?;
    replace(
        heap_arg(args.pos()[0], "_heapreplace_max", false)?,
        args.pos()[1],
        true,
    )
}

/// `min`/`max` of an iterable with an optional key; None when empty.
fn extreme(iterable: Value, key: Value, largest: bool) -> PyResult<Option<Value>> {
    let roots = Roots::new();
    let it = roots.push(protocol::iter(iterable)?);
    let best = roots.slot(Value::NONE);
    let best_key = roots.slot(Value::NONE);
    let mut found = false;
    let mut cur = (Value::NONE, Value::NONE);
    while let Some(x) = protocol::next(it)? {
        roots.push(x);
        let k = if key.is_none() {
            x
        } else {
            roots.push(nc::call(key, &[x])?)
        };
        let better = if !found {
            true
        } else if largest {
            protocol::truthy(protocol::compare(protocol::CmpOp::Gt, k, cur.1)?)?
        } else {
            nc::lt(k, cur.1)?
        };
        if better {
            found = true;
            cur = (x, k);
            roots.set(best, x);
            roots.set(best_key, k);
        }
    }
    Ok(found.then_some(cur.0))
}

fn n_best(args: Args, fname: &str, largest: bool) -> PyResult {
    let b = nc::bind(&args, fname, &["n", "iterable", "key"], &[], 2)?;
    let nv = b[0].unwrap_or(Value::NONE);
    let iterable = b[1].unwrap_or(Value::NONE);
    if !int::is_int(nv) || nv.is_float() {
        // CPython compares n with the size first (`n >= size`).
        if let Ok(size) = protocol::len(iterable) {
            protocol::compare(protocol::CmpOp::Ge, nv, int::from_i64(size))?;
        } else {
            exc::take_pending();
        }
    }
    let n = nc::int_arg(nv)?;
    let _iterable = b[1].unwrap_or(Value::NONE);
    let key = b[2].unwrap_or(Value::NONE);
    let roots = Roots::new();
    if n == 1 {
        return Ok(list::new(
            extreme(iterable, key, largest)?.into_iter().collect(),
        ));
    }
    let size = match protocol::len(iterable) {
        Ok(s) => Some(s),
        Err(e) => {
            if exc::pending_is("TypeError") || exc::pending_is("AttributeError") {
                exc::take_pending();
                None
            } else {
                return Err(e);
            }
        }
    };
    if let Some(size) = size {
        if n >= size {
            let mut kw = vec![("key", key)];
            if largest {
                kw.push(("reverse", Value::TRUE));
            }
            let sorted = roots.push(nc::call_kw(nc::builtin("sorted"), &[iterable], &kw)?);
            let mut items = nc::list_items(sorted);
            items.truncate(n.max(0) as usize);
            return Ok(list::new(items));
        }
    }
    let it = roots.push(protocol::iter(iterable)?);
    let result = roots.push(list::new(Vec::new()));
    let Some(res) = list::as_list(result) else {
        return Ok(result);
    };
    // The first n elements, decorated with their order (counting up for
    // nsmallest, down for nlargest) so equal keys keep input order.
    let mut order: i64 = 0;
    while order < n {
        let Some(x) = protocol::next(it)? else { break };
        roots.push(x);
        let ord = int::from_i64(if largest { -order } else { order });
        let item = if key.is_none() {
            tuple::new(vec![x, ord])
        } else {
            let k = roots.push(nc::call(key, &[x])?);
            tuple::new(vec![k, ord, x])
        };
        res.borrow_mut().push(item);
        order += 1;
    }
    if res.borrow().is_empty() {
        return Ok(result);
    }
    heapify_list(res, !largest)?;
    let first = |t: Value| tuple::as_slice(t).and_then(|s| s.first().copied());
    let top = roots.slot(first(at(res, 0)?).unwrap_or(Value::NONE));
    let mut top_v = first(at(res, 0)?).unwrap_or(Value::NONE);
    let mut order: i64 = if largest { -n } else { n };
    while let Some(x) = protocol::next(it)? {
        roots.push(x);
        let k = if key.is_none() {
            x
        } else {
            roots.push(nc::call(key, &[x])?)
        };
        let better = if largest {
            nc::lt(top_v, k)?
        } else {
            nc::lt(k, top_v)?
        };
        if better {
            let ord = int::from_i64(order);
            let item = if key.is_none() {
                tuple::new(vec![x, ord])
            } else {
                tuple::new(vec![k, ord, x])
            };
            roots.push(item);
            replace(res, item, !largest)?;
            top_v = first(at(res, 0)?).unwrap_or(Value::NONE);
            roots.set(top, top_v);
            order += if largest { -1 } else { 1 };
        }
    }
    if largest {
        nc::call_method_kw(result, "sort", &[], &[("reverse", Value::TRUE)])?;
    } else {
        nc::call_method_kw(result, "sort", &[], &[])?;
    }
    let items = nc::list_items(result);
    let last = if key.is_none() { 0 } else { 2 };
    let out: Vec<Value> = items
        .iter()
        .filter_map(|t| tuple::as_slice(*t).and_then(|s| s.get(last).copied()))
        .collect();
    Ok(list::new(out))
}

fn nlargest(_r: Value, args: Args) -> PyResult {
    n_best(args, "nlargest", true)
}

fn nsmallest(_r: Value, args: Args) -> PyResult {
    n_best(args, "nsmallest", false)
}

// merge: state [iterables tuple, key, reverse, heap list or None,
// pending entry or None, draining iterator or None]
const M_ITERABLES: usize = 0;
const M_KEY: usize = 1;
const M_REVERSE: usize = 2;
const M_HEAP: usize = 3;
const M_PENDING: usize = 4;
const M_DRAIN: usize = 5;

fn merge(_r: Value, args: Args) -> PyResult {
    let mut key = Value::NONE;
    let mut reverse = Value::FALSE;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v,
            "reverse" => reverse = v,
            _ => {
                return Err(exc::type_error(format!(
                    "merge() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let its = tuple::new(args.pos().to_vec());
    let reverse = Value::bool(protocol::truthy(reverse)?);
    Ok(nc::instance(
        MERGE.with(|c| c.get()),
        vec![its, key, reverse, Value::NONE, Value::NONE, Value::NONE],
    ))
}

/// Entry layout: [key, order, value, iterator] (key is the value itself
/// when there is no key function).
fn merge_entry(it: Value, order: i64, key: Value) -> PyResult<Option<Value>> {
    let roots = Roots::new();
    let Some(v) = protocol::next(it)? else {
        return Ok(None);
    };
    roots.push(v);
    let k = if key.is_none() {
        v
    } else {
        roots.push(nc::call(key, &[v])?)
    };
    Ok(Some(list::new(vec![k, int::from_i64(order), v, it])))
}

fn entry_lt(a: Value, b: Value) -> PyResult<bool> {
    // Compare [key, order] prefixes as CPython compares its lists.
    let (Some(x), Some(y)) = (list::as_list(a), list::as_list(b)) else {
        return Ok(false);
    };
    let (xk, xo) = {
        let x = x.borrow();
        (x[0], x[1])
    };
    let (yk, yo) = {
        let y = y.borrow();
        (y[0], y[1])
    };
    if xk == yk || protocol::eq(xk, yk)? {
        return nc::lt(xo, yo);
    }
    nc::lt(xk, yk)
}

fn merge_next(r: Value, _args: Args) -> PyResult {
    let Some(s) = nc::state_of(r, MERGE.with(|c| c.get())) else {
        return Err(exc::type_error("merge object expected"));
    };
    let roots = Roots::new();
    roots.push(r);
    let key = nc::get(s, M_KEY);
    let reverse = nc::get(s, M_REVERSE) == Value::TRUE;
    let drain = nc::get(s, M_DRAIN);
    if !drain.is_none() {
        return match protocol::next(drain)? {
            Some(v) => Ok(v),
            None => Err(nc::stop()),
        };
    }
    let mut heap = nc::get(s, M_HEAP);
    if heap.is_none() {
        heap = roots.push(list::new(Vec::new()));
        nc::set(s, M_HEAP, heap);
        let its = nc::tuple_items(nc::get(s, M_ITERABLES));
        for (i, iterable) in its.into_iter().enumerate() {
            let it = roots.push(protocol::iter(iterable)?);
            let order = if reverse { -(i as i64) } else { i as i64 };
            if let Some(e) = merge_entry(it, order, key)? {
                if let Some(h) = list::as_list(heap) {
                    h.borrow_mut().push(e);
                }
            }
        }
        let Some(h) = list::as_list(heap) else {
            return Err(nc::stop());
        };
        entry_heapify(h, reverse)?;
    }
    let Some(h) = list::as_list(heap) else {
        return Err(nc::stop());
    };
    let pending = nc::get(s, M_PENDING);
    if !pending.is_none() {
        nc::set(s, M_PENDING, Value::NONE);
        roots.push(pending);
        let (it, order) = match list::as_list(pending) {
            Some(p) => {
                let p = p.borrow();
                (p[3], p[1])
            }
            None => return Err(nc::stop()),
        };
        let n = h.borrow().len();
        if n == 1 {
            // The last iterator: the rest of it, without the key.
            nc::set(s, M_DRAIN, it);
            h.borrow_mut().clear();
            return match protocol::next(it)? {
                Some(v) => Ok(v),
                None => Err(nc::stop()),
            };
        }
        match merge_entry(it, int::to_i64(order).unwrap_or(0), key)? {
            Some(e) => {
                roots.push(e);
                put(h, 0, e)?;
                entry_siftup(h, 0, reverse)?;
            }
            None => {
                let last = h.borrow_mut().pop();
                if let Some(last) = last {
                    if !h.borrow().is_empty() {
                        put(h, 0, last)?;
                        entry_siftup(h, 0, reverse)?;
                    }
                }
            }
        }
    }
    let Some(top) = h.borrow().first().copied() else {
        return Err(nc::stop());
    };
    if h.borrow().len() == 1 {
        let (v, it) = match list::as_list(top) {
            Some(p) => {
                let p = p.borrow();
                (p[2], p[3])
            }
            None => return Err(nc::stop()),
        };
        nc::set(s, M_DRAIN, it);
        h.borrow_mut().clear();
        return Ok(v);
    }
    nc::set(s, M_PENDING, top);
    Ok(list::as_list(top).map_or(Value::NONE, |p| p.borrow()[2]))
}

fn entry_less(a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max {
        entry_lt(b, a)
    } else {
        entry_lt(a, b)
    }
}

fn entry_heapify(h: List, max: bool) -> PyResult<()> {
    let n = h.borrow().len();
    for i in (0..n / 2).rev() {
        entry_siftup(h, i, max)?;
    }
    Ok(())
}

fn entry_siftup(h: List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = h.borrow().len();
    let start = pos;
    let roots = Roots::new();
    let newitem = roots.push(at(h, pos)?);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !entry_less(at(h, child)?, at(h, right)?, max)? {
            child = right;
        }
        let c = at(h, child)?;
        put(h, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(h, pos, newitem)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = at(h, parentpos)?;
        if entry_less(newitem, parent, max)? {
            put(h, pos, parent)?;
            pos = parentpos;
            continue;
        }
        break;
    }
    put(h, pos, newitem)
}

pub fn init(m: &mut AttrMap) {
    super::add_fn(m, "heappush", heappush);
    super::add_fn(m, "heappop", heappop);
    super::add_fn(m, "heapify", heapify);
    super::add_fn(m, "heapreplace", heapreplace);
    super::add_fn(m, "heappushpop", heappushpop);
    super::add_fn(m, "nlargest", nlargest);
    super::add_fn(m, "nsmallest", nsmallest);
    super::add_fn(m, "merge", merge);
    super::add_fn(m, "_heapify_max", heapify_max);
    super::add_fn(m, "_heappop_max", heappop_max);
    super::add_fn(m, "_heapreplace_max", heapreplace_max);
    let cls = nc::new_class(
        "merge",
        "heapq",
        None,
        &[("__iter__", nc::iter_self), ("__next__", merge_next)],
    );
    MERGE.with(|c| c.set(cls));
}
