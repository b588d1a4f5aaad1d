//! The protocols every value takes part in — truth, equality, ordering,
//! hashing, `repr`/`str`, attribute access, subscription, iteration and
//! calls — dispatched over built-in kinds first and user classes' special
//! methods after, as CPython's abstract object layer does.

use crate::exc::{self, PyResult};
use crate::frames::DepthGuard;
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
pub use crate::objects::types::type_name;
use crate::objects::types::{self, as_type, Layout, Ty};
use crate::objects::{dict, int, list, set, str as pystr, tuple};
use crate::value::Value;

pub fn not_implemented() -> Value {
    crate::builtins::singletons().0
}

pub fn is_not_implemented(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.kind), Some(Kind::NotImplemented))
}

/// Looks up a special method on the type of a user-class instance.
pub fn special(v: Value, name: &str) -> Option<Value> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Instance(_)) | Some(Kind::Exception(_)) => {
            as_type(types::type_of(v)).and_then(|t| t.lookup(name))
        }
        _ => None,
    }
}

/// Calls a special method found by `special` with `v` as self.
pub fn call_special(func: Value, v: Value, rest: &[Value]) -> PyResult {
    let mut args = Vec::with_capacity(rest.len() + 1);
    args.push(v);
    args.extend_from_slice(rest);
    call(func, Args::positional(&args))
}

pub fn truthy(v: Value) -> PyResult<bool> {
    if let Some(b) = v.as_bool() {
        return Ok(b);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Ok(f != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    let Some(o) = v.obj() else { return Ok(true) };
    Ok(match &o.kind {
        Kind::Int(_) => true,
        Kind::Str(s) => !s.as_str().is_empty(),
        Kind::Bytes(b) => !b.is_empty(),
        Kind::List(l) => !l.borrow().is_empty(),
        Kind::Tuple(t) => !t.is_empty(),
        Kind::Dict(d) => !d.borrow().is_empty(),
        Kind::Set(s) | Kind::FrozenSet(s) => !s.is_empty(),
        Kind::Range { .. } => crate::builtins::range_len(v)? != 0,
        Kind::DictView { .. } => len(v)? != 0,
        Kind::Instance(_) | Kind::Exception(_) => {
            if let Some(f) = special(v, "__bool__") {
                let r = call_special(f, v, &[])?;
                return match r.as_bool() {
                    Some(b) => Ok(b),
                    None => Err(exc::type_error(format!(
                        "__bool__ should return bool, returned {}",
                        type_name(r)
                    ))),
                };
            }
            if let Some(f) = special(v, "__len__") {
                return Ok(len_result(call_special(f, v, &[])?)? != 0);
            }
            true
        }
        _ => true,
    })
}

/// `operator.index(v)`: `v` itself when it is an int, else the int its
/// `__index__` returns.
pub fn number_index(v: Value) -> PyResult {
    if int::is_int(v) {
        return Ok(v);
    }
    if let Some(f) = special(v, "__index__") {
        let r = call_special(f, v, &[])?;
        if int::is_int(r) {
            return Ok(r);
        }
        return Err(exc::type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(r)
        )));
    }
    Err(exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// An int-like value as i64, for indices; too big raises `IndexError`.
pub fn index_value(v: Value) -> PyResult<i64> {
    index_value_or(v, "IndexError")
}

/// An int-like value as i64; too big raises `overflow` (CPython's
/// `PyNumber_AsSsize_t` with the caller's exception type).
pub fn index_value_or(v: Value, overflow: &str) -> PyResult<i64> {
    let r = number_index(v)?;
    int::to_i64(r)
        .ok_or_else(|| exc::raise_new(overflow, "cannot fit 'int' into an index-sized integer"))
}

/// The result of a `__len__` call as a length: an int (through `__index__`),
/// not negative, and fitting an index (`OverflowError` otherwise).
fn len_result(r: Value) -> PyResult<i64> {
    let r = number_index(r)?;
    if int::big_ref(r).is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
        || int::to_i64(r).is_some_and(|n| n < 0)
    {
        return Err(exc::value_error("__len__() should return >= 0"));
    }
    index_value_or(r, "OverflowError")
}

thread_local! {
    /// Containers whose repr is being built (CPython's `Py_ReprEnter`), so
    /// a container that contains itself prints as `[...]`.
    static REPR_ACTIVE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks `v` as being repr'd until dropped; `None` when it already is.
struct ReprEnter(Value);

impl ReprEnter {
    fn enter(v: Value) -> Option<ReprEnter> {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if r.contains(&v) {
                return None;
            }
            r.push(v);
            Some(ReprEnter(v))
        })
    }
}

impl Drop for ReprEnter {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(i) = r.iter().rposition(|x| *x == self.0) {
                r.remove(i);
            }
        });
    }
}

