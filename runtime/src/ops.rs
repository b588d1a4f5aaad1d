//! Operators: binary, in-place and unary arithmetic, `in`, and the set
//! comparisons, over built-in types first and user classes' special methods
//! after (with CPython's reflected-operand rules), raising CPython's
//! `TypeError` texts when nothing applies.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::{self, BinOp, NumError, NumErrorKind, NumOut};
use crate::object::Kind;
use crate::objects::iter::DictView;
use crate::objects::set_table::SetTable;
use crate::objects::{bytes, dict, int, list, set, str as pystr, tuple};
use crate::protocol::{self, num, special, type_name, CmpOp};
use crate::value::Value;

/// Converts a numeric result to a value.
pub fn num_value(n: NumOut) -> Value {
    match n {
        NumOut::Int(i) => int::from_i64(i),
        NumOut::Big(b) => int::from_bigint(b),
        NumOut::Float(f) => Value::float(f),
    }
}

/// Raises a numeric error as its Python exception.
pub fn num_error(e: NumError) -> exc::Raised {
    let class = match e.kind {
        NumErrorKind::ZeroDivisionError => "ZeroDivisionError",
        NumErrorKind::OverflowError => "OverflowError",
        NumErrorKind::ValueError | NumErrorKind::Complex => "ValueError",
        NumErrorKind::TypeError => "TypeError",
        NumErrorKind::MemoryError => "MemoryError",
    };
    exc::raise_new(class, &e.msg)
}

pub fn add(a: Value, b: Value) -> PyResult {
    binop(BinOp::Add, a, b)
}

/// Largest size, in bytes, a repetition or concatenation may produce
/// before it is refused with `MemoryError`.
const MAX_SEQ_BYTES: u128 = 1 << 36;

fn repeat_count(n: Value) -> PyResult<Option<i64>> {
    if n.is_float() || !int::is_int(n) {
        return Ok(None);
    }
    match int::to_i64(n) {
        Some(i) => Ok(Some(i.max(0))),
        None => {
            if int::big_ref(n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                Ok(Some(0))
            } else {
                Err(exc::raise_new(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
    }
}

/// The count of `seq * n` for an `n` that is not an int but has
/// `__index__`; CPython tries this after the number methods of both operands.
fn index_repeat_count(n: Value) -> PyResult<Option<i64>> {
    if special(n, "__index__").is_none() {
        return Ok(None);
    }
    repeat_count(protocol::number_index(n)?)
}

fn is_sequence(v: Value) -> bool {
    matches!(
        v.obj().map(|o| &o.kind),
        Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_))
    )
}

fn check_size(len: usize, n: i64, unit: usize) -> PyResult<()> {
    if (len as u128) * (n as u128) * (unit as u128) > MAX_SEQ_BYTES {
        return Err(exc::raise_new("MemoryError", ""));
    }
    Ok(())
}

/// Built-in behaviour of `a op b` for non-numeric built-in operands, or
/// `None` when the types do not support it.
fn builtin_binop(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ka, kb) = (a.obj().map(|o| &o.kind), b.obj().map(|o| &o.kind));
    Ok(Some(match (op, ka, kb) {
        (BinOp::Add, Some(Kind::Str(x)), Some(Kind::Str(y))) => {
            check_size(x.as_str().len() + y.as_str().len(), 1, 1)?;
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            pystr::from_string(s)
        }
        (BinOp::Add, Some(Kind::List(x)), Some(Kind::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend_from_slice(&y.borrow());
            list::new(v)
        }
        (BinOp::Add, Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            tuple::new(v)
        }
        (BinOp::Add, Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            bytes::new(v)
        }
        (BinOp::Mul, Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_)), _) => {
            match repeat_count(b)? {
                Some(n) => repeat(a, n)?,
                None => return Ok(None),
            }
        }
        (BinOp::Mul, _, Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_))) => {
            match repeat_count(a)? {
                Some(n) => repeat(b, n)?,
                None => return Ok(None),
            }
        }
        (BinOp::Mod, Some(Kind::Str(s)), _) => {
            pystr::from_string(crate::builtins::formatting::percent_format(s.as_str(), b)?)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Some(Kind::Set(_) | Kind::FrozenSet(_)),
            Some(Kind::Set(_) | Kind::FrozenSet(_)),
        ) => set_binop(op, a, b)?,
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Some(Kind::DictView {
                what: DictView::Keys | DictView::Items,
                ..
            }),
            Some(
                Kind::DictView { .. }
                | Kind::Set(_)
                | Kind::FrozenSet(_)
                | Kind::List(_)
                | Kind::Tuple(_),
            ),
        )
        | (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Some(Kind::Set(_) | Kind::FrozenSet(_) | Kind::List(_) | Kind::Tuple(_)),
            Some(Kind::DictView {
                what: DictView::Keys | DictView::Items,
                ..
            }),
        ) => {
            // Key and item views combine like sets (the result is a set).
            dictview_binop(op, a, b)?
        }
        (BinOp::Or, Some(Kind::Dict(x)), Some(Kind::Dict(y))) => {
            let out = dict::new();
            let roots = Roots::new();
            roots.push(out);
            if let Some(o) = dict::as_dict(out) {
                for (k, v) in dict::items(x)? {
                    dict::set(o, k, v)?;
                }
                for (k, v) in dict::items(y)? {
                    dict::set(o, k, v)?;
                }
            }
            out
        }
        _ => return Ok(None),
    }))
}

