//! `itertools`: lazy iterators, each a class whose `__next__` advances
//! state kept in the instance (see `native_class`), following CPython's C
//! implementations step for step (when they call `next` on their inputs
//! and when they call the user's functions).

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::numeric::BinOp;
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::AttrMap;
use crate::objects::{int, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use std::cell::{Cell, RefCell};

type State = &'static RefCell<Vec<Value>>;

#[derive(Clone, Copy)]
enum C {
    Count,
    Cycle,
    Repeat,
    Accumulate,
    Chain,
    Compress,
    DropWhile,
    FilterFalse,
    GroupBy,
    Grouper,
    ISlice,
    Pairwise,
    StarMap,
    TakeWhile,
    Tee,
    ZipLongest,
    Product,
    Permutations,
    Combinations,
    CombinationsWR,
}

const NCLASSES: usize = 20;

thread_local! {
    static CLASSES: Cell<[Value; NCLASSES]> = const { Cell::new([Value::NONE; NCLASSES]) };
}

fn cls(c: C) -> Value {
    CLASSES.with(|k| k.get()[c as usize])
}

fn st(r: Value, c: C) -> PyResult<State> {
    nc::receiver(r, cls(c), "__next__")
}

fn next_or_stop(it: Value) -> PyResult {
    match protocol::next(it)? {
        Some(v) => Ok(v),
        None => Err(nc::stop()),
    }
}

fn no_kw(args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(name)
}

fn exact_pos(args: &Args, name: &str, n: usize) -> PyResult<()> {
    let got = args.pos().len();
    if got != n {
        return Err(exc::type_error(format!(
            "{name} expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn iv(v: Value) -> i64 {
    int::to_i64(v).unwrap_or(0)
}

fn small(i: i64) -> Value {
    int::from_i64(i)
}

// ---- count(start=0, step=1): [n, step]

fn is_number(v: Value) -> bool {
    protocol::num(v).is_some()
        || protocol::special(v, "__add__").is_some()
        || protocol::special(v, "__index__").is_some()
}

fn count_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "count", &["start", "step"], &[], 0)?;
    let start = b[0].unwrap_or(Value::small_int(0));
    let step = b[1].unwrap_or(Value::small_int(1));
    if !is_number(start) || !is_number(step) {
        return Err(exc::type_error("a number is required"));
    }
    Ok(nc::instance(c, vec![start, step]))
}

fn count_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Count)?;
    let n = nc::get(s, 0);
    let roots = Roots::new();
    roots.push(n);
    let next = crate::ops::binop(BinOp::Add, n, nc::get(s, 1))?;
    nc::set(s, 0, next);
    Ok(n)
}

fn count_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, cls(C::Count), "__repr__")?;
    let step = nc::get(s, 1);
    let n = protocol::repr(nc::get(s, 0))?;
    Ok(pystr::from_string(if step.as_small_int() == Some(1) {
        format!("{}({n})", nc::class_name(r))
    } else {
        format!("{}({n}, {})", nc::class_name(r), protocol::repr(step)?)
    }))
}

// ---- cycle(iterable): [it or None, saved list, index]

fn cycle_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    no_kw(&args, "cycle")?;
    exact_pos(&args, "cycle", 1)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(args.pos()[0])?);
    let saved = roots.push(list::new(Vec::new()));
    Ok(nc::instance(c, vec![it, saved, Value::small_int(0)]))
}

fn cycle_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Cycle)?;
    let it = nc::get(s, 0);
    let saved = nc::get(s, 1);
    let Some(sv) = list::as_list(saved) else {
        return Err(nc::stop());
    };
    if !it.is_none() {
        if let Some(v) = protocol::next(it)? {
            sv.borrow_mut().push(v);
            return Ok(v);
        }
        nc::set(s, 0, Value::NONE);
    }
    let n = sv.borrow().len();
    if n == 0 {
        return Err(nc::stop());
    }
    let i = iv(nc::get(s, 2)) as usize % n;
    nc::set(s, 2, small(((i + 1) % n) as i64));
    Ok(sv.borrow()[i])
}