pub fn repr(v: Value) -> PyResult<String> {
    if let Some(f) = v.as_float() {
        return Ok(crate::format::float_repr(f));
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    if let Some(b) = v.as_bool() {
        return Ok(if b { "True" } else { "False" }.into());
    }
    if v.is_none() {
        return Ok("None".into());
    }
    let Some(o) = v.obj() else {
        return Ok("<?>".into());
    };
    let _guard = DepthGuard::enter(" while getting the repr of an object")?;
    Ok(match &o.kind {
        Kind::Int(b) => {
            crate::format::int_to_decimal(b).map_err(crate::builtins::formatting::fmt_error)?
        }
        Kind::Str(s) => crate::objects::str_methods::str_repr(s.as_str()),
        Kind::Bytes(b) => crate::objects::bytes::bytes_repr(b),
        Kind::List(l) => {
            let items = l.borrow().clone();
            if items.is_empty() {
                return Ok("[]".into());
            }
            let Some(_active) = ReprEnter::enter(v) else {
                return Ok("[...]".into());
            };
            let _roots = Roots::new();
            _roots.extend(&items);
            format!("[{}]", join_reprs(&items)?)
        }
        Kind::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(t[0])?)
            } else {
                format!("({})", join_reprs(t)?)
            }
        }
        Kind::Dict(d) => {
            let entries: Vec<(Value, Value)> = d.borrow().entries().collect();
            if entries.is_empty() {
                return Ok("{}".into());
            }
            let Some(_active) = ReprEnter::enter(v) else {
                return Ok("{...}".into());
            };
            let roots = Roots::new();
            for (k, v) in &entries {
                roots.push(*k);
                roots.push(*v);
            }
            let mut parts = Vec::with_capacity(entries.len());
            for (k, v) in entries {
                parts.push(format!("{}: {}", repr(k)?, repr(v)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Kind::Set(s) => {
            let items = s.items();
            if items.is_empty() {
                "set()".into()
            } else {
                let roots = Roots::new();
                roots.extend(&items);
                format!("{{{}}}", join_reprs(&items)?)
            }
        }
        Kind::FrozenSet(s) => {
            let items = s.items();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let roots = Roots::new();
                roots.extend(&items);
                format!("frozenset({{{}}})", join_reprs(&items)?)
            }
        }
        Kind::Range { start, stop, step } => {
            if step.as_small_int() == Some(1) {
                format!("range({}, {})", repr(*start)?, repr(*stop)?)
            } else {
                format!(
                    "range({}, {}, {})",
                    repr(*start)?,
                    repr(*stop)?,
                    repr(*step)?
                )
            }
        }
        Kind::Slice { start, stop, step } => {
            format!(
                "slice({}, {}, {})",
                repr(*start)?,
                repr(*stop)?,
                repr(*step)?
            )
        }
        Kind::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname(),
            v.0 & molt_abi::PAYLOAD_MASK
        ),
        Kind::Builtin(b) => {
            if b.receiver.is_none() {
                format!("<built-in function {}>", b.name)
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(b.receiver),
                    b.receiver.0 & molt_abi::PAYLOAD_MASK
                )
            }
        }
        Kind::BoundMethod { func, receiver } => {
            let fname = match func.obj().map(|o| &o.kind) {
                Some(Kind::Function(f)) => f.qualname().to_string(),
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr(*receiver)?)
        }
        Kind::Type(t) => {
            if let Some(f) = t.meta_lookup("__repr__") {
                let r = call_special(f, v, &[])?;
                return Ok(pystr::as_str(r).unwrap_or("").to_string());
            }
            if t.module == "builtins" {
                format!("<class '{}'>", t.qualname)
            } else {
                format!("<class '{}.{}'>", t.module, t.qualname)
            }
        }
        Kind::Instance(_) | Kind::Exception(_) => {
            if let Some(f) = special(v, "__repr__") {
                let r = call_special(f, v, &[])?;
                return match pystr::as_str(r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(exc::type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(r)
                    ))),
                };
            }
            return default_repr(v);
        }
        Kind::Cell(_) => "<cell>".into(),
        Kind::Iter(_) => format!("<iterator object at {:#x}>", v.0 & molt_abi::PAYLOAD_MASK),
        Kind::Generator(g) => {
            let name = match g.func.obj().map(|o| &o.kind) {
                Some(Kind::Function(f)) => f.qualname(),
                _ => "?",
            };
            format!(
                "<generator object {name} at {:#x}>",
                v.0 & molt_abi::PAYLOAD_MASK
            )
        }
        Kind::Module(m) => match &m.globals {
            Some(_) => format!("<module '{}'>", m.name),
            None => format!("<module '{}' (built-in)>", m.name),
        },
        Kind::Property { .. } => {
            format!("<property object at {:#x}>", v.0 & molt_abi::PAYLOAD_MASK)
        }
        Kind::StaticMethod(f) => format!("<staticmethod({})>", repr(*f)?),
        Kind::ClassMethod(f) => format!("<classmethod({})>", repr(*f)?),
        Kind::Super { ty, obj } => format!(
            "<super: <class '{}'>, <{} object>>",
            as_type(*ty).map_or("?".to_string(), |t| t.name.clone()),
            type_name(*obj)
        ),
        Kind::DictView { dict: d, what } => {
            let Some(_active) = ReprEnter::enter(v) else {
                return Ok("...".into());
            };
            let items = match dict::as_dict(*d) {
                Some(dd) => dict::items(dd)?,
                None => Vec::new(),
            };
            let roots = Roots::new();
            let mut parts = Vec::with_capacity(items.len());
            for (k, val) in items {
                roots.push(k);
                roots.push(val);
                parts.push(match what {
                    crate::objects::iter::DictView::Keys => repr(k)?,
                    crate::objects::iter::DictView::Values => repr(val)?,
                    crate::objects::iter::DictView::Items => {
                        format!("({}, {})", repr(k)?, repr(val)?)
                    }
                });
            }
            let name = match what {
                crate::objects::iter::DictView::Keys => "dict_keys",
                crate::objects::iter::DictView::Values => "dict_values",
                crate::objects::iter::DictView::Items => "dict_items",
            };
            format!("{name}([{}])", parts.join(", "))
        }
        Kind::NotImplemented => "NotImplemented".into(),
        Kind::Ellipsis => "Ellipsis".into(),
        Kind::Native(_) => "<native data>".into(),
    })
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for &i in items {
        parts.push(repr(i)?);
    }
    Ok(parts.join(", "))
}

