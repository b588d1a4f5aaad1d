//! `collections`: deque, defaultdict, Counter, OrderedDict, namedtuple and
//! ChainMap. The dict flavours keep their entries in an inner dict (state
//! slot 0) and forward the mapping protocol to it; namedtuple classes keep
//! a tuple and expose the fields as properties.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::{self, AttrMap};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    /// deque, defaultdict, Counter, OrderedDict, ChainMap, the namedtuple
    /// base.
    static CLASSES: Cell<[Value; 6]> = const { Cell::new([Value::NONE; 6]) };
}

const DEQUE: usize = 0;
const COUNTER: usize = 2;
const ORDERED: usize = 3;
const NTBASE: usize = 5;

fn class(i: usize) -> Value {
    CLASSES.with(|c| c.get()[i])
}

/// The `collections.abc` class each of these classes is registered with,
/// as in CPython (namedtuples are tuples there, so sequences).
pub fn abc_registrations() -> Vec<(Value, &'static str)> {
    let names = [
        "MutableSequence",
        "MutableMapping",
        "MutableMapping",
        "MutableMapping",
        "MutableMapping",
        "Sequence",
    ];
    CLASSES
        .with(|c| c.get())
        .into_iter()
        .zip(names)
        .filter(|(c, _)| !c.is_none())
        .collect()
}

type State = &'static RefCell<Vec<Value>>;

fn key_error(k: Value) -> exc::Raised {
    exc::raise(exc::new_exc_with_args("KeyError", &[k]))
}

// ================================================================ deque
// state [items list, maxlen or None]

fn dq(r: Value, m: &str) -> PyResult<(State, &'static RefCell<Vec<Value>>)> {
    let s = nc::receiver(r, class(DEQUE), m)?;
    let l = list::as_list(nc::get(s, 0)).ok_or_else(|| exc::type_error("bad deque"))?;
    Ok((s, l))
}

fn maxlen(s: State) -> Option<usize> {
    int::to_i64(nc::get(s, 1)).map(|m| m.max(0) as usize)
}

fn deque_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let l = roots.push(list::new(Vec::new()));
    let obj = roots.push(nc::instance(cls, vec![l, Value::NONE]));
    if nc::runs_native_init(cls) {
        deque_init(obj, args)?;
    }
    Ok(obj)
}

fn deque_init(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "__init__")?;
    let b = nc::bind(&args, "deque", &["iterable", "maxlen"], &[], 0)?;
    let ml = match b[1].filter(|v| !v.is_none()) {
        Some(v) => {
            let m = nc::int_arg(v)?;
            if m < 0 {
                return Err(exc::value_error("maxlen must be non-negative"));
            }
            int::from_i64(m)
        }
        None => Value::NONE,
    };
    nc::set(s, 1, ml);
    l.borrow_mut().clear();
    if let Some(it) = b[0] {
        extend(s, l, it, false)?;
    }
    Ok(Value::NONE)
}

fn push(s: State, l: &RefCell<Vec<Value>>, v: Value, left: bool) {
    let mut l = l.borrow_mut();
    if maxlen(s) == Some(0) {
        return;
    }
    if left {
        l.insert(0, v);
    } else {
        l.push(v);
    }
    if let Some(m) = maxlen(s) {
        while l.len() > m {
            if left {
                l.pop();
            } else {
                l.remove(0);
            }
        }
    }
    gc::account(8);
}

fn extend(s: State, l: &RefCell<Vec<Value>>, it: Value, left: bool) -> PyResult<()> {
    let items = protocol::collect(it)?;
    for v in items {
        push(s, l, v, left);
    }
    Ok(())
}

fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kw(name)?;
    if args.pos().len() != 1 {
        return Err(exc::type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            args.pos().len()
        )));
    }
    Ok(args.pos()[0])
}

fn deque_append(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "append")?;
    push(s, l, one_arg(&args, "append")?, false);
    Ok(Value::NONE)
}

fn deque_appendleft(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "appendleft")?;
    push(s, l, one_arg(&args, "appendleft")?, true);
    Ok(Value::NONE)
}

fn deque_pop(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "pop")?;
    args.check("pop", 0, 0, &[])?;
    let v = l.borrow_mut().pop();
    v.ok_or_else(|| exc::raise_new("IndexError", "pop from an empty deque"))
}

fn deque_popleft(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "popleft")?;
    args.check("popleft", 0, 0, &[])?;
    let mut b = l.borrow_mut();
    if b.is_empty() {
        return Err(exc::raise_new("IndexError", "pop from an empty deque"));
    }
    Ok(b.remove(0))
}

fn deque_extend(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "extend")?;
    extend(s, l, one_arg(&args, "extend")?, false)?;
    Ok(Value::NONE)
}

fn deque_iadd(r: Value, args: Args) -> PyResult {
    deque_extend(r, args)?;
    Ok(r)
}

fn deque_extendleft(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "extendleft")?;
    extend(s, l, one_arg(&args, "extendleft")?, true)?;
    Ok(Value::NONE)
}

fn deque_rotate(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "rotate")?;
    args.check("rotate", 0, 1, &[])?;
    let n = match args.pos().first() {
        Some(v) => nc::int_arg(*v)?,
        None => 1,
    };
    let mut b = l.borrow_mut();
    let len = b.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        b.rotate_right(k);
    }
    Ok(Value::NONE)
}

fn deque_clear(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "clear")?;
    args.check("clear", 0, 0, &[])?;
    l.borrow_mut().clear();
    Ok(Value::NONE)
}

