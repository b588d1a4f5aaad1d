//! `functools`: reduce, partial, lru_cache/cache, wraps/update_wrapper,
//! cmp_to_key, total_ordering and singledispatch.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol::{self, CmpOp};
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    /// partial, _lru_cache_wrapper, KeyWrapper, cmp_to_key, singledispatch
    /// dispatcher, CacheInfo, the update_wrapper function, cached_property.
    static CLASSES: Cell<[Value; 8]> = const { Cell::new([Value::NONE; 8]) };
}

const PARTIAL: usize = 0;
const LRU: usize = 1;
const KEYWRAPPER: usize = 2;
const CMPTOKEY: usize = 3;
const DISPATCH: usize = 4;
const CACHEINFO: usize = 5;
const UPDATE_WRAPPER: usize = 6;
const CACHED_PROPERTY: usize = 7;

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

fn set_attr(obj: Value, name: &str, v: Value) -> PyResult<()> {
    crate::attr::generic_setattr(obj, name, v)
}

fn reduce(_r: Value, args: Args) -> PyResult {
    args.no_kw("reduce")?;
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(exc::type_error(format!(
            "reduce expected {} arguments, got {}",
            if p.len() < 2 {
                "at least 2"
            } else {
                "at most 3"
            },
            p.len()
        )));
    }
    let roots = Roots::new();
    let it = match protocol::iter(p[1]) {
        Ok(it) => roots.push(it),
        Err(e) => {
            if exc::pending_is("TypeError") {
                exc::take_pending();
                return Err(exc::type_error("reduce() arg 2 must support iteration"));
            }
            return Err(e);
        }
    };
    let acc = roots.slot(Value::NONE);
    let mut cur = p.get(2).copied();
    if let Some(c) = cur {
        roots.set(acc, c);
    }
    while let Some(x) = protocol::next(it)? {
        roots.push(x);
        let v = match cur {
            None => x,
            Some(c) => nc::call(p[0], &[c, x])?,
        };
        roots.set(acc, v);
        cur = Some(v);
    }
    cur.ok_or_else(|| exc::type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial: attributes func, args, keywords

fn partial_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let p = args.pos();
    let Some(&func) = p.first() else {
        return Err(exc::type_error(
            "type 'partial' takes at least one argument",
        ));
    };
    if !crate::builtins::functions::is_callable(func) {
        return Err(exc::type_error("the first argument must be callable"));
    }
    let roots = Roots::new();
    let (func, mut pargs, kw) = match nc::state_of(func, class(PARTIAL)) {
        Some(_) => {
            let f = crate::attr::getattr(func, "func")?;
            let a = nc::tuple_items(crate::attr::getattr(func, "args")?);
            let k = roots.push(crate::attr::getattr(func, "keywords")?);
            let copy = roots.push(dict::new());
            if let (Some(src), Some(dst)) = (dict::as_dict(k), dict::as_dict(copy)) {
                for (key, v) in dict::items(src)? {
                    dict::set(dst, key, v)?;
                }
            }
            (f, a, copy)
        }
        None => (func, Vec::new(), roots.push(dict::new())),
    };
    roots.push(func);
    pargs.extend_from_slice(&p[1..]);
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in args.kw() {
            let key = roots.push(pystr::new(k));
            dict::set(d, key, v)?;
        }
    }
    let a = roots.push(tuple::new(pargs));
    let obj = roots.push(nc::instance(cls, vec![]));
    set_attr(obj, "func", func)?;
    set_attr(obj, "args", a)?;
    set_attr(obj, "keywords", kw)?;
    Ok(obj)
}