pub fn str_of(v: Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Instance(_)) | Some(Kind::Exception(_)) => {
            // `object.__str__` returns what `__repr__` does unchecked, so
            // str() reports a bad result as `__str__`'s.
            let f = special(v, "__str__").or_else(|| {
                exc::as_exc(v)
                    .is_none()
                    .then(|| special(v, "__repr__"))
                    .flatten()
            });
            if let Some(f) = f {
                let r = call_special(f, v, &[])?;
                return match pystr::as_str(r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(exc::type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(r)
                    ))),
                };
            }
            default_str(v)
        }
        _ => repr(v),
    }
}

/// `object.__str__` / `BaseException.__str__`: what `str()` gives when the
/// class does not define `__str__`.
pub fn default_str(v: Value) -> PyResult<String> {
    if let Some(e) = exc::as_exc(v) {
        if let Some(s) = crate::objects::exc_fields::str_of(e)? {
            return Ok(s);
        }
        let args = tuple::as_slice(e.args.get()).unwrap_or(&[]);
        let is_key_error = types::exc_type("KeyError").is_some_and(|k| types::isinstance(v, k));
        return match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => repr(args[0]),
            1 => str_of(args[0]),
            _ => repr(e.args.get()),
        };
    }
    repr(v)
}

/// `object.__repr__` / `BaseException.__repr__`: what `repr()` gives when
/// the class does not define `__repr__`.
pub fn default_repr(v: Value) -> PyResult<String> {
    if let Some(e) = exc::as_exc(v) {
        let args = tuple::as_slice(e.args.get()).unwrap_or(&[]);
        let name = type_name(v);
        return Ok(if args.len() == 1 {
            format!("{name}({})", repr(args[0])?)
        } else {
            format!("{name}({})", join_reprs(args)?)
        });
    }
    let t = as_type(types::type_of(v));
    let (m, q) = t
        .map(|t| (t.module.as_str(), t.qualname.as_str()))
        .unwrap_or(("?", "?"));
    Ok(if m == "builtins" {
        format!("<{q} object at {:#x}>", v.0 & molt_abi::PAYLOAD_MASK)
    } else {
        format!("<{m}.{q} object at {:#x}>", v.0 & molt_abi::PAYLOAD_MASK)
    })
}