fn deque_reverse(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "reverse")?;
    args.check("reverse", 0, 0, &[])?;
    l.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn deque_count(r: Value, args: Args) -> PyResult {
    let (s, _) = dq(r, "count")?;
    let x = one_arg(&args, "count")?;
    let roots = Roots::new();
    let items = roots.push(nc::get(s, 0));
    let _ = items;
    let mut n = 0;
    for v in nc::list_items(nc::get(s, 0)) {
        if v == x || protocol::eq(v, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn position(s: State, x: Value) -> PyResult<Option<usize>> {
    let roots = Roots::new();
    let items = nc::list_items(nc::get(s, 0));
    roots.extend(&items);
    for (i, v) in items.into_iter().enumerate() {
        if v == x || protocol::eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_remove(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "remove")?;
    let x = one_arg(&args, "remove")?;
    match position(s, x)? {
        Some(i) if i < l.borrow().len() => {
            l.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        _ => Err(exc::value_error(format!(
            "{} is not in deque",
            protocol::repr(x)?
        ))),
    }
}

fn deque_index(r: Value, args: Args) -> PyResult {
    let (s, _) = dq(r, "index")?;
    args.check("index", 1, 3, &[])?;
    let x = args.pos()[0];
    match position(s, x)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(exc::value_error(format!(
            "{} is not in deque",
            protocol::repr(x)?
        ))),
    }
}

fn deque_insert(r: Value, args: Args) -> PyResult {
    let (s, l) = dq(r, "insert")?;
    args.check("insert", 2, 2, &[])?;
    let i = nc::int_arg(args.pos()[0])?;
    if let Some(m) = maxlen(s) {
        if l.borrow().len() >= m {
            return Err(exc::raise_new(
                "IndexError",
                "deque already at its maximum size",
            ));
        }
    }
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    b.insert(at, args.pos()[1]);
    Ok(Value::NONE)
}

fn deque_index_of(l: &RefCell<Vec<Value>>, k: Value) -> PyResult<usize> {
    if (!int::is_int(k) || k.is_float()) && protocol::special(k, "__index__").is_none() {
        {
            return Err(exc::type_error(format!(
                "sequence index must be integer, not '{}'",
                type_name(k)
            )));
        }
    }
    let i = protocol::index_value(k)?;
    let n = l.borrow().len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(exc::raise_new("IndexError", "deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "__getitem__")?;
    let i = deque_index_of(l, one_arg(&args, "__getitem__")?)?;
    l.borrow()
        .get(i)
        .copied()
        .ok_or_else(|| exc::raise_new("IndexError", "deque index out of range"))
}

fn deque_setitem(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "__setitem__")?;
    args.check("__setitem__", 2, 2, &[])?;
    let i = deque_index_of(l, args.pos()[0])?;
    if let Some(x) = l.borrow_mut().get_mut(i) {
        *x = args.pos()[1];
    }
    Ok(Value::NONE)
}

fn deque_delitem(r: Value, args: Args) -> PyResult {
    let (_, l) = dq(r, "__delitem__")?;
    let i = deque_index_of(l, one_arg(&args, "__delitem__")?)?;
    l.borrow_mut().remove(i);
    Ok(Value::NONE)
}

fn deque_len(r: Value, _a: Args) -> PyResult {
    let (_, l) = dq(r, "__len__")?;
    Ok(int::from_i64(l.borrow().len() as i64))
}

fn deque_iter(r: Value, _a: Args) -> PyResult {
    let (s, _) = dq(r, "__iter__")?;
    protocol::iter(nc::get(s, 0))
}

fn deque_reversed(r: Value, _a: Args) -> PyResult {
    let (_, l) = dq(r, "__reversed__")?;
    let mut v = l.borrow().clone();
    v.reverse();
    let roots = Roots::new();
    let t = roots.push(tuple::new(v));
    protocol::iter(t)
}

fn deque_contains(r: Value, args: Args) -> PyResult {
    let (s, _) = dq(r, "__contains__")?;
    Ok(Value::bool(
        position(s, one_arg(&args, "__contains__")?)?.is_some(),
    ))
}

fn deque_repr(r: Value, _a: Args) -> PyResult {
    let (s, _) = dq(r, "__repr__")?;
    let items = nc::reprs(&nc::list_items(nc::get(s, 0)))?;
    let name = nc::class_name(r);
    Ok(pystr::from_string(match maxlen(s) {
        Some(m) => format!("{name}([{items}], maxlen={m})"),
        None => format!("{name}([{items}])"),
    }))
}

fn deque_maxlen(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    let (s, _) = dq(obj, "maxlen")?;
    Ok(nc::get(s, 1))
}

fn deque_copy(r: Value, _a: Args) -> PyResult {
    let (s, l) = dq(r, "copy")?;
    let roots = Roots::new();
    let nl = roots.push(list::new(l.borrow().clone()));
    Ok(nc::instance(types::type_of(r), vec![nl, nc::get(s, 1)]))
}

fn deque_add(r: Value, args: Args) -> PyResult {
    let other = one_arg(&args, "__add__")?;
    if nc::state_of(other, class(DEQUE)).is_none() {
        return Err(exc::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(other)
        )));
    }
    let roots = Roots::new();
    let c = roots.push(deque_copy(r, Args::positional(&[]))?);
    let (s, l) = dq(c, "__add__")?;
    extend(s, l, other, false)?;
    Ok(c)
}

fn deque_compare(r: Value, args: &Args, op: CmpOp) -> PyResult {
    let (s, _) = dq(r, "__eq__")?;
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let Some(o) = nc::state_of(other, class(DEQUE)) else {
        return Ok(protocol::not_implemented());
    };
    let roots = Roots::new();
    let a = roots.push(nc::get(s, 0));
    let b = roots.push(nc::get(o, 0));
    protocol::compare(op, a, b)
}

macro_rules! deque_cmps {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult { deque_compare(r, &args, $op) })*
    };
}

deque_cmps! {
    deque_eq => CmpOp::Eq;
    deque_ne => CmpOp::Ne;
    deque_lt => CmpOp::Lt;
    deque_le => CmpOp::Le;
    deque_gt => CmpOp::Gt;
    deque_ge => CmpOp::Ge;
}

// ======================================================= dict flavours
// state [inner dict, ...]; defaultdict keeps `default_factory` as an
// attribute.

fn inner(r: Value) -> PyResult<Value> {
    match nc::state(r) {
        Some(s) => Ok(nc::get(s, 0)),
        None => Err(exc::type_error(format!(
            "descriptor requires a mapping object but received a '{}'",
            type_name(r)
        ))),
    }
}

fn inner_dict(r: Value) -> PyResult<&'static RefCell<dict::DictObj>> {
    dict::as_dict(inner(r)?).ok_or_else(|| exc::type_error("bad mapping"))
}

/// The inner dict of a dict flavour, or a plain dict itself.
fn as_mapping_dict(v: Value) -> Option<Value> {
    if dict::as_dict(v).is_some() {
        return Some(v);
    }
    let s = nc::state(v)?;
    let d = nc::get(s, 0);
    dict::as_dict(d).map(|_| d)
}