// ---- repeat(object, times=None): [object, remaining or None]

fn repeat_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "repeat", &["object", "times"], &[], 1)?;
    let times = match b[1] {
        Some(t) => small(nc::int_arg(t)?.max(0)),
        None => Value::NONE,
    };
    Ok(nc::instance(c, vec![b[0].unwrap_or(Value::NONE), times]))
}

fn repeat_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Repeat)?;
    let t = nc::get(s, 1);
    if !t.is_none() {
        let n = iv(t);
        if n <= 0 {
            return Err(nc::stop());
        }
        nc::set(s, 1, small(n - 1));
    }
    Ok(nc::get(s, 0))
}

fn repeat_repr(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, cls(C::Repeat), "__repr__")?;
    let o = protocol::repr(nc::get(s, 0))?;
    let t = nc::get(s, 1);
    Ok(pystr::from_string(if t.is_none() {
        format!("{}({o})", nc::class_name(r))
    } else {
        format!("{}({o}, {})", nc::class_name(r), iv(t))
    }))
}

fn repeat_len_hint(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, cls(C::Repeat), "__length_hint__")?;
    let t = nc::get(s, 1);
    if t.is_none() {
        return Err(exc::type_error("len() of unsized object"));
    }
    Ok(t)
}

// ---- accumulate(iterable, func=None, *, initial=None):
// [it, func, total or UNBOUND, initial or UNBOUND]

fn accumulate_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "accumulate", &["iterable", "func"], &["initial"], 1)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(b[0].unwrap_or(Value::NONE))?);
    let initial = b[2].filter(|v| !v.is_none()).unwrap_or(Value::UNBOUND);
    Ok(nc::instance(
        c,
        vec![it, b[1].unwrap_or(Value::NONE), Value::UNBOUND, initial],
    ))
}

fn accumulate_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Accumulate)?;
    let initial = nc::get(s, 3);
    if initial != Value::UNBOUND {
        nc::set(s, 2, initial);
        nc::set(s, 3, Value::UNBOUND);
        return Ok(initial);
    }
    let roots = Roots::new();
    let x = roots.push(next_or_stop(nc::get(s, 0))?);
    let total = nc::get(s, 2);
    let func = nc::get(s, 1);
    let new = if total == Value::UNBOUND {
        x
    } else if func.is_none() {
        crate::ops::binop(BinOp::Add, total, x)?
    } else {
        nc::call(func, &[total, x])?
    };
    nc::set(s, 2, new);
    Ok(new)
}

// ---- chain(*iterables): [source iterator, active iterator or None]

fn chain_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    no_kw(&args, "chain")?;
    let roots = Roots::new();
    let t = roots.push(tuple::new(args.pos().to_vec()));
    let src = roots.push(protocol::iter(t)?);
    Ok(nc::instance(c, vec![src, Value::NONE]))
}

fn chain_from_iterable(_r: Value, args: Args) -> PyResult {
    let Some((&c, rest)) = args.values.split_first() else {
        return Err(exc::type_error("from_iterable() needs a class"));
    };
    let rest = Args {
        values: rest,
        kwnames: args.kwnames,
    };
    no_kw(&rest, "from_iterable")?;
    if rest.pos().len() != 1 {
        return Err(exc::type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            rest.pos().len()
        )));
    }
    let roots = Roots::new();
    let src = roots.push(protocol::iter(rest.pos()[0])?);
    Ok(nc::instance(c, vec![src, Value::NONE]))
}

fn chain_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Chain)?;
    let roots = Roots::new();
    loop {
        let src = nc::get(s, 0);
        if src.is_none() {
            return Err(nc::stop());
        }
        let mut active = nc::get(s, 1);
        if active.is_none() {
            match protocol::next(src)? {
                Some(iterable) => {
                    roots.push(iterable);
                    active = roots.push(protocol::iter(iterable)?);
                    nc::set(s, 1, active);
                }
                None => {
                    nc::set(s, 0, Value::NONE);
                    return Err(nc::stop());
                }
            }
        }
        match protocol::next(active)? {
            Some(v) => return Ok(v),
            None => nc::set(s, 1, Value::NONE),
        }
    }
}