/// Python `==`.
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    let r = compare(CmpOp::Eq, a, b)?;
    truthy(r)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn dunder(self) -> &'static str {
        match self {
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn from_code(c: u64) -> CmpOp {
        match c {
            0 => CmpOp::Eq,
            1 => CmpOp::Ne,
            2 => CmpOp::Lt,
            3 => CmpOp::Le,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }

    fn apply(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

/// Rich comparison, returning a Python value (usually a bool).
pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult {
    if let Some(r) = builtin_compare(op, a, b)? {
        return Ok(Value::bool(r));
    }
    // User-defined comparisons. When the right operand's type is a proper
    // subclass of the left's, its reflected method goes first (CPython's
    // do_richcompare), and is not tried again.
    let (ta, tb) = (types::type_of(a), types::type_of(b));
    let reflected_first = ta != tb && types::is_subtype(tb, ta);
    if reflected_first {
        if let Some(f) = special(b, op.swapped().dunder()) {
            let r = call_special(f, b, &[a])?;
            if !is_not_implemented(r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = special(a, op.dunder()) {
        let r = call_special(f, a, &[b])?;
        if !is_not_implemented(r) {
            return Ok(r);
        }
    }
    if !reflected_first {
        if let Some(f) = special(b, op.swapped().dunder()) {
            let r = call_special(f, b, &[a])?;
            if !is_not_implemented(r) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a == b)),
        CmpOp::Ne => {
            if let Some(f) = special(a, "__eq__") {
                let r = call_special(f, a, &[b])?;
                if !is_not_implemented(r) {
                    return Ok(Value::bool(!truthy(r)?));
                }
            }
            Ok(Value::bool(a != b))
        }
        _ => Err(exc::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

pub use crate::numeric::Num;

/// Numeric view of a value for comparisons and arithmetic.
pub fn num(v: Value) -> Option<Num> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Small(i));
    }
    if let Some(f) = v.as_float() {
        return Some(Num::Float(f));
    }
    if let Some(b) = v.as_bool() {
        return Some(Num::Small(b as i64));
    }
    int::big_ref(v).map(Num::Big)
}

fn builtin_compare(op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(Some(crate::numeric::compare_nums(op, &x, &y)));
    }
    let (Some(oa), Some(ob)) = (a.obj(), b.obj()) else {
        // None against None, or against a value with no comparison
        // methods of its own (an instance's `__eq__` still gets a say).
        let user = |v: Value| matches!(v.obj().map(|o| &o.kind), Some(Kind::Instance(_)));
        if (a.is_none() || b.is_none()) && !user(a) && !user(b) {
            return Ok(match op {
                CmpOp::Eq => Some(a == b),
                CmpOp::Ne => Some(a != b),
                _ => None,
            });
        }
        return Ok(match op {
            CmpOp::Eq if special(a, "__eq__").is_none() && special(b, "__eq__").is_none() => {
                Some(false)
            }
            CmpOp::Ne
                if special(a, "__ne__").is_none()
                    && special(b, "__ne__").is_none()
                    && special(a, "__eq__").is_none()
                    && special(b, "__eq__").is_none() =>
            {
                Some(true)
            }
            _ => None,
        });
    };
    Ok(match (&oa.kind, &ob.kind) {
        (Kind::Str(x), Kind::Str(y)) => Some(op.apply(x.as_str().cmp(y.as_str()))),
        // Slices compare as the tuples of their bounds.
        (
            Kind::Slice {
                start: a1,
                stop: b1,
                step: c1,
            },
            Kind::Slice {
                start: a2,
                stop: b2,
                step: c2,
            },
        ) => {
            let roots = crate::gc::Roots::new();
            let x = roots.push(tuple::new(vec![*a1, *b1, *c1]));
            let y = roots.push(tuple::new(vec![*a2, *b2, *c2]));
            return Ok(Some(truthy(compare(op, x, y)?)?));
        }
        // Bound methods are equal when they bind the same function to the
        // same object.
        (
            Kind::BoundMethod {
                func: f1,
                receiver: r1,
            },
            Kind::BoundMethod {
                func: f2,
                receiver: r2,
            },
        ) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = f1 == f2 && r1 == r2;
            Some(same == (op == CmpOp::Eq))
        }
        (Kind::Bytes(x), Kind::Bytes(y)) => Some(op.apply(x.cmp(y))),
        (Kind::List(x), Kind::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            Some(seq_compare(op, &x, &y)?)
        }
        (Kind::Tuple(x), Kind::Tuple(y)) => Some(seq_compare(op, x, y)?),
        (Kind::Dict(_), Kind::Dict(_)) => match op {
            CmpOp::Eq => Some(dict_eq(a, b)?),
            CmpOp::Ne => Some(!dict_eq(a, b)?),
            _ => None,
        },
        (Kind::Set(_) | Kind::FrozenSet(_), Kind::Set(_) | Kind::FrozenSet(_)) => {
            Some(crate::ops::set_compare(op, a, b)?)
        }
        (Kind::Range { .. }, Kind::Range { .. }) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let same = crate::builtins::range_eq(a, b)?;
                Some(if op == CmpOp::Eq { same } else { !same })
            }
            _ => None,
        },
        (Kind::Instance(_) | Kind::Exception(_), _)
        | (_, Kind::Instance(_) | Kind::Exception(_)) => None,
        _ => match op {
            CmpOp::Eq => Some(a == b),
            CmpOp::Ne => Some(a != b),
            _ => None,
        },
    })
}

fn seq_compare(op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    let roots = Roots::new();
    roots.extend(x);
    roots.extend(y);
    let _guard = DepthGuard::enter(" in comparison")?;
    for (a, b) in x.iter().zip(y.iter()) {
        if *a == *b {
            continue;
        }
        if !eq(*a, *b)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => truthy(compare(op, *a, *b)?),
            };
        }
    }
    Ok(op.apply(x.len().cmp(&y.len())))
}