macro_rules! forward {
    ($($name:ident => $method:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult {
            let d = inner(r)?;
            let roots = Roots::new();
            roots.push(d);
            crate::entry::call_method(d, $method, args)
        })*
    };
}

forward! {
    fwd_keys => "keys";
    fwd_values => "values";
    fwd_items => "items";
    fwd_get => "get";
    fwd_pop => "pop";
    fwd_setdefault => "setdefault";
    fwd_clear => "clear";
}

fn map_len(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(inner_dict(r)?.borrow().len() as i64))
}

fn map_iter(r: Value, _a: Args) -> PyResult {
    protocol::iter(inner(r)?)
}

fn map_contains(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::bool(dict::get(inner_dict(r)?, k)?.is_some()))
}

fn map_getitem(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    if let Some(v) = dict::get(inner_dict(r)?, k)? {
        return Ok(v);
    }
    match types::as_type(types::type_of(r)).and_then(|t| t.lookup("__missing__")) {
        Some(m) => {
            let bound = crate::attr::bind(m, r, types::type_of(r))?;
            let roots = Roots::new();
            roots.push(bound);
            nc::call(bound, &[k])
        }
        None => Err(key_error(k)),
    }
}

fn map_setitem(r: Value, args: Args) -> PyResult {
    args.check("__setitem__", 2, 2, &[])?;
    dict::set(inner_dict(r)?, args.pos()[0], args.pos()[1])?;
    Ok(Value::NONE)
}

fn map_delitem(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    match dict::remove(inner_dict(r)?, k)? {
        Some(_) => Ok(Value::NONE),
        None => Err(key_error(k)),
    }
}

fn map_update_from(r: Value, args: &Args) -> PyResult<()> {
    let d = inner(r)?;
    let roots = Roots::new();
    roots.push(d);
    let p = args.pos();
    if let Some(&src) = p.first() {
        let src = as_mapping_dict(src).unwrap_or(src);
        crate::entry::call_method(d, "update", Args::positional(&[src]))?;
    }
    if !args.kwnames.is_empty() {
        let dd = inner_dict(r)?;
        for (k, v) in args.kw() {
            let key = roots.push(pystr::new(k));
            dict::set(dd, key, v)?;
        }
    }
    Ok(())
}

fn map_update(r: Value, args: Args) -> PyResult {
    map_update_from(r, &args)?;
    Ok(Value::NONE)
}

fn map_eq(r: Value, args: Args) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let Some(o) = as_mapping_dict(other) else {
        return Ok(protocol::not_implemented());
    };
    let roots = Roots::new();
    let me = roots.push(inner(r)?);
    // Two OrderedDicts compare in order.
    if types::isinstance(r, class(ORDERED)) && types::isinstance(other, class(ORDERED)) {
        let a = roots.push(list::new(
            dict::items(inner_dict(r)?)?
                .into_iter()
                .map(|(k, v)| tuple::new(vec![k, v]))
                .collect(),
        ));
        let od = dict::as_dict(o).ok_or_else(|| exc::type_error("bad mapping"))?;
        let mut items = Vec::new();
        for (k, v) in dict::items(od)? {
            items.push(roots.push(tuple::new(vec![k, v])));
        }
        let b = roots.push(list::new(items));
        return protocol::compare(CmpOp::Eq, a, b);
    }
    protocol::compare(CmpOp::Eq, me, o)
}

fn map_ne(r: Value, args: Args) -> PyResult {
    let e = map_eq(r, args)?;
    if protocol::is_not_implemented(e) {
        return Ok(e);
    }
    Ok(Value::bool(!protocol::truthy(e)?))
}

fn map_popitem(r: Value, args: Args) -> PyResult {
    let d = inner(r)?;
    crate::entry::call_method(d, "popitem", args)
}

fn dict_repr(r: Value) -> PyResult<String> {
    protocol::repr(inner(r)?)
}

fn new_mapping(cls: Value, extra: Vec<Value>) -> Value {
    let roots = Roots::new();
    let d = roots.push(dict::new());
    let mut st = vec![d];
    st.extend(extra);
    nc::instance(cls, st)
}

fn map_copy(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let cls = types::type_of(r);
    let c = roots.push(new_mapping(cls, vec![]));
    if let Ok(f) = crate::attr::getattr(r, "default_factory") {
        crate::attr::generic_setattr(c, "default_factory", f)?;
    } else {
        exc::take_pending();
    }
    let src = inner(r)?;
    let d = inner(c)?;
    crate::entry::call_method(d, "update", Args::positional(&[src]))?;
    Ok(c)
}

const MAPPING_METHODS: &[(&str, NativeFn)] = &[
    ("keys", fwd_keys),
    ("values", fwd_values),
    ("items", fwd_items),
    ("get", fwd_get),
    ("pop", fwd_pop),
    ("popitem", map_popitem),
    ("setdefault", fwd_setdefault),
    ("clear", fwd_clear),
    ("update", map_update),
    ("copy", map_copy),
    ("__copy__", map_copy),
    ("__len__", map_len),
    ("__iter__", map_iter),
    ("__contains__", map_contains),
    ("__getitem__", map_getitem),
    ("__setitem__", map_setitem),
    ("__delitem__", map_delitem),
    ("__eq__", map_eq),
    ("__ne__", map_ne),
];

// ---- defaultdict

fn defaultdict_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let obj = roots.push(new_mapping(cls, vec![]));
    let p = args.pos();
    let factory = p.first().copied().unwrap_or(Value::NONE);
    if !factory.is_none() && !crate::builtins::functions::is_callable(factory) {
        return Err(exc::type_error("first argument must be callable or None"));
    }
    crate::attr::generic_setattr(obj, "default_factory", factory)?;
    let rest = if p.is_empty() {
        args.values
    } else {
        &args.values[1..]
    };
    map_update_from(
        obj,
        &Args {
            values: rest,
            kwnames: args.kwnames,
        },
    )?;
    Ok(obj)
}

fn defaultdict_missing(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    let f = crate::attr::getattr(r, "default_factory")?;
    if f.is_none() {
        return Err(key_error(k));
    }
    let roots = Roots::new();
    let v = roots.push(protocol::call0(f)?);
    dict::set(inner_dict(r)?, k, v)?;
    Ok(v)
}

