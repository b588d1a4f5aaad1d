//! The functions of the builtins namespace. Each takes the call's `Args`
//! and checks them with CPython's messages.

use super::methods::{arg, sort_values};
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::IterState;
use crate::objects::types::{self, as_type};
use crate::objects::{int, list, str as pystr, tuple};
use crate::ops;
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("sorted", sorted),
    ("iter", iter),
    ("next", next),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hash", hash),
    ("id", id),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("dir", super::dir::dir),
    ("vars", super::dir::vars),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("format", format),
    ("input", input),
    ("exit", exit),
    ("quit", exit),
];

fn print(_r: Value, args: Args) -> PyResult {
    args.check_kw("print", &["sep", "end", "file", "flush"])?;
    let sep = match args.kwarg("sep") {
        Some(v) if !v.is_none() => pystr::as_str(v).ok_or_else(|| {
            exc::type_error(format!(
                "sep must be None or a string, not {}",
                type_name(v)
            ))
        })?,
        _ => " ",
    };
    let end = match args.kwarg("end") {
        Some(v) if !v.is_none() => pystr::as_str(v).ok_or_else(|| {
            exc::type_error(format!(
                "end must be None or a string, not {}",
                type_name(v)
            ))
        })?,
        _ => "\n",
    };
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&protocol::str_of(*v)?);
    }
    out.push_str(end);
    let file = args.kwarg("file").unwrap_or(Value::NONE);
    let flush = match args.kwarg("flush") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    crate::modules::sys::write_to(file, &out, flush)?;
    Ok(Value::NONE)
}

fn one(args: &Args, name: &str) -> PyResult<Value> {
    args.check_one(name)
}

fn len(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "len")?;
    Ok(int::from_i64(protocol::len(v)?))
}

fn repr(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "repr")?;
    Ok(pystr::from_string(protocol::repr(v)?))
}

/// `ascii(x)`: the repr with non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 128 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

fn ascii(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "ascii")?;
    Ok(pystr::from_string(ascii_escape(&protocol::repr(v)?)))
}

fn abs(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "abs")?;
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if int::is_int(v) {
        let b = int::to_bigint(v).unwrap_or_default();
        return Ok(int::from_bigint(num_traits::Signed::abs(&b)));
    }
    if let Some(f) = protocol::special(v, "__abs__") {
        return protocol::call_special(f, v, &[]);
    }
    Err(exc::type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(v)
    )))
}

fn round(_r: Value, args: Args) -> PyResult {
    args.check_params("round", 1, &["number", "ndigits"])?;
    let x = arg(&args, 0, "number").unwrap_or(Value::NONE);
    let nd = arg(&args, 1, "ndigits").filter(|v| !v.is_none());
    if let Some(f) = x.as_float() {
        return match nd {
            None => {
                let r = crate::format::round_half_even(f);
                crate::numeric::float_to_int(r)
                    .map(ops::num_value)
                    .map_err(ops::num_error)
            }
            Some(n) => {
                let n = protocol::index_value(n)?;
                crate::format::round_float(f, n)
                    .map(Value::float)
                    .map_err(super::formatting::fmt_error)
            }
        };
    }
    if int::is_int(x) {
        let b = int::to_bigint(x).unwrap_or_default();
        return match nd {
            None => Ok(int::from_bigint(b)),
            Some(n) => {
                let n = protocol::index_value(n)?;
                if n >= 0 {
                    return Ok(int::from_bigint(b));
                }
                // Round to a multiple of 10**-n, halves to even.
                let p = num_traits::pow::Pow::pow(
                    &num_bigint::BigInt::from(10),
                    (-n).min(10_000) as u32,
                );
                let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                let twice: num_bigint::BigInt = &r * 2;
                let q = match twice.cmp(&p) {
                    std::cmp::Ordering::Greater => q + 1,
                    std::cmp::Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
                    _ => q,
                };
                Ok(int::from_bigint(q * p))
            }
        };
    }
    if let Some(f) = protocol::special(x, "__round__") {
        return match nd {
            Some(n) => protocol::call_special(f, x, &[n]),
            None => protocol::call_special(f, x, &[]),
        };
    }
    Err(exc::type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    )))
}