/// `set(view)` as CPython's `dictviews_to_set` builds it: a keys view
/// converts its dict (pre-sized, in dict order).
fn dictview_to_set(v: Value) -> PyResult {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::DictView {
            dict,
            what: DictView::Keys,
        }) => set::from_iterable(*dict, false),
        _ => set::from_iterable(v, false),
    }
}

/// The set operators of dict key and item views, in CPython's algorithm
/// (`dictviews_or`, `_sub`, `_xor`, `_PyDictView_Intersect`), so the
/// resulting set has CPython's table order.
fn dictview_binop(op: BinOp, a: Value, b: Value) -> PyResult {
    let is_view = |v: Value| matches!(v.obj().map(|o| &o.kind), Some(Kind::DictView { .. }));
    let roots = Roots::new();
    match op {
        BinOp::Or | BinOp::Sub => {
            let r = roots.push(dictview_to_set(a)?);
            if let Some(s) = set::as_set(r) {
                if op == BinOp::Or {
                    s.update_internal(b)?;
                } else {
                    s.difference_update_internal(b)?;
                }
            }
            Ok(r)
        }
        BinOp::Xor => {
            // No swap: the left operand, whichever it is, becomes the set.
            let r = roots.push(dictview_to_set(a)?);
            let o = if set::as_set(b).is_some() {
                b
            } else {
                roots.push(set::from_iterable(b, false)?)
            };
            if let (Some(s), Some(os)) = (set::as_set(r), set::as_set(o)) {
                roots.extend(&os.items());
                s.symmetric_update_from(os)?;
            }
            Ok(r)
        }
        _ => {
            let (view, other) = if is_view(a) { (a, b) } else { (b, a) };
            let view_len = protocol::len(view)?;
            // Iterate one side, keep what the other contains.
            let other_is_set = matches!(other.obj().map(|o| &o.kind), Some(Kind::Set(_)));
            let (walk, within) = match set::as_set(other) {
                Some(s) if other_is_set && view_len <= s.len() as i64 => (view, other),
                _ => (other, view),
            };
            let r = roots.push(set::from_table(Default::default(), false));
            let items = protocol::collect(walk)?;
            roots.extend(&items);
            if let Some(s) = set::as_set(r) {
                for k in items {
                    if contains(within, k)? {
                        s.add(k)?;
                    }
                }
            }
            Ok(r)
        }
    }
}