fn defaultdict_repr(r: Value, _a: Args) -> PyResult {
    let f = crate::attr::getattr(r, "default_factory")?;
    let fr = if f.is_none() {
        "None".to_string()
    } else {
        protocol::repr(f)?
    };
    Ok(pystr::from_string(format!(
        "{}({fr}, {})",
        nc::class_name(r),
        dict_repr(r)?
    )))
}

// ---- OrderedDict

fn ordered_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    if args.pos().len() > 1 {
        return Err(exc::type_error(format!(
            "OrderedDict expected at most 1 arguments, got {}",
            args.pos().len()
        )));
    }
    let roots = Roots::new();
    let obj = roots.push(new_mapping(cls, vec![]));
    map_update_from(obj, &args)?;
    Ok(obj)
}

fn ordered_repr(r: Value, _a: Args) -> PyResult {
    let items = dict::items(inner_dict(r)?)?;
    let name = nc::class_name(r);
    if items.is_empty() {
        return Ok(pystr::from_string(format!("{name}()")));
    }
    let mut parts = Vec::new();
    for (k, v) in items {
        parts.push(format!("({}, {})", protocol::repr(k)?, protocol::repr(v)?));
    }
    Ok(pystr::from_string(format!(
        "{name}([{}])",
        parts.join(", ")
    )))
}

fn ordered_move_to_end(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "move_to_end", &["key", "last"], &[], 1)?;
    let k = b[0].unwrap_or(Value::NONE);
    let last = protocol::truthy(b[1].unwrap_or(Value::TRUE))?;
    let d = inner_dict(r)?;
    let Some(v) = dict::remove(d, k)? else {
        return Err(key_error(k));
    };
    let roots = Roots::new();
    roots.push(v);
    if last {
        dict::set(d, k, v)?;
    } else {
        let rest = dict::items(d)?;
        for (kk, vv) in &rest {
            roots.push(*kk);
            roots.push(*vv);
        }
        dict::write(d)?.clear();
        dict::set(d, k, v)?;
        for (kk, vv) in rest {
            dict::set(d, kk, vv)?;
        }
    }
    Ok(Value::NONE)
}

fn ordered_popitem(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "popitem", &["last"], &[], 0)?;
    let last = protocol::truthy(b[0].unwrap_or(Value::TRUE))?;
    let d = inner_dict(r)?;
    let items = dict::items(d)?;
    let pick = if last { items.last() } else { items.first() };
    let Some(&(k, v)) = pick else {
        return Err(exc::raise_new("KeyError", "dictionary is empty"));
    };
    let roots = Roots::new();
    roots.push(k);
    roots.push(v);
    dict::remove(d, k)?;
    Ok(tuple::new(vec![k, v]))
}

// ---- Counter

fn count_of(d: &RefCell<dict::DictObj>, k: Value) -> PyResult<Value> {
    Ok(dict::get(d, k)?.unwrap_or(Value::small_int(0)))
}

fn counter_add_from(r: Value, src: Value, sign: BinOp) -> PyResult<()> {
    let d = inner_dict(r)?;
    let roots = Roots::new();
    if let Some(m) = as_mapping_dict(src) {
        let md = dict::as_dict(m).ok_or_else(|| exc::type_error("bad mapping"))?;
        let items = dict::items(md)?;
        let empty = d.borrow().is_empty();
        for (k, v) in items {
            roots.push(k);
            roots.push(v);
            let nv = if empty && sign == BinOp::Add {
                v
            } else {
                let cur = roots.push(count_of(d, k)?);
                crate::ops::binop(sign, cur, v)?
            };
            dict::set(d, k, nv)?;
        }
        return Ok(());
    }
    if nc::state(src).is_some() || protocol::special(src, "keys").is_some() {
        let keys = roots.push(crate::entry::call_method(
            src,
            "keys",
            Args::positional(&[]),
        )?);
        for k in protocol::collect(keys)? {
            roots.push(k);
            let v = roots.push(crate::attr::getitem(src, k)?);
            let cur = roots.push(count_of(d, k)?);
            let nv = crate::ops::binop(sign, cur, v)?;
            dict::set(d, k, nv)?;
        }
        return Ok(());
    }
    let it = roots.push(protocol::iter(src)?);
    let one = Value::small_int(1);
    while let Some(k) = protocol::next(it)? {
        roots.push(k);
        let cur = roots.push(count_of(d, k)?);
        let nv = crate::ops::binop(sign, cur, one)?;
        dict::set(d, k, nv)?;
    }
    Ok(())
}

fn counter_update_args(r: Value, args: &Args, sign: BinOp, name: &str) -> PyResult<()> {
    if args.pos().len() > 1 {
        return Err(exc::type_error(format!(
            "expected at most 1 arguments, got {}",
            args.pos().len()
        )));
    }
    let _ = name;
    if let Some(&src) = args.pos().first() {
        if !src.is_none() {
            counter_add_from(r, src, sign)?;
        }
    }
    if !args.kwnames.is_empty() {
        let roots = Roots::new();
        let kw = roots.push(dict::new());
        if let Some(kd) = dict::as_dict(kw) {
            for (k, v) in args.kw() {
                let key = roots.push(pystr::new(k));
                dict::set(kd, key, v)?;
            }
        }
        counter_add_from(r, kw, sign)?;
    }
    Ok(())
}

fn counter_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let obj = roots.push(new_mapping(cls, vec![]));
    counter_update_args(obj, &args, BinOp::Add, "Counter")?;
    Ok(obj)
}

fn counter_update(r: Value, args: Args) -> PyResult {
    counter_update_args(r, &args, BinOp::Add, "update")?;
    Ok(Value::NONE)
}

fn counter_subtract(r: Value, args: Args) -> PyResult {
    counter_update_args(r, &args, BinOp::Sub, "subtract")?;
    Ok(Value::NONE)
}

fn counter_missing(_r: Value, _a: Args) -> PyResult {
    Ok(Value::small_int(0))
}