fn divmod(_r: Value, args: Args) -> PyResult {
    args.check_pos("divmod", 2, 2)?;
    let (a, b) = (args.pos()[0], args.pos()[1]);
    if let (Some(x), Some(y)) = (protocol::num(a), protocol::num(b)) {
        let (q, m) = crate::numeric::divmod(&x, &y).map_err(ops::num_error)?;
        let roots = Roots::new();
        let q = roots.push(ops::num_value(q));
        let m = roots.push(ops::num_value(m));
        return Ok(tuple::new(vec![q, m]));
    }
    if let Some(f) = protocol::special(a, "__divmod__") {
        let r = protocol::call_special(f, a, &[b])?;
        if !protocol::is_not_implemented(r) {
            return Ok(r);
        }
    }
    if let Some(f) = protocol::special(b, "__rdivmod__") {
        let r = protocol::call_special(f, b, &[a])?;
        if !protocol::is_not_implemented(r) {
            return Ok(r);
        }
    }
    Err(exc::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn pow(_r: Value, args: Args) -> PyResult {
    args.check_params("pow", 2, &["base", "exp", "mod"])?;
    let base = arg(&args, 0, "base").unwrap_or(Value::NONE);
    let e = arg(&args, 1, "exp").unwrap_or(Value::NONE);
    match arg(&args, 2, "mod").filter(|m| !m.is_none()) {
        None => ops::binop(BinOp::Pow, base, e),
        Some(m) => {
            let all_int = [base, e, m]
                .iter()
                .all(|v| int::is_int(*v) && !v.is_float());
            if !all_int {
                return pow_mod_dispatch(base, e, m);
            }
            let (Some(x), Some(y), Some(z)) =
                (protocol::num(base), protocol::num(e), protocol::num(m))
            else {
                return Err(exc::type_error("pow() arguments must be integers"));
            };
            crate::numeric::int_pow_mod(&x, &y, &z)
                .map(ops::num_value)
                .map_err(ops::num_error)
        }
    }
}

/// Three-argument `pow` when not all arguments are ints: CPython tries the
/// power slot of each operand's type once, in order. A float's refuses the
/// modulus; a class's `__pow__(exp, mod)` answers only for the base (the
/// reflected `__rpow__` never takes a modulus), except that a runtime
/// class standing for a C type (complex, Decimal) answers as the exponent.
fn pow_mod_dispatch(base: Value, e: Value, m: Value) -> PyResult {
    let is_instance = |v: Value| {
        matches!(
            v.obj().map(|o| &o.kind),
            Some(Kind::Instance(_) | Kind::Exception(_))
        )
    };
    let mut tried: Vec<Value> = Vec::with_capacity(3);
    for (i, v) in [base, e, m].into_iter().enumerate() {
        let ty = if v.as_bool().is_some() {
            types::builtin_type(types::Ty::Int)
        } else {
            types::type_of(v)
        };
        if tried.contains(&ty) {
            continue;
        }
        tried.push(ty);
        if v.is_float() {
            return Err(exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        if !is_instance(v) {
            continue;
        }
        let r = if i == 0 {
            match protocol::special(base, "__pow__") {
                Some(f) => protocol::call_special(f, base, &[e, m])?,
                None => continue,
            }
        } else if i == 1 {
            match protocol::special(e, "__rpow__")
                .filter(|f| matches!(f.obj().map(|o| &o.kind), Some(Kind::Builtin(_))))
            {
                Some(f) => protocol::call_special(f, e, &[base, m])?,
                None => continue,
            }
        } else {
            continue;
        };
        if !protocol::is_not_implemented(r) {
            return Ok(r);
        }
    }
    Err(exc::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(e),
        type_name(m)
    )))
}

fn min_max(args: Args, name: &str, op: CmpOp) -> PyResult {
    args.check_kw(name, &["key", "default"])?;
    let key = args.kwarg("key").filter(|k| !k.is_none());
    let default = args.kwarg("default");
    let pos = args.pos();
    let roots = Roots::new();
    let items = match pos.len() {
        0 => {
            return Err(exc::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => protocol::collect(pos[0])?,
        _ => {
            if default.is_some() {
                return Err(exc::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    roots.extend(&items);
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match key {
            Some(f) => roots.push(protocol::call1(f, it)?),
            None => it,
        };
        best = match best {
            None => Some((it, k)),
            Some((bv, bk)) => {
                if protocol::truthy(protocol::compare(op, k, bk)?)? {
                    Some((it, k))
                } else {
                    Some((bv, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(exc::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
    }
}

fn min(_r: Value, args: Args) -> PyResult {
    min_max(args, "min", CmpOp::Lt)
}

fn max(_r: Value, args: Args) -> PyResult {
    min_max(args, "max", CmpOp::Gt)
}

fn sum(_r: Value, args: Args) -> PyResult {
    args.check_params("sum", 0, &["", "start"])?;
    if args.pos().is_empty() {
        return Err(exc::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let start = arg(&args, 1, "start").unwrap_or(Value::small_int(0));
    if pystr::as_str(start).is_some() {
        return Err(exc::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if matches!(start.obj().map(|o| &o.kind), Some(Kind::Bytes(_))) {
        return Err(exc::type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let roots = Roots::new();
    let it = roots.push(protocol::iter(args.pos()[0])?);
    let mut acc = start;
    let slot = roots.slot(acc);
    let mut small: Option<i64> = acc.as_small_int();
    loop {
        gc::safepoint();
        let Some(x) = protocol::next(it)? else { break };
        if let (Some(a), Some(b)) = (small, x.as_small_int()) {
            if let Some(s) = a.checked_add(b) {
                small = Some(s);
                continue;
            }
        }
        if let Some(a) = small.take() {
            acc = int::from_i64(a);
        }
        acc = ops::add(acc, x)?;
        roots.set(slot, acc);
        small = acc.as_small_int();
    }
    Ok(match small {
        Some(a) => int::from_i64(a),
        None => acc,
    })
}

fn any(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "any")?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(v)?);
    loop {
        gc::safepoint();
        let Some(x) = protocol::next(it)? else { break };
        if protocol::truthy(x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "all")?;
    let roots = Roots::new();
    let it = roots.push(protocol::iter(v)?);
    loop {
        gc::safepoint();
        let Some(x) = protocol::next(it)? else { break };
        if !protocol::truthy(x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn sorted(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            p.len()
        )));
    }
    let items = protocol::collect(p[0])?;
    args.check_kw("sort", &["key", "reverse"])?;
    let key = args.kwarg("key").unwrap_or(Value::NONE);
    let reverse = match args.kwarg("reverse") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    Ok(list::new(sort_values(items, key, reverse)?))
}

pub fn reversed(_r: Value, args: Args) -> PyResult {
    args.check_pos("reversed", 1, 1)?;
    let v = args.pos()[0];
    let n = match v.obj().map(|o| &o.kind) {
        Some(Kind::List(l)) => l.borrow().len(),
        Some(Kind::Tuple(t)) => t.len(),
        Some(Kind::Bytes(b)) => b.len(),
        Some(Kind::Str(s)) => s.char_len(),
        Some(Kind::Range { .. }) => super::range_len(v)? as usize,
        Some(Kind::Type(t)) if t.meta_lookup("__reversed__").is_some() => {
            let f = t.meta_lookup("__reversed__").unwrap_or(Value::NONE);
            return protocol::call_special(f, v, &[]);
        }
        Some(Kind::Instance(_)) => {
            if let Some(f) = protocol::special(v, "__reversed__") {
                if f.is_none() {
                    return Err(exc::type_error(format!(
                        "'{}' object is not reversible",
                        type_name(v)
                    )));
                }
                return protocol::call_special(f, v, &[]);
            }
            // The sequence protocol: `__len__` and `__getitem__`, read from
            // the last index down (here all at once, in the same order).
            if protocol::special(v, "__len__").is_some()
                && protocol::special(v, "__getitem__").is_some()
            {
                let n = protocol::len(v)?;
                let roots = crate::gc::Roots::new();
                let mut items = Vec::with_capacity(n.max(0) as usize);
                for i in (0..n).rev() {
                    items.push(roots.push(crate::attr::getitem(v, Value::small_int(i))?));
                }
                let t = roots.push(tuple::new(items));
                return Ok(super::iterators::new_iter(IterState::Seq {
                    seq: t,
                    index: 0,
                }));
            }
            return Err(exc::type_error(format!(
                "'{}' object is not reversible",
                type_name(v)
            )));
        }
        Some(Kind::DictView { .. }) | Some(Kind::Dict(_)) => {
            let mut items = protocol::collect(v)?;
            items.reverse();
            let t = tuple::new(items);
            return Ok(super::iterators::new_iter(IterState::Seq {
                seq: t,
                index: 0,
            }));
        }
        _ => {
            return Err(exc::type_error(format!(
                "'{}' object is not reversible",
                type_name(v)
            )))
        }
    };
    Ok(super::iterators::new_iter(IterState::Reversed {
        seq: v,
        remaining: n,
    }))
}

pub fn enumerate(_r: Value, args: Args) -> PyResult {
    args.check_params("enumerate", 0, &["iterable", "start"])?;
    let Some(v) = arg(&args, 0, "iterable") else {
        return Err(exc::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = arg(&args, 1, "start").unwrap_or(Value::small_int(0));
    if !int::is_int(start) || start.is_float() {
        return Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(start)
        )));
    }
    let inner = protocol::iter(v)?;
    Ok(super::iterators::new_iter(IterState::Enumerate {
        inner,
        count: start,
    }))
}

pub fn zip(_r: Value, args: Args) -> PyResult {
    args.check_kw("zip", &["strict"])?;
    let strict = match args.kwarg("strict") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let roots = Roots::new();
    let mut inners = Vec::new();
    for v in args.pos() {
        inners.push(roots.push(protocol::iter(*v)?));
    }
    Ok(super::iterators::new_iter(IterState::Zip {
        inners,
        strict,
    }))
}

pub fn map(_r: Value, args: Args) -> PyResult {
    args.no_kw("map")?;
    if args.pos().len() < 2 {
        return Err(exc::type_error("map() must have at least two arguments."));
    }
    let roots = Roots::new();
    let func = args.pos()[0];
    let mut inners = Vec::new();
    for v in &args.pos()[1..] {
        inners.push(roots.push(protocol::iter(*v)?));
    }
    Ok(super::iterators::new_iter(IterState::Map { func, inners }))
}

pub fn filter(_r: Value, args: Args) -> PyResult {
    args.check_pos("filter", 2, 2)?;
    let inner = protocol::iter(args.pos()[1])?;
    Ok(super::iterators::new_iter(IterState::Filter {
        func: args.pos()[0],
        inner,
    }))
}

fn iter(_r: Value, args: Args) -> PyResult {
    args.check_pos("iter", 1, 2)?;
    let p = args.pos();
    if p.len() == 2 {
        if !is_callable(p[0]) {
            return Err(exc::type_error("iter(v, w): v must be callable"));
        }
        return Ok(super::iterators::new_iter(IterState::Callable {
            func: p[0],
            sentinel: p[1],
        }));
    }
    protocol::iter(p[0])
}

fn next(_r: Value, args: Args) -> PyResult {
    args.check_pos("next", 1, 2)?;
    let p = args.pos();
    let it = p[0];
    let is_iter = matches!(
        it.obj().map(|o| &o.kind),
        Some(Kind::Iter(_) | Kind::Generator(_))
    ) || protocol::special(it, "__next__").is_some();
    if !is_iter {
        return Err(exc::type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    match protocol::next(it)? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(*d),
            None => Err(crate::call::stop_iteration(it)),
        },
    }
}

/// `isinstance(v, classinfo)` with tuples of classes.
pub fn isinstance_of(v: Value, cls: Value, fname: &str) -> PyResult<bool> {
    if let Some(t) = tuple::as_slice(cls) {
        for c in t {
            if isinstance_of(v, *c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if as_type(cls).is_none() {
        return Err(exc::type_error(format!(
            "{fname}() arg 2 must be a {}, or a union",
            if fname == "issubclass" {
                "class, a tuple of classes"
            } else {
                "type, a tuple of types"
            }
        )));
    }
    let hook = if fname == "issubclass" {
        "__subclasscheck__"
    } else {
        "__instancecheck__"
    };
    if let Some(check) = as_type(cls).and_then(|t| t.meta_lookup(hook)) {
        let r = protocol::call(check, Args::positional(&[cls, v]))?;
        return protocol::truthy(r);
    }
    if fname == "issubclass" {
        return Ok(types::is_subtype(v, cls));
    }
    Ok(types::isinstance(v, cls))
}

fn isinstance(_r: Value, args: Args) -> PyResult {
    args.check_pos("isinstance", 2, 2)?;
    Ok(Value::bool(isinstance_of(
        args.pos()[0],
        args.pos()[1],
        "isinstance",
    )?))
}

fn issubclass(_r: Value, args: Args) -> PyResult {
    args.check_pos("issubclass", 2, 2)?;
    let c = args.pos()[0];
    if as_type(c).is_none() {
        return Err(exc::type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(isinstance_of(c, args.pos()[1], "issubclass")?))
}

fn hash(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "hash")?;
    Ok(int::from_i64(protocol::hash(v)?))
}

fn id(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "id")?;
    Ok(int::from_i64((v.0 & molt_abi::PAYLOAD_MASK) as i64))
}

pub fn is_callable(v: Value) -> bool {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Function(_) | Kind::Builtin(_) | Kind::BoundMethod { .. } | Kind::Type(_)) => {
            true
        }
        Some(Kind::Instance(_)) => protocol::special(v, "__call__").is_some(),
        _ => false,
    }
}

fn callable(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "callable")?;
    Ok(Value::bool(is_callable(v)))
}

/// The name argument of `getattr` and friends (3.11 does not name the
/// function in the message).
fn attr_name(v: Value) -> PyResult<&'static str> {
    pystr::as_str(v).ok_or_else(|| {
        exc::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))
    })
}

fn getattr(_r: Value, args: Args) -> PyResult {
    args.check_pos("getattr", 2, 3)?;
    let p = args.pos();
    let name = attr_name(p[1])?;
    match crate::attr::getattr_reported(p[0], name) {
        Ok(v) => Ok(v),
        Err(e) => match p.get(2) {
            Some(d) if exc::pending_is("AttributeError") => {
                exc::take_pending();
                Ok(*d)
            }
            _ => Err(e),
        },
    }
}

fn setattr(_r: Value, args: Args) -> PyResult {
    args.check_pos("setattr", 3, 3)?;
    let p = args.pos();
    let name = attr_name(p[1])?;
    crate::attr::setattr(p[0], name, p[2])?;
    Ok(Value::NONE)
}

fn hasattr(_r: Value, args: Args) -> PyResult {
    args.check_pos("hasattr", 2, 2)?;
    let p = args.pos();
    let name = attr_name(p[1])?;
    match crate::attr::getattr(p[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) => {
            if exc::pending_is("AttributeError") {
                exc::take_pending();
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
}

fn delattr(_r: Value, args: Args) -> PyResult {
    args.check_pos("delattr", 2, 2)?;
    let p = args.pos();
    let name = attr_name(p[1])?;
    crate::attr::delattr(p[0], name)?;
    Ok(Value::NONE)
}

fn chr(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "chr")?;
    if v.is_float() || !int::is_int(v) && protocol::special(v, "__index__").is_none() {
        return Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    }
    let i = match int::to_i64(v) {
        Some(i) => i,
        None if int::is_int(v) => {
            return Err(exc::raise_new(
                "OverflowError",
                "Python int too large to convert to C int",
            ))
        }
        None => protocol::index_value(v)?,
    };
    if !(0..0x110000).contains(&i) {
        return Err(exc::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(pystr::new(c.encode_utf8(&mut [0u8; 4]))),
        None => Err(exc::value_error(
            "chr() of a surrogate code point is not supported by Molt (its strings are UTF-8)",
        )),
    }
}

fn ord(_r: Value, args: Args) -> PyResult {
    let v = one(&args, "ord")?;
    if let Some(s) = pystr::as_strobj(v) {
        let n = s.char_len();
        if n != 1 {
            return Err(exc::type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )));
        }
        return Ok(int::from_i64(s.char_at(0).map_or(0, |c| c as i64)));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        if b.len() != 1 {
            return Err(exc::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::small_int(b[0] as i64));
    }
    Err(exc::type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name(v)
    )))
}

fn radix(args: Args, name: &str, r: u32, prefix: &str) -> PyResult {
    let v = one(&args, name)?;
    let b = if int::is_int(v) && !v.is_float() {
        int::to_bigint(v).unwrap_or_default()
    } else if let Some(f) = protocol::special(v, "__index__") {
        let r = protocol::call_special(f, v, &[])?;
        int::to_bigint(r).ok_or_else(|| exc::type_error("__index__ returned non-int"))?
    } else {
        return Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    };
    Ok(pystr::from_string(crate::format::int_to_str_radix(
        &b, r, prefix,
    )))
}

fn hex(_r: Value, args: Args) -> PyResult {
    radix(args, "hex", 16, "0x")
}

fn oct(_r: Value, args: Args) -> PyResult {
    radix(args, "oct", 8, "0o")
}

fn bin(_r: Value, args: Args) -> PyResult {
    radix(args, "bin", 2, "0b")
}

fn format(_r: Value, args: Args) -> PyResult {
    args.check_pos("format", 1, 2)?;
    let p = args.pos();
    let spec = match p.get(1) {
        Some(s) => pystr::as_str(*s).ok_or_else(|| {
            exc::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(*s)
            ))
        })?,
        None => "",
    };
    Ok(pystr::from_string(super::formatting::format_value(
        p[0], spec,
    )?))
}

fn input(_r: Value, args: Args) -> PyResult {
    args.check_pos("input", 0, 1)?;
    if let Some(p) = args.pos().first() {
        crate::os::write_stdout(&protocol::str_of(*p)?);
    }
    crate::os::flush_stdout();
    match crate::os::read_line() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(pystr::from_string(line))
        }
        None => Err(exc::raise_new("EOFError", "EOF when reading a line")),
    }
}

fn exit(_r: Value, args: Args) -> PyResult {
    args.check("exit", 0, 1, &["code"])?;
    let code = arg(&args, 0, "code");
    let e = match code {
        Some(c) => exc::new_exc_with_args("SystemExit", &[c]),
        None => exc::new_exc_with_args("SystemExit", &[]),
    };
    Err(exc::raise(e))
}