fn partial_call(r: Value, args: Args) -> PyResult {
    nc::receiver(r, class(PARTIAL), "__call__")?;
    let roots = Roots::new();
    let func = roots.push(crate::attr::getattr(r, "func")?);
    let mut values = nc::tuple_items(crate::attr::getattr(r, "args")?);
    values.extend_from_slice(args.pos());
    let kw = roots.push(crate::attr::getattr(r, "keywords")?);
    let mut names: Vec<Value> = Vec::new();
    let mut kwvals: Vec<Value> = Vec::new();
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in dict::items(d)? {
            let name = pystr::as_str(k).unwrap_or("");
            if args.kwarg(name).is_none() {
                names.push(k);
                kwvals.push(v);
            }
        }
    }
    for (i, (_, v)) in args.kw().enumerate() {
        names.push(args.kwnames[i]);
        kwvals.push(v);
    }
    values.extend_from_slice(&kwvals);
    roots.extend(&values);
    roots.extend(&names);
    protocol::call(
        func,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

fn partial_repr(r: Value, _a: Args) -> PyResult {
    nc::receiver(r, class(PARTIAL), "__repr__")?;
    let func = crate::attr::getattr(r, "func")?;
    let mut parts = vec![protocol::repr(func)?];
    for a in nc::tuple_items(crate::attr::getattr(r, "args")?) {
        parts.push(protocol::repr(a)?);
    }
    let kw = crate::attr::getattr(r, "keywords")?;
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in dict::items(d)? {
            parts.push(format!(
                "{}={}",
                pystr::as_str(k).unwrap_or(""),
                protocol::repr(v)?
            ));
        }
    }
    let t = types::type_of(r);
    let qual = types::as_type(t).map_or(String::new(), |t| {
        if t.module == "functools" {
            format!("functools.{}", t.qualname)
        } else {
            t.qualname.clone()
        }
    });
    Ok(pystr::from_string(format!("{qual}({})", parts.join(", "))))
}

// ---- update_wrapper / wraps

const ASSIGNED: &[&str] = &["__module__", "__name__", "__qualname__", "__doc__"];

fn update(wrapper: Value, wrapped: Value) -> PyResult<()> {
    let roots = Roots::new();
    for name in ASSIGNED {
        match crate::attr::getattr(wrapped, name) {
            Ok(v) => {
                roots.push(v);
                crate::attr::setattr(wrapper, name, v)?;
            }
            Err(e) => {
                if exc::pending_is("AttributeError") {
                    exc::take_pending();
                } else {
                    return Err(e);
                }
            }
        }
    }
    crate::attr::setattr(wrapper, "__wrapped__", wrapped)
}

fn update_wrapper(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "update_wrapper",
        &["wrapper", "wrapped", "assigned", "updated"],
        &[],
        2,
    )?;
    let wrapper = b[0].unwrap_or(Value::NONE);
    update(wrapper, b[1].unwrap_or(Value::NONE))?;
    Ok(wrapper)
}

fn wraps(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "wraps", &["wrapped", "assigned", "updated"], &[], 1)?;
    let wrapped = b[0].unwrap_or(Value::NONE);
    nc::call_kw(
        class(PARTIAL),
        &[class(UPDATE_WRAPPER)],
        &[("wrapped", wrapped)],
    )
}

// ---- lru_cache: state [func, maxsize or None, cache dict, hits, misses,
// typed]

fn lru_cache(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "lru_cache", &["maxsize", "typed"], &[], 0)?;
    let maxsize = b[0].unwrap_or(Value::small_int(128));
    let typed = Value::bool(protocol::truthy(b[1].unwrap_or(Value::FALSE))?);
    if crate::builtins::functions::is_callable(maxsize)
        && !int::is_int(maxsize)
        && !maxsize.is_none()
    {
        return make_lru(maxsize, Value::small_int(128), typed);
    }
    let maxsize = if maxsize.is_none() {
        Value::NONE
    } else if int::is_int(maxsize) && !maxsize.is_float() {
        int::from_i64(int::to_i64(maxsize).unwrap_or(0).max(0))
    } else {
        return Err(exc::type_error(
            "Expected first argument to be an integer, a callable, or None",
        ));
    };
    let roots = Roots::new();
    let f = roots.push(crate::builtins::native("decorating_function", decorating));
    // A partial carrying the settings.
    nc::call_kw(
        class(PARTIAL),
        &[f],
        &[("maxsize", maxsize), ("typed", typed)],
    )
}

fn decorating(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "decorating_function",
        &["user_function"],
        &["maxsize", "typed"],
        1,
    )?;
    make_lru(
        b[0].unwrap_or(Value::NONE),
        b[1].unwrap_or(Value::NONE),
        b[2].unwrap_or(Value::FALSE),
    )
}

fn cache(_r: Value, args: Args) -> PyResult {
    args.no_kw("cache")?;
    if args.pos().len() != 1 {
        return Err(exc::type_error(format!(
            "cache() takes 1 positional argument but {} were given",
            args.pos().len()
        )));
    }
    make_lru(args.pos()[0], Value::NONE, Value::FALSE)
}