fn repeat(seq: Value, n: i64) -> PyResult {
    let n = n.max(0);
    Ok(match seq.obj().map(|o| &o.kind) {
        Some(Kind::Str(s)) => {
            check_size(s.as_str().len(), n, 1)?;
            pystr::from_string(s.as_str().repeat(n as usize))
        }
        Some(Kind::Bytes(b)) => {
            check_size(b.len(), n, 1)?;
            bytes::new(b.repeat(n as usize))
        }
        Some(Kind::List(l)) => {
            let items = l.borrow().clone();
            check_size(items.len(), n, 8)?;
            let v = items.repeat(n as usize);
            list::new(v)
        }
        Some(Kind::Tuple(t)) => {
            check_size(t.len(), n, 8)?;
            tuple::new(t.repeat(n as usize))
        }
        _ => return Err(exc::type_error("can't repeat this object")),
    })
}

/// A set operation whose key comparisons may need Python code: done with
/// per-element operations instead of the table-level fast paths.
fn set_binop_slow(op: BinOp, a: Value, b: Value) -> PyResult<SetTable<Value>> {
    let (Some(sa), Some(sb)) = (set::as_set(a), set::as_set(b)) else {
        return Ok(SetTable::new());
    };
    let out = set::SetObj::default();
    let ia = sa.items();
    let ib = sb.items();
    let roots = Roots::new();
    roots.extend(&ia);
    roots.extend(&ib);
    match op {
        BinOp::Or => {
            for v in ia.iter().chain(ib.iter()) {
                out.add(*v)?;
            }
        }
        BinOp::And => {
            for v in &ia {
                if sb.contains(*v)? {
                    out.add(*v)?;
                }
            }
        }
        BinOp::Sub => {
            for v in &ia {
                if !sb.contains(*v)? {
                    out.add(*v)?;
                }
            }
        }
        _ => {
            for v in &ia {
                if !sb.contains(*v)? {
                    out.add(*v)?;
                }
            }
            for v in &ib {
                if !sa.contains(*v)? {
                    out.add(*v)?;
                }
            }
        }
    }
    out.copy_table()
}

fn set_binop(op: BinOp, a: Value, b: Value) -> PyResult {
    let frozen = set::is_frozen(a);
    let (Some(sa), Some(sb)) = (set::as_set(a), set::as_set(b)) else {
        return Err(exc::type_error("expected sets"));
    };
    let table = {
        let (ta, tb) = (sa.read()?, sb.read()?);
        let mut eq = dict::fast_eq_probe;
        match op {
            BinOp::Or => ta.union(&tb, &mut eq),
            BinOp::And => ta.intersection(&tb, &mut eq),
            BinOp::Sub => ta.difference(&tb, &mut eq),
            _ => ta.symmetric_difference(&tb, &mut eq),
        }
    };
    let table = match table {
        Ok(t) => t,
        Err(dict::Probe::Raised(e)) => return Err(e),
        Err(dict::Probe::NeedsPython) => set_binop_slow(op, a, b)?,
    };
    gc::account(table.len() * 24);
    Ok(set::from_table(table, frozen))
}

/// Set comparisons (`==`, `<`, `<=`, ...) between sets and frozensets.
pub fn set_compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let (Some(sa), Some(sb)) = (set::as_set(a), set::as_set(b)) else {
        return Ok(false);
    };
    let (ta, tb) = (sa.read()?, sb.read()?);
    let mut eq = dict::full_eq;
    match op {
        CmpOp::Eq => ta.set_eq(&tb, &mut eq),
        CmpOp::Ne => Ok(!ta.set_eq(&tb, &mut eq)?),
        CmpOp::Le => ta.issubset(&tb, &mut eq),
        CmpOp::Lt => ta.is_proper_subset(&tb, &mut eq),
        CmpOp::Ge => ta.issuperset(&tb, &mut eq),
        CmpOp::Gt => tb.is_proper_subset(&ta, &mut eq),
    }
}