// ---- compress(data, selectors): [data it, selectors it]

fn compress_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "compress", &["data", "selectors"], &[], 2)?;
    let roots = Roots::new();
    let d = roots.push(protocol::iter(b[0].unwrap_or(Value::NONE))?);
    let sel = roots.push(protocol::iter(b[1].unwrap_or(Value::NONE))?);
    Ok(nc::instance(c, vec![d, sel]))
}

fn compress_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Compress)?;
    let roots = Roots::new();
    loop {
        let d = roots.push(next_or_stop(nc::get(s, 0))?);
        let sel = roots.push(next_or_stop(nc::get(s, 1))?);
        if protocol::truthy(sel)? {
            return Ok(d);
        }
    }
}

// ---- dropwhile / takewhile / filterfalse: [pred, it, flag]

fn pred_it_new(args: Args, name: &str) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    no_kw(&args, name)?;
    exact_pos(&args, name, 2)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(args.pos()[1])?);
    Ok(nc::instance(c, vec![args.pos()[0], it, Value::FALSE]))
}

fn dropwhile_new(_r: Value, args: Args) -> PyResult {
    pred_it_new(args, "dropwhile")
}

fn takewhile_new(_r: Value, args: Args) -> PyResult {
    pred_it_new(args, "takewhile")
}

fn filterfalse_new(_r: Value, args: Args) -> PyResult {
    pred_it_new(args, "filterfalse")
}

fn test(pred: Value, x: Value) -> PyResult<bool> {
    if pred.is_none() {
        return protocol::truthy(x);
    }
    let r = nc::call(pred, &[x])?;
    protocol::truthy(r)
}

fn dropwhile_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::DropWhile)?;
    let roots = Roots::new();
    loop {
        let x = roots.push(next_or_stop(nc::get(s, 1))?);
        if nc::get(s, 2) == Value::TRUE {
            return Ok(x);
        }
        if !test(nc::get(s, 0), x)? {
            nc::set(s, 2, Value::TRUE);
            return Ok(x);
        }
    }
}

fn takewhile_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::TakeWhile)?;
    if nc::get(s, 2) == Value::TRUE {
        return Err(nc::stop());
    }
    let roots = Roots::new();
    let x = roots.push(next_or_stop(nc::get(s, 1))?);
    if test(nc::get(s, 0), x)? {
        return Ok(x);
    }
    nc::set(s, 2, Value::TRUE);
    Err(nc::stop())
}

fn filterfalse_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::FilterFalse)?;
    let roots = Roots::new();
    loop {
        let x = roots.push(next_or_stop(nc::get(s, 1))?);
        if !test(nc::get(s, 0), x)? {
            return Ok(x);
        }
    }
}

// ---- groupby(iterable, key=None):
// [it, keyfunc, tgtkey, currkey, currvalue, currgrouper] (UNBOUND = unset)

fn groupby_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "groupby", &["iterable", "key"], &[], 1)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(b[0].unwrap_or(Value::NONE))?);
    Ok(nc::instance(
        c,
        vec![
            it,
            b[1].unwrap_or(Value::NONE),
            Value::UNBOUND,
            Value::UNBOUND,
            Value::UNBOUND,
            Value::NONE,
        ],
    ))
}

/// Advances the groupby's input; false when it is exhausted.
fn groupby_step(s: State) -> PyResult<bool> {
    let roots = Roots::new();
    let Some(v) = protocol::next(nc::get(s, 0))? else {
        return Ok(false);
    };
    roots.push(v);
    let f = nc::get(s, 1);
    let k = if f.is_none() { v } else { nc::call(f, &[v])? };
    nc::set(s, 4, v);
    nc::set(s, 3, k);
    Ok(true)
}