fn dict_eq(a: Value, b: Value) -> PyResult<bool> {
    let (Some(da), Some(db)) = (dict::as_dict(a), dict::as_dict(b)) else {
        return Ok(false);
    };
    if da.borrow().len() != db.borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(Value, Value)> = da.borrow().entries().collect();
    for (k, v) in entries {
        match dict::get(db, k)? {
            Some(w) if v == w || eq(v, w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

pub fn hash(v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        // Small ints are far below the hash modulus 2**61 - 1.
        return Ok(if i == -1 { -2 } else { i });
    }
    if let Some(n) = num(v) {
        return Ok(crate::numeric::hash_num(&n));
    }
    if v.is_none() {
        return Ok(0xFCA8_6420_0000_i64 >> 4);
    }
    let Some(o) = v.obj() else {
        return Ok(v.0 as i64);
    };
    match &o.kind {
        Kind::Str(s) => Ok(s.hash()),
        Kind::Bytes(b) => Ok(crate::hash::hash_bytes(b)),
        Kind::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.len());
            for &x in t.iter() {
                hs.push(hash(x)?);
            }
            Ok(crate::hash::hash_tuple(&hs))
        }
        Kind::FrozenSet(s) => {
            let mut hs = Vec::new();
            for x in s.items() {
                hs.push(hash(x)?);
            }
            Ok(crate::hash::hash_frozenset(&hs))
        }
        Kind::List(_) | Kind::Dict(_) | Kind::Set(_) | Kind::Slice { .. } => Err(exc::type_error(
            format!("unhashable type: '{}'", type_name(v)),
        )),
        Kind::Instance(_) | Kind::Exception(_) => {
            let t = as_type(types::type_of(v));
            match t.and_then(|t| t.lookup("__hash__")) {
                Some(h) if h.is_none() => Err(exc::type_error(format!(
                    "unhashable type: '{}'",
                    type_name(v)
                ))),
                Some(h) => {
                    let r = call_special(h, v, &[])?;
                    match num(r) {
                        Some(Num::Float(_)) | None => {
                            Err(exc::type_error("__hash__ method should return an integer"))
                        }
                        // An in-range result is used as is; a larger one by
                        // its own hash (CPython does the same).
                        Some(Num::Small(i)) => Ok(crate::hash::fix_minus_one(i)),
                        Some(n) => match int::to_i64(r) {
                            Some(i) => Ok(crate::hash::fix_minus_one(i)),
                            None => Ok(crate::numeric::hash_num(&n)),
                        },
                    }
                }
                None => Ok(crate::hash::hash_pointer(v.0 & molt_abi::PAYLOAD_MASK)),
            }
        }
        _ => Ok(crate::hash::hash_pointer(v.0 & molt_abi::PAYLOAD_MASK)),
    }
}

/// Calls any callable value.
pub fn call(callee: Value, args: Args) -> PyResult {
    let Some(o) = callee.obj() else {
        return Err(not_callable(callee));
    };
    match &o.kind {
        Kind::Function(_) => crate::call::call_function(callee, args),
        Kind::Builtin(b) => {
            if b.receiver == Value::UNBOUND {
                crate::builtins::methods::call_unbound(b.name, b.f, args)
            } else {
                (b.f)(b.receiver, args)
            }
        }
        Kind::BoundMethod { func, receiver } => {
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(*receiver);
            v.extend_from_slice(args.values);
            call(
                *func,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            )
        }
        Kind::Type(t) => match t.meta_lookup("__call__") {
            Some(f) => {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(callee);
                v.extend_from_slice(args.values);
                call(
                    f,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
            None => crate::call::construct(callee, t, args),
        },
        Kind::Instance(_) => match special(callee, "__call__") {
            Some(f) => {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(callee);
                v.extend_from_slice(args.values);
                call(
                    f,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
            None => Err(not_callable(callee)),
        },
        // Static methods are callable objects since 3.10.
        Kind::StaticMethod(f) => call(*f, args),
        _ => Err(not_callable(callee)),
    }
}

fn not_callable(v: Value) -> exc::Raised {
    exc::type_error(format!("'{}' object is not callable", type_name(v)))
}

pub fn call0(f: Value) -> PyResult {
    call(f, Args::positional(&[]))
}

pub fn call1(f: Value, a: Value) -> PyResult {
    call(f, Args::positional(&[a]))
}

/// `iter(v)`.
pub fn iter(v: Value) -> PyResult {
    use crate::objects::iter::IterState;
    let Some(o) = v.obj() else {
        return Err(not_iterable(v));
    };
    let state = match &o.kind {
        Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) => IterState::Seq { seq: v, index: 0 },
        Kind::Str(_) => IterState::Str { s: v, offset: 0 },
        Kind::Range { .. } => crate::builtins::range_iter_state(v)?,
        Kind::Dict(d) => IterState::Dict {
            dict: v,
            pos: 0,
            len: d.borrow().len(),
            what: crate::objects::iter::DictView::Keys,
        },
        Kind::Set(s) | Kind::FrozenSet(s) => {
            let items = set::with_set(v, |s| s.items()).unwrap_or_default();
            IterState::SetItems {
                set: v,
                items: tuple::new(items),
                index: 0,
                len: s.len(),
            }
        }
        Kind::Iter(_) | Kind::Generator(_) => return Ok(v),
        Kind::DictView { dict: d, what } => crate::builtins::methods::view_iter(*d, *what)?,
        Kind::Type(t) => match t.meta_lookup("__iter__") {
            Some(f) => return call_special(f, v, &[]),
            None => return Err(not_iterable(v)),
        },
        Kind::Instance(_) => {
            if let Some(f) = special(v, "__iter__") {
                // `__iter__ = None` declares the class not iterable.
                if f.is_none() {
                    return Err(not_iterable(v));
                }
                let it = call_special(f, v, &[])?;
                if special(it, "__next__").is_none()
                    && !matches!(
                        it.obj().map(|o| &o.kind),
                        Some(Kind::Iter(_) | Kind::Generator(_))
                    )
                {
                    return Err(exc::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(it)
                    )));
                }
                return Ok(it);
            }
            if special(v, "__getitem__").is_some() {
                IterState::GetItem { obj: v, index: 0 }
            } else {
                return Err(not_iterable(v));
            }
        }
        _ => return Err(not_iterable(v)),
    };
    Ok(gc::alloc(Kind::Iter(std::cell::RefCell::new(state))))
}

fn not_iterable(v: Value) -> exc::Raised {
    exc::type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// Advances an iterator: `Ok(Some(v))`, `Ok(None)` when exhausted.
#[inline]
pub fn next(it: Value) -> PyResult<Option<Value>> {
    if let Some(Kind::Iter(state)) = it.obj().map(|o| &o.kind) {
        if let Some(v) = next_fast(state) {
            return Ok(Some(v));
        }
    }
    next_general(it)
}

/// The common steps of a range or list iterator (a small int in range, a
/// list item); `None` sends everything else, including the end, to the
/// general path.
#[inline]
fn next_fast(state: &std::cell::RefCell<crate::objects::iter::IterState>) -> Option<Value> {
    use crate::objects::iter::IterState;
    let mut st = state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range { next, stop, step } => {
            let n = *next;
            let more = if *step > 0 { n < *stop } else { n > *stop };
            if !more || !molt_abi::fits_small_int(n) {
                return None;
            }
            let after = n.checked_add(*step)?;
            *next = after;
            Some(Value::small_int(n))
        }
        IterState::Seq { seq, index } => {
            let Some(Kind::List(l)) = seq.obj().map(|o| &o.kind) else {
                return None;
            };
            let v = l.try_borrow().ok()?.get(*index).copied()?;
            *index += 1;
            Some(v)
        }
        _ => None,
    }
}

#[inline(never)]
fn next_general(it: Value) -> PyResult<Option<Value>> {
    match it.obj().map(|o| &o.kind) {
        Some(Kind::Iter(state)) => crate::builtins::iter_next(it, state),
        Some(Kind::Generator(_)) => crate::call::gen_next(it),
        Some(Kind::Instance(_)) => match special(it, "__next__") {
            Some(f) => match call_special(f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if exc::pending_is("StopIteration") {
                        exc::take_pending();
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            },
            None => Err(exc::type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        },
        _ => Err(exc::type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        ))),
    }
}

/// Collects any iterable into a vector (rooting what it collects).
pub fn collect(v: Value) -> PyResult<Vec<Value>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::List(l)) => return Ok(l.borrow().clone()),
        Some(Kind::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let roots = Roots::new();
    let it = roots.push(iter(v)?);
    let _ = it;
    let acc = roots.push(list::new(Vec::new()));
    while let Some(x) = next(it)? {
        if let Some(l) = list::as_list(acc) {
            l.borrow_mut().push(x);
        }
    }
    Ok(list::as_list(acc)
        .map(|l| l.borrow().clone())
        .unwrap_or_default())
}

/// CPython's `PySequence_Fast`: like `collect`, but a `TypeError` from
/// getting the iterator becomes `TypeError(msg)`.
pub fn collect_fast(v: Value, msg: &str) -> PyResult<Vec<Value>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::List(l)) => return Ok(l.borrow().clone()),
        Some(Kind::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match iter(v) {
        Ok(it) => it,
        Err(e) => {
            if exc::pending_is("TypeError") {
                exc::take_pending();
                return Err(exc::type_error(msg));
            }
            return Err(e);
        }
    };
    collect(it)
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<i64> {
    let Some(o) = v.obj() else {
        return Err(no_len(v));
    };
    Ok(match &o.kind {
        Kind::Str(s) => s.char_len() as i64,
        Kind::Bytes(b) => b.len() as i64,
        Kind::List(l) => l.borrow().len() as i64,
        Kind::Tuple(t) => t.len() as i64,
        Kind::Dict(d) => d.borrow().len() as i64,
        Kind::Set(s) | Kind::FrozenSet(s) => s.len() as i64,
        Kind::Range { .. } => crate::builtins::range_len(v)?,
        Kind::DictView { dict: d, .. } => {
            dict::as_dict(*d).map_or(0, |dd| dd.try_borrow().map_or(0, |t| t.len())) as i64
        }
        Kind::Instance(_) | Kind::Type(_) => {
            match special(v, "__len__").or_else(|| types::meta_method(v, "__len__")) {
                Some(f) => len_result(call_special(f, v, &[])?)?,
                None => return Err(no_len(v)),
            }
        }
        _ => return Err(no_len(v)),
    })
}

fn no_len(v: Value) -> exc::Raised {
    exc::type_error(format!("object of type '{}' has no len()", type_name(v)))
}

/// Is `t` a type object whose instances are exceptions?
pub fn is_exception_class(t: Value) -> bool {
    as_type(t).is_some_and(|t| t.layout == Layout::Exception)
}

pub fn builtin_ty(v: Value) -> Option<Ty> {
    let t = types::type_of(v);
    [
        Ty::Int,
        Ty::Bool,
        Ty::Float,
        Ty::Str,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Set,
        Ty::FrozenSet,
        Ty::Bytes,
        Ty::Range,
    ]
    .into_iter()
    .find(|ty| types::builtin_type(*ty) == t)
}