fn make_lru(func: Value, maxsize: Value, typed: Value) -> PyResult {
    let roots = Roots::new();
    let d = roots.push(dict::new());
    let w = roots.push(nc::instance(
        class(LRU),
        vec![
            func,
            maxsize,
            d,
            Value::small_int(0),
            Value::small_int(0),
            typed,
        ],
    ));
    update(w, func)?;
    Ok(w)
}

fn lru_key(args: &Args, typed: bool) -> PyResult<Value> {
    let roots = Roots::new();
    let mut parts: Vec<Value> = args.pos().to_vec();
    if !args.kwnames.is_empty() {
        parts.push(class(LRU));
        for (k, v) in args.kw() {
            parts.push(roots.push(pystr::new(k)));
            parts.push(v);
        }
    }
    if typed {
        let n = parts.len();
        for i in 0..n {
            let t = types::type_of(parts[i]);
            parts.push(t);
        }
    }
    Ok(tuple::new(parts))
}

fn lru_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(LRU), "__call__")?;
    let roots = Roots::new();
    roots.push(r);
    let func = nc::get(s, 0);
    let maxsize = nc::get(s, 1);
    let bump = |i: usize| {
        nc::set(
            s,
            i,
            int::from_i64(int::to_i64(nc::get(s, i)).unwrap_or(0) + 1),
        )
    };
    if maxsize.as_small_int() == Some(0) {
        bump(4);
        return protocol::call(func, args);
    }
    let key = roots.push(lru_key(&args, nc::get(s, 5) == Value::TRUE)?);
    let cache = nc::get(s, 2);
    let Some(d) = dict::as_dict(cache) else {
        return protocol::call(func, args);
    };
    if let Some(v) = dict::get(d, key)? {
        bump(3);
        if !maxsize.is_none() {
            // Most recently used goes last.
            dict::remove(d, key)?;
            dict::set(d, key, v)?;
        }
        return Ok(v);
    }
    bump(4);
    let v = roots.push(protocol::call(func, args)?);
    if dict::get(d, key)?.is_some() {
        return Ok(v);
    }
    dict::set(d, key, v)?;
    if let Some(m) = maxsize.as_small_int() {
        while dict::read(d)?.len() as i64 > m {
            let first = dict::read(d)?.iter().next().map(|(k, _)| k);
            match first {
                Some(k) => {
                    dict::remove(d, k)?;
                }
                None => break,
            }
        }
    }
    Ok(v)
}

fn cache_info(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(LRU), "cache_info")?;
    let n = dict::as_dict(nc::get(s, 2)).map_or(0, |d| d.borrow().len());
    nc::call(
        class(CACHEINFO),
        &[
            nc::get(s, 3),
            nc::get(s, 4),
            nc::get(s, 1),
            int::from_i64(n as i64),
        ],
    )
}

fn cache_clear(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(LRU), "cache_clear")?;
    if let Some(d) = dict::as_dict(nc::get(s, 2)) {
        dict::write(d)?.clear();
    }
    nc::set(s, 3, Value::small_int(0));
    nc::set(s, 4, Value::small_int(0));
    Ok(Value::NONE)
}

fn lru_get(r: Value, args: Args) -> PyResult {
    // Methods decorated with lru_cache bind to their instance.
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        return Ok(r);
    }
    Ok(crate::gc::alloc(Kind::BoundMethod {
        func: r,
        receiver: obj,
    }))
}

// ---- cmp_to_key

fn cmp_to_key(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "cmp_to_key", &["mycmp"], &[], 1)?;
    Ok(nc::instance(
        class(CMPTOKEY),
        vec![b[0].unwrap_or(Value::NONE)],
    ))
}

fn cmp_to_key_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(CMPTOKEY), "__call__")?;
    let b = nc::bind(&args, "K", &["obj"], &[], 1)?;
    Ok(nc::instance(
        class(KEYWRAPPER),
        vec![nc::get(s, 0), b[0].unwrap_or(Value::NONE)],
    ))
}