fn groupby_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::GroupBy)?;
    nc::set(s, 5, Value::NONE);
    loop {
        let curr = nc::get(s, 3);
        let tgt = nc::get(s, 2);
        if curr == Value::UNBOUND {
        } else if tgt == Value::UNBOUND || !protocol::eq(tgt, curr)? {
            break;
        }
        if !groupby_step(s)? {
            return Err(nc::stop());
        }
    }
    let k = nc::get(s, 3);
    nc::set(s, 2, k);
    let roots = Roots::new();
    let g = roots.push(nc::instance(cls(C::Grouper), vec![r, k]));
    nc::set(s, 5, g);
    Ok(tuple::new(vec![k, g]))
}

fn grouper_next(r: Value, _a: Args) -> PyResult {
    let gs = st(r, C::Grouper)?;
    let parent = nc::get(gs, 0);
    let Some(s) = nc::state(parent) else {
        return Err(nc::stop());
    };
    if nc::get(s, 5) != r {
        return Err(nc::stop());
    }
    if nc::get(s, 4) == Value::UNBOUND && !groupby_step(s)? {
        return Err(nc::stop());
    }
    if !protocol::eq(nc::get(gs, 1), nc::get(s, 3))? {
        return Err(nc::stop());
    }
    let v = nc::get(s, 4);
    nc::set(s, 4, Value::UNBOUND);
    Ok(v)
}

// ---- islice: [it or None, next index, stop (-1 none), step, count]

fn islice_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    if !args.kwnames.is_empty() {
        return Err(exc::type_error("islice() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.len() < 2 || p.len() > 4 {
        return Err(exc::type_error(format!(
            "islice expected {} arguments, got {}",
            if p.len() < 2 {
                "at least 2"
            } else {
                "at most 4"
            },
            p.len()
        )));
    }
    let idx = |v: Value, msg: &str| -> PyResult<i64> {
        if v.is_none() {
            return Ok(-1);
        }
        let n = if int::is_int(v) && !v.is_float() {
            int::to_i64(v)
        } else if protocol::special(v, "__index__").is_some() {
            Some(protocol::index_value(v)?)
        } else {
            None
        };
        match n {
            Some(n) if n >= 0 => Ok(n),
            _ => Err(exc::value_error(msg)),
        }
    };
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if p.len() == 2 {
        (0, idx(p[1], stop_msg)?, 1)
    } else {
        let start = idx(p[1], idx_msg)?.max(0);
        let stop = idx(p[2], idx_msg)?;
        let step = match p.get(3) {
            None => 1,
            Some(v) if v.is_none() => 1,
            Some(v) => {
                let s = idx(*v, "Step for islice() must be a positive integer or None.")?;
                if s == 0 {
                    return Err(exc::value_error(
                        "Step for islice() must be a positive integer or None.",
                    ));
                }
                s
            }
        };
        (start, stop, step)
    };
    let roots = Roots::new();
    let it = roots.push(protocol::iter(p[0])?);
    Ok(nc::instance(
        c,
        vec![it, small(start), small(stop), small(step), small(0)],
    ))
}

fn islice_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::ISlice)?;
    let it = nc::get(s, 0);
    if it.is_none() {
        return Err(nc::stop());
    }
    let stop = iv(nc::get(s, 2));
    let next = iv(nc::get(s, 1));
    let empty = |s: State| {
        nc::set(s, 0, Value::NONE);
        Err(nc::stop())
    };
    while iv(nc::get(s, 4)) < next {
        if protocol::next(it)?.is_none() {
            return empty(s);
        }
        nc::set(s, 4, small(iv(nc::get(s, 4)) + 1));
    }
    let cnt = iv(nc::get(s, 4));
    if stop != -1 && cnt >= stop {
        return empty(s);
    }
    let Some(v) = protocol::next(it)? else {
        return empty(s);
    };
    nc::set(s, 4, small(cnt + 1));
    let mut n = next.saturating_add(iv(nc::get(s, 3)));
    if stop != -1 && n > stop {
        n = stop;
    }
    nc::set(s, 1, small(n));
    Ok(v)
}