/// Items sorted by count, largest first, ties in insertion order.
fn most_common_items(r: Value) -> PyResult<Vec<Value>> {
    let roots = Roots::new();
    let mut items = Vec::new();
    for (k, v) in dict::items(inner_dict(r)?)? {
        items.push(roots.push(tuple::new(vec![k, v])));
    }
    let l = roots.push(list::new(items));
    let key = roots.push(super::operator::make_itemgetter(Value::small_int(1)));
    nc::call_method_kw(l, "sort", &[], &[("key", key), ("reverse", Value::TRUE)])?;
    Ok(nc::list_items(l))
}

fn counter_most_common(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "most_common", &["n"], &[], 0)?;
    let mut items = most_common_items(r)?;
    if let Some(n) = b[0].filter(|v| !v.is_none()) {
        let n = nc::int_arg(n)?;
        items.truncate(n.max(0) as usize);
    }
    Ok(list::new(items))
}

fn counter_elements(r: Value, _a: Args) -> PyResult {
    let mut out = Vec::new();
    for (k, v) in dict::items(inner_dict(r)?)? {
        let n = int::to_i64(v).unwrap_or(0);
        for _ in 0..n.max(0) {
            out.push(k);
        }
    }
    let roots = Roots::new();
    let l = roots.push(list::new(out));
    protocol::iter(l)
}

fn counter_total(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let acc = roots.slot(Value::small_int(0));
    let mut total = Value::small_int(0);
    for (_, v) in dict::items(inner_dict(r)?)? {
        total = crate::ops::binop(BinOp::Add, total, v)?;
        roots.set(acc, total);
    }
    Ok(total)
}

fn counter_repr(r: Value, _a: Args) -> PyResult {
    let name = nc::class_name(r);
    if inner_dict(r)?.borrow().is_empty() {
        return Ok(pystr::from_string(format!("{name}()")));
    }
    let items = most_common_items(r)?;
    let roots = Roots::new();
    roots.extend(&items);
    let mut parts = Vec::new();
    for t in items {
        let kv = nc::tuple_items(t);
        parts.push(format!(
            "{}: {}",
            protocol::repr(kv[0])?,
            protocol::repr(kv[1])?
        ));
    }
    Ok(pystr::from_string(format!(
        "{name}({{{}}})",
        parts.join(", ")
    )))
}

fn positive(v: Value) -> PyResult<bool> {
    protocol::truthy(protocol::compare(CmpOp::Gt, v, Value::small_int(0))?)
}

fn counter_binop(r: Value, args: &Args, which: u8) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    if nc::state_of(other, class(COUNTER)).is_none() {
        return Ok(protocol::not_implemented());
    }
    let roots = Roots::new();
    let result = roots.push(new_mapping(class(COUNTER), vec![]));
    let rd = inner_dict(result)?;
    let me = inner_dict(r)?;
    let od = inner_dict(other)?;
    for (k, c) in dict::items(me)? {
        roots.push(k);
        roots.push(c);
        let oc = roots.push(count_of(od, k)?);
        let nv = match which {
            b'+' => crate::ops::binop(BinOp::Add, c, oc)?,
            b'-' => crate::ops::binop(BinOp::Sub, c, oc)?,
            b'|' => {
                if nc::lt(c, oc)? {
                    oc
                } else {
                    c
                }
            }
            _ => {
                if nc::lt(c, oc)? {
                    c
                } else {
                    oc
                }
            }
        };
        roots.push(nv);
        if positive(nv)? {
            dict::set(rd, k, nv)?;
        }
    }
    if which != b'&' {
        for (k, c) in dict::items(od)? {
            roots.push(k);
            roots.push(c);
            if dict::get(me, k)?.is_some() {
                continue;
            }
            if which == b'-' {
                if nc::lt(c, Value::small_int(0))? {
                    let nv = crate::ops::binop(BinOp::Sub, Value::small_int(0), c)?;
                    dict::set(rd, k, nv)?;
                }
            } else if positive(c)? {
                dict::set(rd, k, c)?;
            }
        }
    }
    Ok(result)
}

fn counter_add(r: Value, args: Args) -> PyResult {
    counter_binop(r, &args, b'+')
}
fn counter_sub(r: Value, args: Args) -> PyResult {
    counter_binop(r, &args, b'-')
}
fn counter_or(r: Value, args: Args) -> PyResult {
    counter_binop(r, &args, b'|')
}
fn counter_and(r: Value, args: Args) -> PyResult {
    counter_binop(r, &args, b'&')
}