fn kw_compare(r: Value, args: &Args, op: CmpOp) -> PyResult {
    let s = nc::receiver(r, class(KEYWRAPPER), "__lt__")?;
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let Some(o) = nc::state_of(other, class(KEYWRAPPER)) else {
        return Err(exc::type_error("other argument must be K instance"));
    };
    let res = nc::call(nc::get(s, 0), &[nc::get(s, 1), nc::get(o, 1)])?;
    protocol::compare(op, res, Value::small_int(0))
}

macro_rules! kw_ops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult { kw_compare(r, &args, $op) })*
    };
}

kw_ops! {
    kw_lt => CmpOp::Lt;
    kw_le => CmpOp::Le;
    kw_gt => CmpOp::Gt;
    kw_ge => CmpOp::Ge;
    kw_eq => CmpOp::Eq;
    kw_ne => CmpOp::Ne;
}

fn kw_obj(r: Value, _a: Args) -> PyResult {
    let s = nc::receiver(r, class(KEYWRAPPER), "obj")?;
    Ok(nc::get(s, 1))
}

// ---- total_ordering

const ROOT_ATTR: &str = "__molt_total_ordering_root__";

fn call_root(a: Value, b: Value) -> PyResult<(Value, &'static str)> {
    let cls = types::type_of(a);
    let t = types::as_type(cls).ok_or_else(|| exc::type_error("bad class"))?;
    let root = t
        .lookup(ROOT_ATTR)
        .and_then(pystr::as_str)
        .unwrap_or("__lt__");
    let f = t.lookup(root).unwrap_or(Value::NONE);
    Ok((nc::call(f, &[a, b])?, root))
}

fn derived(args: &Args, target: &str) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(exc::type_error("expected 2 arguments"));
    }
    let (a, b) = (p[0], p[1]);
    let roots = Roots::new();
    let (r, root) = call_root(a, b)?;
    roots.push(r);
    if protocol::is_not_implemented(r) {
        return Ok(r);
    }
    let t = protocol::truthy(r)?;
    let ne = |a, b| -> PyResult<bool> { protocol::truthy(protocol::compare(CmpOp::Ne, a, b)?) };
    let eq = |a, b| -> PyResult<bool> { protocol::truthy(protocol::compare(CmpOp::Eq, a, b)?) };
    let v = match (root, target) {
        ("__lt__", "__gt__") => !t && ne(a, b)?,
        ("__lt__", "__le__") => t || eq(a, b)?,
        ("__lt__", "__ge__") => !t,
        ("__le__", "__ge__") => !t || eq(a, b)?,
        ("__le__", "__lt__") => t && ne(a, b)?,
        ("__le__", "__gt__") => !t,
        ("__gt__", "__lt__") => !t && ne(a, b)?,
        ("__gt__", "__ge__") => t || eq(a, b)?,
        ("__gt__", "__le__") => !t,
        ("__ge__", "__le__") => !t || eq(a, b)?,
        ("__ge__", "__gt__") => t && ne(a, b)?,
        ("__ge__", "__lt__") => !t,
        _ => t,
    };
    Ok(Value::bool(v))
}

fn to_lt(_r: Value, args: Args) -> PyResult {
    derived(&args, "__lt__")
}
fn to_le(_r: Value, args: Args) -> PyResult {
    derived(&args, "__le__")
}
fn to_gt(_r: Value, args: Args) -> PyResult {
    derived(&args, "__gt__")
}
fn to_ge(_r: Value, args: Args) -> PyResult {
    derived(&args, "__ge__")
}