fn user_binop(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
    let roots = Roots::new();
    roots.push(a);
    roots.push(b);
    if inplace {
        if let Some(f) = special(a, &format!("__i{}__", op.dunder())) {
            let r = protocol::call_special(f, a, &[b])?;
            if !protocol::is_not_implemented(r) {
                return Ok(Some(r));
            }
        }
    }
    let name = format!("__{}__", op.dunder());
    let rname = format!("__r{}__", op.dunder());
    let ta = crate::objects::types::type_of(a);
    let tb = crate::objects::types::type_of(b);
    let fa = special(a, &name);
    let fb = if ta != tb { special(b, &rname) } else { None };
    // A subclass's reflected method goes first when it overrides the one
    // the left operand's type has.
    let overrides = || {
        let inherited = crate::objects::types::as_type(ta).and_then(|t| t.lookup(&rname));
        fb != inherited
    };
    let b_first =
        fb.is_some() && crate::objects::types::is_subtype(tb, ta) && ta != tb && overrides();
    if b_first {
        if let Some(f) = fb {
            let r = protocol::call_special(f, b, &[a])?;
            if !protocol::is_not_implemented(r) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(f) = fa {
        let r = protocol::call_special(f, a, &[b])?;
        if !protocol::is_not_implemented(r) {
            return Ok(Some(r));
        }
    }
    if !b_first {
        if let Some(f) = fb {
            let r = protocol::call_special(f, b, &[a])?;
            if !protocol::is_not_implemented(r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn binop_type_error(op: BinOp, a: Value, b: Value, inplace: bool) -> exc::Raised {
    let (ka, kb) = (a.obj().map(|o| &o.kind), b.obj().map(|o| &o.kind));
    if op == BinOp::Add && matches!(ka, Some(Kind::Bytes(_))) {
        return exc::type_error(format!("can't concat {} to bytes", type_name(b)));
    }
    if op == BinOp::Add {
        let what = match ka {
            Some(Kind::Str(_)) => Some("str"),
            Some(Kind::List(_)) => Some("list"),
            Some(Kind::Tuple(_)) => Some("tuple"),
            _ => None,
        };
        if let Some(w) = what {
            if !matches!(kb, Some(Kind::Instance(_))) {
                return exc::type_error(format!(
                    "can only concatenate {w} (not \"{}\") to {w}",
                    type_name(b)
                ));
            }
        }
    }
    if op == BinOp::Mul {
        let seq = |k: Option<&Kind>| {
            matches!(
                k,
                Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_))
            )
        };
        if seq(ka) {
            return exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(b)
            ));
        }
        if seq(kb) {
            return exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(a)
            ));
        }
    }
    // An augmented assignment names its own operator (`-=`, `**=`).
    let symbol = match (inplace, op) {
        (false, _) => op.symbol().to_string(),
        (true, BinOp::Pow) => "**=".to_string(),
        (true, _) => format!("{}=", op.symbol()),
    };
    exc::type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// `a op b`.
pub fn binop(op: BinOp, a: Value, b: Value) -> PyResult {
    binop_for(op, a, b, false)
}

/// `a op b`, or the fallback of `a op= b` when `inplace`.
fn binop_for(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        if let (Some(p), Some(q)) = (a.as_bool(), b.as_bool()) {
            match op {
                BinOp::And => return Ok(Value::bool(p & q)),
                BinOp::Or => return Ok(Value::bool(p | q)),
                BinOp::Xor => return Ok(Value::bool(p ^ q)),
                _ => {}
            }
        }
        return match numeric::binop(op, &x, &y) {
            Ok(r) => Ok(num_value(r)),
            Err(e) if e.kind == NumErrorKind::Complex => {
                let xf = numeric::int_to_float(&x).map_err(num_error)?;
                let yf = numeric::int_to_float(&y).map_err(num_error)?;
                crate::builtins::complex::float_pow(xf, yf)
            }
            Err(e) if e.kind == NumErrorKind::TypeError && e.msg.is_empty() => {
                Err(binop_type_error(op, a, b, inplace))
            }
            Err(e) => Err(num_error(e)),
        };
    }
    if let Some(r) = builtin_binop(op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = user_binop(op, a, b, false)? {
        return Ok(r);
    }
    if op == BinOp::Mul {
        if is_sequence(a) {
            if let Some(n) = index_repeat_count(b)? {
                return repeat(a, n);
            }
        } else if is_sequence(b) {
            if let Some(n) = index_repeat_count(a)? {
                return repeat(b, n);
            }
        }
    }
    Err(binop_type_error(op, a, b, inplace))
}

/// `a op= b`: mutates lists, sets and dicts in place; user `__iop__` first.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult {
    match (op, a.obj().map(|o| &o.kind)) {
        (BinOp::Add, Some(Kind::List(l))) => {
            let items = protocol::collect(b)?;
            let mut l = l
                .try_borrow_mut()
                .map_err(|_| exc::raise_new("RuntimeError", "list changed during +="))?;
            gc::account(items.len() * 8);
            l.extend(items);
            return Ok(a);
        }
        (BinOp::Mul, Some(Kind::List(l))) => {
            // An `__index__` object repeats in place unless its `__rmul__`
            // answers first.
            let count = match repeat_count(b)? {
                Some(n) => Some(n),
                None if special(b, "__rmul__").is_none() => index_repeat_count(b)?,
                None => None,
            };
            if let Some(n) = count {
                let items = l.borrow().clone();
                check_size(items.len(), n, 8)?;
                let v = items.repeat(n as usize);
                gc::account(v.len() * 8);
                *l.borrow_mut() = v;
                return Ok(a);
            }
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Kind::Set(s)))
            if set::as_set(b).is_some() =>
        {
            if a == b {
                match op {
                    BinOp::Or | BinOp::And => return Ok(a),
                    _ => {
                        s.clear()?;
                        return Ok(a);
                    }
                }
            }
            let Some(other) = set::as_set(b) else {
                return Ok(a);
            };
            let roots = gc::Roots::new();
            roots.extend(&other.items());
            match op {
                BinOp::Or => s.merge_from(other)?,
                BinOp::Sub => s.difference_update_from(other)?,
                BinOp::Xor => s.symmetric_update_from(other)?,
                _ => {
                    let r = roots.push(set_binop(op, a, b)?);
                    if let Some(t) = set::as_set(r) {
                        s.replace(t.copy_table()?)?;
                    }
                }
            }
            return Ok(a);
        }
        (BinOp::Or, Some(Kind::Dict(d))) => {
            crate::builtins::methods::dict_update_from(d, b)?;
            return Ok(a);
        }
        (_, Some(Kind::Instance(_))) => {
            if let Some(r) = user_binop(op, a, b, true)? {
                return Ok(r);
            }
            return Err(binop_type_error(op, a, b, true));
        }
        _ => {}
    }
    binop_for(op, a, b, true)
}