// ---- pairwise(iterable): [it or None, old or UNBOUND]

fn pairwise_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    no_kw(&args, "pairwise")?;
    exact_pos(&args, "pairwise", 1)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(args.pos()[0])?);
    Ok(nc::instance(c, vec![it, Value::UNBOUND]))
}

fn pairwise_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Pairwise)?;
    let it = nc::get(s, 0);
    if it.is_none() {
        return Err(nc::stop());
    }
    let roots = Roots::new();
    let mut old = nc::get(s, 1);
    if old == Value::UNBOUND {
        match protocol::next(it)? {
            Some(v) => {
                old = roots.push(v);
                nc::set(s, 1, v);
            }
            None => {
                nc::set(s, 0, Value::NONE);
                return Err(nc::stop());
            }
        }
    }
    let Some(new) = protocol::next(it)? else {
        nc::set(s, 0, Value::NONE);
        nc::set(s, 1, Value::UNBOUND);
        return Err(nc::stop());
    };
    nc::set(s, 1, new);
    Ok(tuple::new(vec![old, new]))
}

// ---- starmap(function, iterable): [func, it]

fn starmap_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    no_kw(&args, "starmap")?;
    exact_pos(&args, "starmap", 2)?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(args.pos()[1])?);
    Ok(nc::instance(c, vec![args.pos()[0], it]))
}

fn starmap_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::StarMap)?;
    let roots = Roots::new();
    let a = roots.push(next_or_stop(nc::get(s, 1))?);
    let items = protocol::collect_fast(a, "iterator should return tuples")?;
    roots.extend(&items);
    nc::call(nc::get(s, 0), &items)
}

// ---- tee(iterable, n=2): tee objects [shared, index];
// shared is a list [it, buffer list]

fn tee(_r: Value, args: Args) -> PyResult {
    no_kw(&args, "tee")?;
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(exc::type_error(format!(
            "tee expected {} arguments, got {}",
            if p.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            p.len()
        )));
    }
    let n = match p.get(1) {
        Some(v) => nc::int_arg(*v)?,
        None => 2,
    };
    if n < 0 {
        return Err(exc::value_error("n must be >= 0"));
    }
    let roots = Roots::new();
    // A tee object as input shares its source.
    let (shared, start) = match nc::state_of(p[0], cls(C::Tee)) {
        Some(s) => (nc::get(s, 0), nc::get(s, 1)),
        None => {
            let it = roots.push(protocol::iter(p[0])?);
            let buf = roots.push(list::new(Vec::new()));
            (roots.push(list::new(vec![it, buf])), small(0))
        }
    };
    roots.push(shared);
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(roots.push(nc::instance(cls(C::Tee), vec![shared, start])));
    }
    Ok(tuple::new(out))
}

fn tee_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Tee)?;
    let shared = nc::list_items(nc::get(s, 0));
    let (it, buf) = (shared[0], shared[1]);
    let i = iv(nc::get(s, 1)) as usize;
    let Some(b) = list::as_list(buf) else {
        return Err(nc::stop());
    };
    let have = b.borrow().get(i).copied();
    let v = match have {
        Some(v) => v,
        None => {
            let v = next_or_stop(it)?;
            b.borrow_mut().push(v);
            v
        }
    };
    nc::set(s, 1, small(i as i64 + 1));
    Ok(v)
}

fn tee_copy(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, cls(C::Tee), "__copy__")?;
    Ok(nc::instance(
        cls(C::Tee),
        vec![nc::get(s, 0), nc::get(s, 1)],
    ))
}

// ---- zip_longest(*iterables, fillvalue=None): [iterators list, fill, active]