fn total_ordering(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "total_ordering", &["cls"], &[], 1)?;
    let cls = b[0].unwrap_or(Value::NONE);
    let Some(t) = types::as_type(cls) else {
        return Err(exc::type_error("total_ordering expects a class"));
    };
    let ops = ["__lt__", "__le__", "__gt__", "__ge__"];
    let object = types::as_type(types::builtin_type(types::Ty::Object));
    let roots: Vec<&str> = ops
        .iter()
        .copied()
        .filter(|op| {
            let mine = t.lookup(op);
            mine.is_some() && mine != object.and_then(|o| o.lookup(op))
        })
        .collect();
    let Some(root) = roots.first().copied() else {
        return Err(exc::value_error(
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    let fns: [(&str, crate::objects::function::NativeFn); 4] = [
        ("__lt__", to_lt),
        ("__le__", to_le),
        ("__gt__", to_gt),
        ("__ge__", to_ge),
    ];
    let mut d = t.dict.borrow_mut();
    d.set(ROOT_ATTR, pystr::new(root));
    for (name, f) in fns {
        if !roots.contains(&name) {
            d.set(name, crate::builtins::native(name, f));
        }
    }
    Ok(cls)
}

// ---- singledispatch: state [default func, registry dict]

fn singledispatch(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "singledispatch", &["func"], &[], 1)?;
    let func = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let reg = roots.push(dict::new());
    if let Some(d) = dict::as_dict(reg) {
        dict::set(d, types::builtin_type(types::Ty::Object), func)?;
    }
    let w = roots.push(nc::instance(class(DISPATCH), vec![func, reg]));
    update(w, func)?;
    set_attr(w, "registry", reg)?;
    Ok(w)
}

fn find_impl(s: &'static std::cell::RefCell<Vec<Value>>, cls: Value) -> PyResult {
    let reg = nc::get(s, 1);
    let Some(d) = dict::as_dict(reg) else {
        return Ok(nc::get(s, 0));
    };
    let mut mro = vec![cls];
    if let Some(t) = types::as_type(cls) {
        mro.extend_from_slice(&t.mro);
    }
    for c in mro {
        if let Some(f) = dict::get(d, c)? {
            return Ok(f);
        }
    }
    Ok(nc::get(s, 0))
}

fn dispatch_call(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(DISPATCH), "__call__")?;
    let Some(&first) = args.pos().first() else {
        return Err(exc::type_error(format!(
            "{} requires at least 1 positional argument",
            pystr::as_str(crate::attr::getattr(r, "__name__")?).unwrap_or("?")
        )));
    };
    let roots = Roots::new();
    let f = roots.push(find_impl(s, types::type_of(first))?);
    protocol::call(f, args)
}

fn dispatch_dispatch(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(DISPATCH), "dispatch")?;
    let b = nc::bind(&args, "dispatch", &["cls"], &[], 1)?;
    find_impl(s, b[0].unwrap_or(Value::NONE))
}

fn register_fn(_r: Value, args: Args) -> PyResult {
    // The decorator returned by register(cls): partial(register_fn, d, cls).
    let p = args.pos();
    if p.len() != 3 {
        return Err(exc::type_error("register() expects a function"));
    }
    let Some(s) = nc::state_of(p[0], class(DISPATCH)) else {
        return Err(exc::type_error("register() on a non-dispatcher"));
    };
    if let Some(d) = dict::as_dict(nc::get(s, 1)) {
        dict::set(d, p[1], p[2])?;
    }
    Ok(p[2])
}

fn dispatch_register(r: Value, args: Args) -> PyResult {
    let s = nc::receiver(r, class(DISPATCH), "register")?;
    let b = nc::bind(&args, "register", &["cls", "func"], &[], 1)?;
    let cls = b[0].unwrap_or(Value::NONE);
    if types::as_type(cls).is_none() {
        return Err(exc::type_error(format!(
            "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
            protocol::repr(cls)?
        )));
    }
    match b[1] {
        Some(f) => {
            if let Some(d) = dict::as_dict(nc::get(s, 1)) {
                dict::set(d, cls, f)?;
            }
            Ok(f)
        }
        None => {
            let roots = Roots::new();
            let rf = roots.push(crate::builtins::native("register", register_fn));
            nc::call(class(PARTIAL), &[rf, r, cls])
        }
    }
}

