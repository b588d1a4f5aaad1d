//! `bisect`: binary search over sorted sequences, with CPython's
//! comparisons (`a[mid] < x` for the left variants, `x < a[mid]` for the
//! right ones) and insertion through the sequence's `insert` method.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{int, list};
use crate::protocol;
use crate::value::Value;

struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

fn parse(args: &Args, fname: &str) -> PyResult<Search> {
    let b = nc::bind(args, fname, &["a", "x", "lo", "hi"], &["key"], 2)?;
    let a = b[0].unwrap_or(Value::NONE);
    let x = b[1].unwrap_or(Value::NONE);
    let lo = match b[2] {
        Some(v) => nc::int_arg(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(exc::value_error("lo must be non-negative"));
    }
    let hi = match b[3].filter(|v| !v.is_none()) {
        Some(v) => nc::int_arg(v)?,
        None => protocol::len(a)?,
    };
    Ok(Search {
        a,
        x,
        lo,
        hi,
        key: b[4].unwrap_or(Value::NONE),
    })
}

fn search(s: &Search, x: Value, right: bool) -> PyResult<i64> {
    let roots = Roots::new();
    roots.push(x);
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = roots.push(crate::attr::getitem(s.a, int::from_i64(mid))?);
        if !s.key.is_none() {
            item = roots.push(nc::call(s.key, &[item])?);
        }
        if right {
            if nc::lt(x, item)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if nc::lt(item, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_left(_r: Value, args: Args) -> PyResult {
    let s = parse(&args, "bisect_left")?;
    Ok(int::from_i64(search(&s, s.x, false)?))
}

fn bisect_right(_r: Value, args: Args) -> PyResult {
    let s = parse(&args, "bisect_right")?;
    Ok(int::from_i64(search(&s, s.x, true)?))
}

fn insort(args: Args, fname: &str, right: bool) -> PyResult {
    let s = parse(&args, fname)?;
    let roots = Roots::new();
    let k = if s.key.is_none() {
        s.x
    } else {
        roots.push(nc::call(s.key, &[s.x])?)
    };
    let i = search(&s, k, right)?;
    if let Some(l) = list::as_list(s.a).filter(|_| {
        crate::objects::types::type_of(s.a)
            == crate::objects::types::builtin_type(crate::objects::types::Ty::List)
    }) {
        let mut l = l.borrow_mut();
        let at = (i.max(0) as usize).min(l.len());
        l.insert(at, s.x);
        drop(l);
        crate::gc::account(8);
    } else {
        let iv = roots.push(int::from_i64(i));
        crate::entry::call_method(s.a, "insert", Args::positional(&[iv, s.x]))?;
    }
    Ok(Value::NONE)
}

fn insort_left(_r: Value, args: Args) -> PyResult {
    insort(args, "insort_left", false)
}

fn insort_right(_r: Value, args: Args) -> PyResult {
    insort(args, "insort_right", true)
}

pub fn init(m: &mut AttrMap) {
    super::add_fn(m, "bisect_left", bisect_left);
    super::add_fn(m, "bisect_right", bisect_right);
    super::add_fn(m, "insort_left", insort_left);
    super::add_fn(m, "insort_right", insort_right);
    m.set("bisect", m.get("bisect_right").unwrap_or(Value::NONE));
    m.set("insort", m.get("insort_right").unwrap_or(Value::NONE));
}