fn zip_longest_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let mut fill = Value::NONE;
    for (k, v) in args.kw() {
        if k == "fillvalue" {
            fill = v;
        } else {
            return Err(exc::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    }
    let roots = Roots::new();
    let mut its = Vec::new();
    for &a in args.pos() {
        its.push(roots.push(protocol::iter(a)?));
    }
    let n = its.len() as i64;
    let l = roots.push(list::new(its));
    Ok(nc::instance(c, vec![l, fill, small(n)]))
}

fn zip_longest_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::ZipLongest)?;
    let its = nc::get(s, 0);
    let Some(l) = list::as_list(its) else {
        return Err(nc::stop());
    };
    let n = l.borrow().len();
    if n == 0 || iv(nc::get(s, 2)) == 0 {
        return Err(nc::stop());
    }
    let fill = nc::get(s, 1);
    let roots = Roots::new();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = l.borrow()[i];
        let v = if it.is_none() {
            fill
        } else {
            match protocol::next(it)? {
                Some(v) => v,
                None => {
                    let active = iv(nc::get(s, 2)) - 1;
                    nc::set(s, 2, small(active));
                    if active == 0 {
                        return Err(nc::stop());
                    }
                    l.borrow_mut()[i] = Value::NONE;
                    fill
                }
            }
        };
        out.push(roots.push(v));
    }
    Ok(tuple::new(out))
}

// ---- product / permutations / combinations: indices kept as a list of
// ints; [pool tuple(s), indices list or None, r, extra list, done flag]

fn pool(v: Value) -> PyResult<Value> {
    let items = protocol::collect(v)?;
    Ok(tuple::new(items))
}

fn ints(v: Value) -> Vec<usize> {
    nc::list_items(v)
        .into_iter()
        .map(|x| iv(x) as usize)
        .collect()
}

fn store_ints(s: State, i: usize, xs: &[usize]) {
    let l = list::new(xs.iter().map(|&x| small(x as i64)).collect());
    nc::set(s, i, l);
}

fn product_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let mut repeat = 1;
    for (k, v) in args.kw() {
        if k == "repeat" {
            repeat = nc::int_arg(v)?;
        } else {
            return Err(exc::type_error(format!(
                "product() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if repeat < 0 {
        return Err(exc::value_error("repeat argument cannot be negative"));
    }
    let roots = Roots::new();
    let mut pools = Vec::new();
    for &a in args.pos() {
        pools.push(roots.push(pool(a)?));
    }
    let mut all = Vec::new();
    for _ in 0..repeat {
        all.extend_from_slice(&pools);
    }
    let t = roots.push(tuple::new(all));
    Ok(nc::instance(
        c,
        vec![t, Value::NONE, Value::NONE, Value::NONE, Value::FALSE],
    ))
}

fn product_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Product)?;
    if nc::get(s, 4) == Value::TRUE {
        return Err(nc::stop());
    }
    let pools: Vec<Vec<Value>> = nc::tuple_items(nc::get(s, 0))
        .into_iter()
        .map(nc::tuple_items)
        .collect();
    let idx = nc::get(s, 1);
    let mut ix = if idx.is_none() {
        if pools.iter().any(|p| p.is_empty()) {
            nc::set(s, 4, Value::TRUE);
            return Err(nc::stop());
        }
        vec![0; pools.len()]
    } else {
        let mut ix = ints(idx);
        let mut i = pools.len();
        loop {
            if i == 0 {
                nc::set(s, 4, Value::TRUE);
                return Err(nc::stop());
            }
            i -= 1;
            ix[i] += 1;
            if ix[i] < pools[i].len() {
                break;
            }
            ix[i] = 0;
        }
        ix
    };
    if ix.len() != pools.len() {
        ix.resize(pools.len(), 0);
    }
    store_ints(s, 1, &ix);
    Ok(tuple::new(
        ix.iter().zip(&pools).map(|(&i, p)| p[i]).collect(),
    ))
}

fn r_arg(v: Option<Value>) -> PyResult<Option<i64>> {
    match v.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) => {
            let r = nc::int_arg(v)?;
            if r < 0 {
                return Err(exc::value_error("r must be non-negative"));
            }
            Ok(Some(r))
        }
    }
}