/// Unary operators (`-`, `+`, `~`, `not`).
pub fn unary(op: u64, a: Value) -> PyResult {
    use molt_abi::entry::ops;
    if op == ops::NOT {
        return Ok(Value::bool(!protocol::truthy(a)?));
    }
    if let Some(n) = num(a) {
        let r = match (op, n) {
            (ops::NEG, numeric::Num::Small(i)) => int::from_i64(-i),
            (ops::NEG, numeric::Num::Big(b)) => int::from_bigint(-b),
            (ops::NEG, numeric::Num::Float(f)) => Value::float(-f),
            (ops::POS, numeric::Num::Small(i)) => int::from_i64(i),
            (ops::POS, numeric::Num::Big(_)) => a,
            (ops::POS, numeric::Num::Float(f)) => Value::float(f),
            (ops::INVERT, numeric::Num::Small(i)) => int::from_i64(!i),
            (ops::INVERT, numeric::Num::Big(b)) => int::from_bigint(!b),
            _ => {
                return Err(exc::type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    unary_symbol(op),
                    type_name(a)
                )))
            }
        };
        return Ok(r);
    }
    let name = match op {
        ops::NEG => "__neg__",
        ops::POS => "__pos__",
        _ => "__invert__",
    };
    if let Some(f) = special(a, name) {
        return protocol::call_special(f, a, &[]);
    }
    Err(exc::type_error(format!(
        "bad operand type for unary {}: '{}'",
        unary_symbol(op),
        type_name(a)
    )))
}