pub fn init(m: &mut AttrMap) {
    let partial = nc::new_class(
        "partial",
        "functools",
        None,
        &[
            ("__new__", partial_new),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
        ],
    );
    let lru = nc::new_class(
        "_lru_cache_wrapper",
        "functools",
        None,
        &[
            ("__call__", lru_call),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("__get__", lru_get),
        ],
    );
    let kw = nc::new_class(
        "KeyWrapper",
        "functools",
        None,
        &[
            ("__lt__", kw_lt),
            ("__le__", kw_le),
            ("__gt__", kw_gt),
            ("__ge__", kw_ge),
            ("__eq__", kw_eq),
            ("__ne__", kw_ne),
        ],
    );
    nc::set_class_attr(kw, "__hash__", Value::NONE);
    nc::set_class_attr(
        kw,
        "obj",
        crate::gc::alloc_permanent(Kind::Property {
            fget: crate::builtins::native("obj", kw_obj_fget),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        }),
    );
    let _ = kw_obj;
    let ctk = nc::new_class(
        "cmp_to_key",
        "functools",
        None,
        &[("__call__", cmp_to_key_call)],
    );
    let disp = nc::new_class(
        "singledispatch",
        "functools",
        None,
        &[
            ("__call__", dispatch_call),
            ("dispatch", dispatch_dispatch),
            ("register", dispatch_register),
        ],
    );
    let cache_info_cls = super::collections::namedtuple_class(
        "CacheInfo",
        "functools",
        &["hits", "misses", "maxsize", "currsize"],
    );
    let uw = crate::builtins::native("update_wrapper", update_wrapper);
    let cached = nc::new_class(
        "cached_property",
        "functools",
        None,
        &[
            ("__new__", cached_property_new),
            ("__set_name__", cached_property_set_name),
            ("__get__", cached_property_get),
        ],
    );
    CLASSES.with(|c| c.set([partial, lru, kw, ctk, disp, cache_info_cls, uw, cached]));
    m.set("partial", partial);
    m.set("cached_property", cached);
    m.set("update_wrapper", uw);
    m.set(
        "WRAPPER_ASSIGNMENTS",
        tuple::new(ASSIGNED.iter().map(|s| pystr::new(s)).collect()),
    );
    m.set("WRAPPER_UPDATES", tuple::new(vec![pystr::new("__dict__")]));
    super::add_fn(m, "reduce", reduce);
    super::add_fn(m, "wraps", wraps);
    super::add_fn(m, "lru_cache", lru_cache);
    super::add_fn(m, "cache", cache);
    super::add_fn(m, "cmp_to_key", cmp_to_key);
    super::add_fn(m, "total_ordering", total_ordering);
    super::add_fn(m, "singledispatch", singledispatch);
    let _ = list::new;
}

// ---- cached_property: a non-data descriptor that stores the computed
// value in the instance's attributes, which then shadow it. State:
// [func, attrname or None].

fn cached_property_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let b = nc::bind(&args, "cached_property", &["func"], &[], 1)?;
    let func = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![func, Value::NONE]));
    let doc = match crate::attr::getattr(func, "__doc__") {
        Ok(d) => d,
        Err(_) => {
            exc::take_pending();
            Value::NONE
        }
    };
    set_attr(obj, "__doc__", doc)?;
    Ok(obj)
}

fn cached_property_set_name(r: Value, args: Args) -> PyResult {
    args.check("__set_name__", 2, 2, &[])?;
    let s = nc::receiver(r, class(CACHED_PROPERTY), "__set_name__")?;
    let name = args.pos()[1];
    let current = nc::get(s, 1);
    if current.is_none() {
        nc::set(s, 1, name);
    } else if !protocol::truthy(protocol::compare(protocol::CmpOp::Eq, current, name)?)? {
        return Err(exc::type_error(format!(
            "Cannot assign the same cached_property to two different names ({} and {}).",
            protocol::repr(current)?,
            protocol::repr(name)?
        )));
    }
    Ok(Value::NONE)
}

fn cached_property_get(r: Value, args: Args) -> PyResult {
    args.check("__get__", 1, 2, &[])?;
    let s = nc::receiver(r, class(CACHED_PROPERTY), "__get__")?;
    let instance = args.pos()[0];
    if instance.is_none() {
        return Ok(r);
    }
    let Some(name) = pystr::as_str(nc::get(s, 1)) else {
        return Err(exc::type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    };
    let has_dict = types::as_type(types::type_of(instance)).is_none_or(|t| t.slots.borrow().dict);
    let Some(Kind::Instance(i)) = instance.obj().map(|o| &o.kind).filter(|_| has_dict) else {
        return Err(exc::type_error(format!(
            "No '__dict__' attribute on '{}' instance to cache '{name}' property.",
            protocol::type_name(instance)
        )));
    };
    if let Some(v) = i.attrs.borrow().get(name) {
        return Ok(v);
    }
    let roots = Roots::new();
    let v = roots.push(nc::call(nc::get(s, 0), &[instance])?);
    crate::attr::generic_setattr(instance, name, v)?;
    Ok(v)
}

fn kw_obj_fget(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    kw_obj(obj, Args::positional(&[]))
}