fn counter_fromkeys(_r: Value, _args: Args) -> PyResult {
    Err(exc::raise_new(
        "NotImplementedError",
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}

// ---- ChainMap: state [maps list]

fn chainmap_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    args.no_kw("ChainMap")?;
    let roots = Roots::new();
    let mut maps = args.pos().to_vec();
    if maps.is_empty() {
        maps.push(roots.push(dict::new()));
    }
    let l = roots.push(list::new(maps));
    let obj = roots.push(nc::instance(cls, vec![]));
    crate::attr::generic_setattr(obj, "maps", l)?;
    Ok(obj)
}

fn maps(r: Value) -> PyResult<Vec<Value>> {
    Ok(nc::list_items(crate::attr::getattr(r, "maps")?))
}

fn chainmap_getitem(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    let ms = maps(r)?;
    let roots = Roots::new();
    roots.extend(&ms);
    for m in ms {
        if crate::ops::contains(m, k)? {
            return crate::attr::getitem(m, k);
        }
    }
    match types::as_type(types::type_of(r)).and_then(|t| t.lookup("__missing__")) {
        Some(f) => nc::call(f, &[r, k]),
        None => Err(key_error(k)),
    }
}

fn chainmap_get(r: Value, args: Args) -> PyResult {
    args.check("get", 1, 2, &[])?;
    let k = args.pos()[0];
    for m in maps(r)? {
        if crate::ops::contains(m, k)? {
            return crate::attr::getitem(m, k);
        }
    }
    Ok(args.pos().get(1).copied().unwrap_or(Value::NONE))
}

fn chainmap_setitem(r: Value, args: Args) -> PyResult {
    args.check("__setitem__", 2, 2, &[])?;
    let first = maps(r)?.first().copied().unwrap_or(Value::NONE);
    crate::attr::setitem(first, args.pos()[0], args.pos()[1])?;
    Ok(Value::NONE)
}

fn chainmap_delitem(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    let first = maps(r)?.first().copied().unwrap_or(Value::NONE);
    if !crate::ops::contains(first, k)? {
        return Err(exc::raise(exc::new_exc_with_args(
            "KeyError",
            &[pystr::from_string(format!(
                "Key not found in the first mapping: {}",
                protocol::repr(k)?
            ))],
        )));
    }
    crate::attr::delitem(first, k)?;
    Ok(Value::NONE)
}

/// The keys in ChainMap order: the last map's first, as CPython builds
/// them (a dict updated from the maps in reverse).
fn chainmap_keys_dict(r: Value) -> PyResult<Value> {
    let roots = Roots::new();
    let d = roots.push(dict::new());
    let ms = maps(r)?;
    roots.extend(&ms);
    let dd = dict::as_dict(d).ok_or_else(|| exc::type_error("bad dict"))?;
    for m in ms.iter().rev() {
        for k in protocol::collect(*m)? {
            dict::set(dd, k, Value::NONE)?;
        }
    }
    Ok(d)
}

fn chainmap_iter(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let d = roots.push(chainmap_keys_dict(r)?);
    protocol::iter(d)
}

fn chainmap_len(r: Value, _a: Args) -> PyResult {
    let d = chainmap_keys_dict(r)?;
    Ok(int::from_i64(protocol::len(d)?))
}

fn chainmap_contains(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    for m in maps(r)? {
        if crate::ops::contains(m, k)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn chainmap_keys(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let d = roots.push(chainmap_keys_dict(r)?);
    Ok(list::new(protocol::collect(d)?))
}

fn chainmap_items(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let keys = roots.push(chainmap_keys(r, Args::positional(&[]))?);
    let mut out = Vec::new();
    for k in nc::list_items(keys) {
        let v = roots.push(chainmap_getitem(r, Args::positional(&[k]))?);
        out.push(roots.push(tuple::new(vec![k, v])));
    }
    Ok(list::new(out))
}

fn chainmap_values(r: Value, _a: Args) -> PyResult {
    let roots = Roots::new();
    let keys = roots.push(chainmap_keys(r, Args::positional(&[]))?);
    let mut out = Vec::new();
    for k in nc::list_items(keys) {
        out.push(roots.push(chainmap_getitem(r, Args::positional(&[k]))?));
    }
    Ok(list::new(out))
}

fn chainmap_new_child(r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    let m = match args.pos().first().filter(|v| !v.is_none()) {
        Some(m) => *m,
        None => roots.push(dict::new()),
    };
    let mut ms = vec![m];
    ms.extend(maps(r)?);
    roots.extend(&ms);
    nc::call(types::type_of(r), &ms)
}

fn chainmap_parents(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    let ms = maps(obj)?;
    let roots = Roots::new();
    roots.extend(&ms);
    nc::call(types::type_of(obj), ms.get(1..).unwrap_or(&[]))
}

fn chainmap_repr(r: Value, _a: Args) -> PyResult {
    let ms = maps(r)?;
    Ok(pystr::from_string(format!(
        "{}({})",
        nc::class_name(r),
        nc::reprs(&ms)?
    )))
}

// ============================================================ namedtuple
// state [tuple]

fn nt_tuple(r: Value) -> PyResult<Value> {
    match nc::state_of(r, class(NTBASE)) {
        Some(s) => Ok(nc::get(s, 0)),
        None => Err(exc::type_error(format!(
            "descriptor requires a namedtuple but received a '{}'",
            type_name(r)
        ))),
    }
}

/// The tuple a namedtuple instance holds (what CPython's tuple subclass
/// is), for code that accepts any tuple.
pub fn namedtuple_tuple(v: Value) -> Option<Value> {
    nc::state_of(v, class(NTBASE)).map(|s| nc::get(s, 0))
}

fn nt_fields(cls: Value) -> Vec<Value> {
    types::as_type(cls)
        .and_then(|t| t.lookup("_fields"))
        .map(nc::tuple_items)
        .unwrap_or_default()
}

fn nt_defaults(cls: Value) -> Vec<Value> {
    types::as_type(cls)
        .and_then(|t| t.lookup("__molt_defaults__"))
        .map(nc::tuple_items)
        .unwrap_or_default()
}

fn nt_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let fields = nt_fields(cls);
    let defaults = nt_defaults(cls);
    let name = types::as_type(cls).map_or(String::new(), |t| t.name.clone());
    let n = fields.len();
    let p = args.pos();
    if p.len() > n {
        return Err(exc::type_error(format!(
            "{name}.__new__() takes {} positional arguments but {} were given",
            n + 1,
            p.len() + 1
        )));
    }
    let mut vals: Vec<Option<Value>> = vec![None; n];
    for (i, v) in p.iter().enumerate() {
        vals[i] = Some(*v);
    }
    for (k, v) in args.kw() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) if vals[i].is_some() => {
                return Err(exc::type_error(format!(
                    "{name}.__new__() got multiple values for argument '{k}'"
                )))
            }
            Some(i) => vals[i] = Some(v),
            None => {
                return Err(exc::type_error(format!(
                    "{name}.__new__() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for i in 0..n {
        if vals[i].is_none() {
            if i >= first_default {
                vals[i] = Some(defaults[i - first_default]);
            } else {
                missing.push(format!("'{}'", pystr::as_str(fields[i]).unwrap_or("")));
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        return Err(exc::type_error(format!(
            "{name}.__new__() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    let roots = Roots::new();
    let t = roots.push(tuple::new(vals.into_iter().flatten().collect()));
    Ok(nc::instance(cls, vec![t]))
}

fn nt_make(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(exc::type_error("_make() takes exactly one argument"));
    }
    let cls = p[0];
    let items = protocol::collect(p[1])?;
    let n = nt_fields(cls).len();
    if items.len() != n {
        return Err(exc::type_error(format!(
            "Expected {n} arguments, got {}",
            items.len()
        )));
    }
    let roots = Roots::new();
    let t = roots.push(tuple::new(items));
    Ok(nc::instance(cls, vec![t]))
}

fn nt_repr(r: Value, _a: Args) -> PyResult {
    let t = nt_tuple(r)?;
    let fields = nt_fields(types::type_of(r));
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(nc::tuple_items(t)) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*f).unwrap_or(""),
            protocol::repr(v)?
        ));
    }
    Ok(pystr::from_string(format!(
        "{}({})",
        nc::class_name(r),
        parts.join(", ")
    )))
}

fn nt_asdict(r: Value, _a: Args) -> PyResult {
    let t = nt_tuple(r)?;
    let roots = Roots::new();
    let d = roots.push(dict::new());
    if let Some(dd) = dict::as_dict(d) {
        for (f, v) in nt_fields(types::type_of(r)).iter().zip(nc::tuple_items(t)) {
            dict::set(dd, *f, v)?;
        }
    }
    Ok(d)
}

fn nt_replace(r: Value, args: Args) -> PyResult {
    let t = nt_tuple(r)?;
    if !args.pos().is_empty() {
        return Err(exc::type_error(format!(
            "_replace() takes 1 positional argument but {} were given",
            args.pos().len() + 1
        )));
    }
    let fields = nt_fields(types::type_of(r));
    let mut vals = nc::tuple_items(t);
    let mut unknown = Vec::new();
    for (k, v) in args.kw() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) => vals[i] = v,
            None => unknown.push(format!("'{k}'")),
        }
    }
    if !unknown.is_empty() {
        return Err(exc::value_error(format!(
            "Got unexpected field names: [{}]",
            unknown.join(", ")
        )));
    }
    let roots = Roots::new();
    let nt = roots.push(tuple::new(vals));
    Ok(nc::instance(types::type_of(r), vec![nt]))
}

macro_rules! nt_forward {
    ($($name:ident => $method:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult {
            let t = nt_tuple(r)?;
            crate::entry::call_method(t, $method, args)
        })*
    };
}

nt_forward! {
    nt_count => "count";
    nt_index => "index";
}

fn other_tuple(v: Value) -> Value {
    match nc::state_of(v, class(NTBASE)) {
        Some(s) => nc::get(s, 0),
        None => v,
    }
}

fn nt_compare(r: Value, args: &Args, op: CmpOp) -> PyResult {
    let t = nt_tuple(r)?;
    let o = other_tuple(args.pos().first().copied().unwrap_or(Value::NONE));
    if tuple::as_slice(o).is_none() {
        return Ok(protocol::not_implemented());
    }
    protocol::compare(op, t, o)
}

macro_rules! nt_cmps {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult { nt_compare(r, &args, $op) })*
    };
}