fn unary_symbol(op: u64) -> &'static str {
    match op {
        molt_abi::entry::ops::NEG => "-",
        molt_abi::entry::ops::POS => "+",
        _ => "~",
    }
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    let Some(o) = container.obj() else {
        return Err(not_container(container));
    };
    match &o.kind {
        Kind::Str(s) => match pystr::as_str(item) {
            Some(sub) => Ok(s.as_str().contains(sub)),
            None => Err(exc::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ))),
        },
        Kind::Bytes(b) => {
            if let Some(i) = int::to_i64(item).filter(|_| !item.is_float()) {
                if !(0..=255).contains(&i) {
                    return Err(exc::value_error("byte must be in range(0, 256)"));
                }
                return Ok(b.contains(&(i as u8)));
            }
            match item.obj().map(|o| &o.kind) {
                Some(Kind::Bytes(sub)) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(exc::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(item)
                ))),
            }
        }
        Kind::List(l) => {
            let items = l.borrow().clone();
            seq_contains(&items, item)
        }
        Kind::Tuple(t) => seq_contains(t, item),
        Kind::Dict(d) => Ok(dict::get(d, item)?.is_some()),
        Kind::Set(s) | Kind::FrozenSet(s) => {
            if let Some(Kind::Set(inner)) = item.obj().map(|o| &o.kind) {
                // A set looked up in a set is compared as a frozenset.
                let fz = set::from_table(inner.copy_table()?, true);
                let roots = Roots::new();
                roots.push(fz);
                return s.contains(fz);
            }
            s.contains(item)
        }
        Kind::Type(t) if t.meta_lookup("__contains__").is_some() => {
            let f = t.meta_lookup("__contains__").unwrap_or(Value::NONE);
            let r = protocol::call_special(f, container, &[item])?;
            protocol::truthy(r)
        }
        Kind::Range { .. } => match crate::builtins::iterators::range_contains(container, item)? {
            Some(r) => Ok(r),
            None => iter_contains(container, item),
        },
        Kind::DictView { dict: d, what } => {
            let Some(dd) = dict::as_dict(*d) else {
                return Ok(false);
            };
            match what {
                crate::objects::iter::DictView::Keys => Ok(dict::get(dd, item)?.is_some()),
                crate::objects::iter::DictView::Values => {
                    let vals: Vec<Value> = dict::items(dd)?.into_iter().map(|(_, v)| v).collect();
                    seq_contains(&vals, item)
                }
                crate::objects::iter::DictView::Items => {
                    let Some(pair) = tuple::as_slice(item).filter(|p| p.len() == 2) else {
                        return Ok(false);
                    };
                    match dict::get(dd, pair[0])? {
                        Some(v) => Ok(v == pair[1] || protocol::eq(v, pair[1])?),
                        None => Ok(false),
                    }
                }
            }
        }
        Kind::Instance(_) => {
            if let Some(f) = special(container, "__contains__") {
                let r = protocol::call_special(f, container, &[item])?;
                return protocol::truthy(r);
            }
            if special(container, "__iter__").is_some()
                || special(container, "__getitem__").is_some()
            {
                return iter_contains(container, item);
            }
            Err(not_container(container))
        }
        Kind::Iter(_) | Kind::Generator(_) => iter_contains(container, item),
        _ => Err(not_container(container)),
    }
}

fn not_container(v: Value) -> exc::Raised {
    exc::type_error(format!(
        "argument of type '{}' is not iterable",
        type_name(v)
    ))
}

fn seq_contains(items: &[Value], item: Value) -> PyResult<bool> {
    let roots = Roots::new();
    roots.extend(items);
    roots.push(item);
    for &x in items {
        if x == item || protocol::eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn iter_contains(container: Value, item: Value) -> PyResult<bool> {
    let roots = Roots::new();
    roots.push(item);
    let it = roots.push(protocol::iter(container)?);
    loop {
        gc::safepoint();
        let Some(x) = protocol::next(it)? else { break };
        if x == item || protocol::eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