fn permutations_new(_r: Value, args: Args) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "permutations", &["iterable", "r"], &[], 1)?;
    let roots = Roots::new();
    let p = roots.push(pool(b[0].unwrap_or(Value::NONE))?);
    let n = nc::tuple_items(p).len() as i64;
    let r = r_arg(b[1])?.unwrap_or(n);
    Ok(nc::instance(
        c,
        vec![p, Value::NONE, small(r), Value::NONE, Value::FALSE],
    ))
}

fn permutations_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Permutations)?;
    if nc::get(s, 4) == Value::TRUE {
        return Err(nc::stop());
    }
    let p = nc::tuple_items(nc::get(s, 0));
    let n = p.len();
    let rr = iv(nc::get(s, 2)) as usize;
    let finish = |s: State| {
        nc::set(s, 4, Value::TRUE);
        Err(nc::stop())
    };
    if rr > n {
        return finish(s);
    }
    let idx = nc::get(s, 1);
    let ix = if idx.is_none() {
        let ix: Vec<usize> = (0..n).collect();
        let cycles: Vec<usize> = (0..rr).map(|i| n - i).collect();
        store_ints(s, 3, &cycles);
        ix
    } else {
        let mut ix = ints(idx);
        let mut cycles = ints(nc::get(s, 3));
        let mut found = false;
        for i in (0..rr).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let x = ix.remove(i);
                ix.push(x);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                ix.swap(i, n - j);
                found = true;
                break;
            }
        }
        store_ints(s, 3, &cycles);
        if !found {
            return finish(s);
        }
        ix
    };
    store_ints(s, 1, &ix);
    Ok(tuple::new(ix[..rr].iter().map(|&i| p[i]).collect()))
}

fn combinations_new(_r: Value, args: Args) -> PyResult {
    combos_new(args, "combinations", false)
}

fn cwr_new(_r: Value, args: Args) -> PyResult {
    combos_new(args, "combinations_with_replacement", true)
}

fn combos_new(args: Args, name: &str, _wr: bool) -> PyResult {
    let (c, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, name, &["iterable", "r"], &[], 2)?;
    let roots = Roots::new();
    let p = roots.push(pool(b[0].unwrap_or(Value::NONE))?);
    let r = r_arg(b[1])?.unwrap_or(0);
    Ok(nc::instance(
        c,
        vec![p, Value::NONE, small(r), Value::NONE, Value::FALSE],
    ))
}

fn combinations_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::Combinations)?;
    if nc::get(s, 4) == Value::TRUE {
        return Err(nc::stop());
    }
    let p = nc::tuple_items(nc::get(s, 0));
    let n = p.len();
    let rr = iv(nc::get(s, 2)) as usize;
    let finish = |s: State| {
        nc::set(s, 4, Value::TRUE);
        Err(nc::stop())
    };
    if rr > n {
        return finish(s);
    }
    let idx = nc::get(s, 1);
    let ix = if idx.is_none() {
        (0..rr).collect()
    } else {
        let mut ix = ints(idx);
        let Some(i) = (0..rr).rev().find(|&i| ix[i] != i + n - rr) else {
            return finish(s);
        };
        ix[i] += 1;
        for j in i + 1..rr {
            ix[j] = ix[j - 1] + 1;
        }
        ix
    };
    store_ints(s, 1, &ix);
    Ok(tuple::new(ix.iter().map(|&i| p[i]).collect()))
}