nt_cmps! {
    nt_eq => CmpOp::Eq;
    nt_ne => CmpOp::Ne;
    nt_lt => CmpOp::Lt;
    nt_le => CmpOp::Le;
    nt_gt => CmpOp::Gt;
    nt_ge => CmpOp::Ge;
}

fn nt_hash(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(protocol::hash(nt_tuple(r)?)?))
}

fn nt_len(r: Value, _a: Args) -> PyResult {
    Ok(int::from_i64(nc::tuple_items(nt_tuple(r)?).len() as i64))
}

fn nt_iter(r: Value, _a: Args) -> PyResult {
    protocol::iter(nt_tuple(r)?)
}

fn nt_getitem(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    crate::attr::getitem(nt_tuple(r)?, k)
}

fn nt_contains(r: Value, args: Args) -> PyResult {
    let k = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::bool(crate::ops::contains(nt_tuple(r)?, k)?))
}

fn nt_add(r: Value, args: Args) -> PyResult {
    let o = other_tuple(args.pos().first().copied().unwrap_or(Value::NONE));
    crate::ops::binop(BinOp::Add, nt_tuple(r)?, o)
}

fn nt_getnewargs(r: Value, _a: Args) -> PyResult {
    nt_tuple(r)
}

fn nt_setattr(r: Value, args: Args) -> PyResult {
    let name = args
        .pos()
        .first()
        .and_then(|v| pystr::as_str(*v))
        .unwrap_or("");
    let fields = nt_fields(types::type_of(r));
    if fields.iter().any(|f| pystr::as_str(*f) == Some(name)) {
        return Err(exc::raise_new("AttributeError", "can't set attribute"));
    }
    Err(exc::raise_new(
        "AttributeError",
        &format!("'{}' object has no attribute '{name}'", type_name(r)),
    ))
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Creates a namedtuple class (for `namedtuple()` and for other modules'
/// result types such as `functools.CacheInfo`).
pub fn namedtuple_class(name: &str, module: &str, fields: &[&str]) -> Value {
    if class(NTBASE).is_none() {
        let _ = super::import("collections");
    }
    let cls = nc::new_class(name, module, Some(class(NTBASE)), &[]);
    let fv: Vec<Value> = fields.iter().map(|f| gc::alloc_permanent_str(f)).collect();
    let t = tuple::new(fv.clone());
    gc::make_permanent(t);
    nc::set_class_attr(cls, "_fields", t);
    let d = tuple::new(Vec::new());
    gc::make_permanent(d);
    nc::set_class_attr(cls, "__molt_defaults__", d);
    let fd = dict::new();
    gc::make_permanent(fd);
    nc::set_class_attr(cls, "_field_defaults", fd);
    for (i, f) in fields.iter().enumerate() {
        let getter = super::operator::make_itemgetter(Value::small_int(i as i64));
        gc::make_permanent(getter);
        let p = gc::alloc_permanent(Kind::Property {
            fget: getter,
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        });
        nc::set_class_attr(cls, f, p);
    }
    cls
}

fn namedtuple(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "namedtuple",
        &["typename", "field_names"],
        &["rename", "defaults", "module"],
        2,
    )?;
    let typename = pystr::as_str(b[0].unwrap_or(Value::NONE))
        .ok_or_else(|| exc::type_error("typename must be a string"))?;
    let fnames = b[1].unwrap_or(Value::NONE);
    let rename = protocol::truthy(b[2].unwrap_or(Value::FALSE))?;
    let mut names: Vec<String> = match pystr::as_str(fnames) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect(),
        None => {
            let mut v = Vec::new();
            for x in protocol::collect(fnames)? {
                v.push(protocol::str_of(x)?);
            }
            v
        }
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, n) in names.iter_mut().enumerate() {
            if !is_identifier(n)
                || KEYWORDS.contains(&n.as_str())
                || n.starts_with('_')
                || seen.contains(n)
            {
                *n = format!("_{i}");
            }
            seen.push(n.clone());
        }
    }
    for n in std::iter::once(typename.to_string()).chain(names.iter().cloned()) {
        if !is_identifier(&n) {
            return Err(exc::value_error(format!(
                "Type names and field names must be valid identifiers: '{n}'"
            )));
        }
        if KEYWORDS.contains(&n.as_str()) {
            return Err(exc::value_error(format!(
                "Type names and field names cannot be a keyword: '{n}'"
            )));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for n in &names {
        if n.starts_with('_') && !rename {
            return Err(exc::value_error(format!(
                "Field names cannot start with an underscore: '{n}'"
            )));
        }
        if seen.contains(&n.as_str()) {
            return Err(exc::value_error(format!(
                "Encountered duplicate field name: '{n}'"
            )));
        }
        seen.push(n);
    }
    let roots = Roots::new();
    let defaults = match b[3].filter(|v| !v.is_none()) {
        Some(d) => {
            let d = protocol::collect(d)?;
            if d.len() > names.len() {
                return Err(exc::type_error("Got more default values than field names"));
            }
            d
        }
        None => Vec::new(),
    };
    roots.extend(&defaults);
    let module = match b[4].filter(|v| !v.is_none()) {
        Some(m) => protocol::str_of(m)?,
        None => "__main__".to_string(),
    };
    let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    let cls = namedtuple_class(typename, &module, &refs);
    let dt = tuple::new(defaults.clone());
    gc::make_permanent(dt);
    nc::set_class_attr(cls, "__molt_defaults__", dt);
    if let Some(fd) = types::as_type(cls).and_then(|t| t.lookup("_field_defaults")) {
        if let Some(d) = dict::as_dict(fd) {
            let first = names.len() - defaults.len();
            for (i, v) in defaults.iter().enumerate() {
                let k = roots.push(pystr::new(&names[first + i]));
                dict::set(d, k, *v)?;
            }
        }
    }
    Ok(cls)
}

pub fn init(m: &mut AttrMap) {
    let deque = nc::new_class(
        "deque",
        "collections",
        None,
        &[
            ("__new__", deque_new),
            ("__init__", deque_init),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("rotate", deque_rotate),
            ("clear", deque_clear),
            ("reverse", deque_reverse),
            ("count", deque_count),
            ("remove", deque_remove),
            ("index", deque_index),
            ("insert", deque_insert),
            ("copy", deque_copy),
            ("__copy__", deque_copy),
            ("__len__", deque_len),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__repr__", deque_repr),
            ("__add__", deque_add),
            ("__iadd__", deque_iadd),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
        ],
    );
    nc::set_class_attr(deque, "__hash__", Value::NONE);
    nc::set_class_attr(
        deque,
        "maxlen",
        gc::alloc_permanent(Kind::Property {
            fget: crate::builtins::native("maxlen", deque_maxlen),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        }),
    );
    let mut dd_methods = MAPPING_METHODS.to_vec();
    dd_methods.extend_from_slice(&[
        ("__new__", defaultdict_new as NativeFn),
        ("__missing__", defaultdict_missing),
        ("__repr__", defaultdict_repr),
    ]);
    let dd = nc::new_class("defaultdict", "collections", None, &dd_methods);
    let mut c_methods = MAPPING_METHODS.to_vec();
    c_methods.extend_from_slice(&[
        ("__new__", counter_new as NativeFn),
        ("__missing__", counter_missing),
        ("__repr__", counter_repr),
        ("update", counter_update),
        ("subtract", counter_subtract),
        ("most_common", counter_most_common),
        ("elements", counter_elements),
        ("total", counter_total),
        ("__add__", counter_add),
        ("__sub__", counter_sub),
        ("__or__", counter_or),
        ("__and__", counter_and),
    ]);
    let counter = nc::new_class("Counter", "collections", None, &c_methods);
    nc::add_classmethod(counter, "fromkeys", counter_fromkeys);
    let mut o_methods = MAPPING_METHODS.to_vec();
    o_methods.extend_from_slice(&[
        ("__new__", ordered_new as NativeFn),
        ("__repr__", ordered_repr),
        ("move_to_end", ordered_move_to_end),
        ("popitem", ordered_popitem),
    ]);
    let ordered = nc::new_class("OrderedDict", "collections", None, &o_methods);
    for c in [dd, counter, ordered] {
        nc::set_class_attr(c, "__hash__", Value::NONE);
    }
    let chain = nc::new_class(
        "ChainMap",
        "collections",
        None,
        &[
            ("__new__", chainmap_new),
            ("__getitem__", chainmap_getitem),
            ("__setitem__", chainmap_setitem),
            ("__delitem__", chainmap_delitem),
            ("__iter__", chainmap_iter),
            ("__len__", chainmap_len),
            ("__contains__", chainmap_contains),
            ("__repr__", chainmap_repr),
            ("get", chainmap_get),
            ("keys", chainmap_keys),
            ("items", chainmap_items),
            ("values", chainmap_values),
            ("new_child", chainmap_new_child),
        ],
    );
    nc::set_class_attr(
        chain,
        "parents",
        gc::alloc_permanent(Kind::Property {
            fget: crate::builtins::native("parents", chainmap_parents),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        }),
    );
    let ntbase = nc::new_class(
        "_molt_namedtuple",
        "collections",
        None,
        &[
            ("__new__", nt_new),
            ("__repr__", nt_repr),
            ("_asdict", nt_asdict),
            ("_replace", nt_replace),
            ("count", nt_count),
            ("index", nt_index),
            ("__eq__", nt_eq),
            ("__ne__", nt_ne),
            ("__lt__", nt_lt),
            ("__le__", nt_le),
            ("__gt__", nt_gt),
            ("__ge__", nt_ge),
            ("__hash__", nt_hash),
            ("__len__", nt_len),
            ("__iter__", nt_iter),
            ("__getitem__", nt_getitem),
            ("__contains__", nt_contains),
            ("__add__", nt_add),
            ("__getnewargs__", nt_getnewargs),
            ("__setattr__", nt_setattr),
        ],
    );
    nc::add_classmethod(ntbase, "_make", nt_make);
    CLASSES.with(|c| c.set([deque, dd, counter, ordered, chain, ntbase]));
    m.set("deque", deque);
    m.set("defaultdict", dd);
    m.set("Counter", counter);
    m.set("OrderedDict", ordered);
    m.set("ChainMap", chain);
    super::add_fn(m, "namedtuple", namedtuple);
}