fn cwr_next(r: Value, _a: Args) -> PyResult {
    let s = st(r, C::CombinationsWR)?;
    if nc::get(s, 4) == Value::TRUE {
        return Err(nc::stop());
    }
    let p = nc::tuple_items(nc::get(s, 0));
    let n = p.len();
    let rr = iv(nc::get(s, 2)) as usize;
    let finish = |s: State| {
        nc::set(s, 4, Value::TRUE);
        Err(nc::stop())
    };
    if n == 0 && rr > 0 {
        return finish(s);
    }
    let idx = nc::get(s, 1);
    let ix = if idx.is_none() {
        vec![0; rr]
    } else {
        let mut ix = ints(idx);
        let Some(i) = (0..rr).rev().find(|&i| ix[i] != n - 1) else {
            return finish(s);
        };
        let v = ix[i] + 1;
        for x in ix.iter_mut().skip(i) {
            *x = v;
        }
        ix
    };
    store_ints(s, 1, &ix);
    Ok(tuple::new(ix.iter().map(|&i| p[i]).collect()))
}

/// A class: its tag, name, `__new__`, `__next__` and an extra method.
type Spec = (
    C,
    &'static str,
    NativeFn,
    NativeFn,
    Option<(&'static str, NativeFn)>,
);

pub fn init(m: &mut AttrMap) {
    let it: (&str, NativeFn) = ("__iter__", nc::iter_self);
    let specs: [Spec; NCLASSES] = [
        (
            C::Count,
            "count",
            count_new,
            count_next,
            Some(("__repr__", count_repr)),
        ),
        (C::Cycle, "cycle", cycle_new, cycle_next, None),
        (
            C::Repeat,
            "repeat",
            repeat_new,
            repeat_next,
            Some(("__repr__", repeat_repr)),
        ),
        (
            C::Accumulate,
            "accumulate",
            accumulate_new,
            accumulate_next,
            None,
        ),
        (C::Chain, "chain", chain_new, chain_next, None),
        (C::Compress, "compress", compress_new, compress_next, None),
        (
            C::DropWhile,
            "dropwhile",
            dropwhile_new,
            dropwhile_next,
            None,
        ),
        (
            C::FilterFalse,
            "filterfalse",
            filterfalse_new,
            filterfalse_next,
            None,
        ),
        (C::GroupBy, "groupby", groupby_new, groupby_next, None),
        (C::Grouper, "_grouper", no_new, grouper_next, None),
        (C::ISlice, "islice", islice_new, islice_next, None),
        (C::Pairwise, "pairwise", pairwise_new, pairwise_next, None),
        (C::StarMap, "starmap", starmap_new, starmap_next, None),
        (
            C::TakeWhile,
            "takewhile",
            takewhile_new,
            takewhile_next,
            None,
        ),
        (
            C::Tee,
            "_tee",
            no_new,
            tee_next,
            Some(("__copy__", tee_copy)),
        ),
        (
            C::ZipLongest,
            "zip_longest",
            zip_longest_new,
            zip_longest_next,
            None,
        ),
        (C::Product, "product", product_new, product_next, None),
        (
            C::Permutations,
            "permutations",
            permutations_new,
            permutations_next,
            None,
        ),
        (
            C::Combinations,
            "combinations",
            combinations_new,
            combinations_next,
            None,
        ),
        (
            C::CombinationsWR,
            "combinations_with_replacement",
            cwr_new,
            cwr_next,
            None,
        ),
    ];
    let mut classes = [Value::NONE; NCLASSES];
    for (c, name, new, next, extra) in specs {
        let mut methods = vec![("__new__", new), it, ("__next__", next)];
        if let Some(e) = extra {
            methods.push(e);
        }
        if matches!(c, C::Repeat) {
            methods.push(("__length_hint__", repeat_len_hint));
        }
        let k = nc::new_class(name, "itertools", None, &methods);
        classes[c as usize] = k;
        if !name.starts_with('_') {
            m.set(name, k);
        }
    }
    nc::add_classmethod(
        classes[C::Chain as usize],
        "from_iterable",
        chain_from_iterable,
    );
    CLASSES.with(|k| k.set(classes));
    super::add_fn(m, "tee", tee);
}

fn no_new(_r: Value, _args: Args) -> PyResult {
    Err(exc::type_error("cannot create instances of this type"))
}
