//! `IsoCalendarDate`, what `isocalendar()` returns: a (year, week,
//! weekday) triple that indexes, unpacks and compares like its tuple and
//! names its fields.

use super::super::native_class as nc;
use super::{cls, comparisons, other_arg, prop_self, property, small};
use crate::exc::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{str as pystr, tuple};
use crate::protocol::{self, CmpOp};
use crate::value::Value;

pub fn new(y: i64, w: i64, d: i64) -> Value {
    let t = tuple::new(vec![small(y), small(w), small(d)]);
    let roots = crate::gc::Roots::new();
    roots.push(t);
    nc::instance(cls().isocal, vec![t])
}

/// The tuple behind an IsoCalendarDate.
fn items(v: Value) -> Option<Value> {
    nc::state_of(v, cls().isocal).map(|s| nc::get(s, 0))
}

fn this(r: Value, method: &str) -> PyResult<Value> {
    items(r).ok_or_else(|| super::wrong_self(method, "datetime.IsoCalendarDate", r))
}

fn field(r: Value, i: usize, name: &str) -> PyResult {
    let t = this(r, name)?;
    Ok(tuple::as_slice(t)
        .and_then(|s| s.get(i).copied())
        .unwrap_or(Value::NONE))
}

fn ic_year(_r: Value, a: Args) -> PyResult {
    field(prop_self(&a), 0, "year")
}

fn ic_week(_r: Value, a: Args) -> PyResult {
    field(prop_self(&a), 1, "week")
}

fn ic_weekday(_r: Value, a: Args) -> PyResult {
    field(prop_self(&a), 2, "weekday")
}

fn ic_repr(r: Value, _a: Args) -> PyResult {
    let t = this(r, "__repr__")?;
    let f = tuple::as_slice(t).unwrap_or(&[]);
    let g = |i: usize| f.get(i).and_then(|v| v.as_small_int()).unwrap_or(0);
    Ok(pystr::from_string(format!(
        "{}(year={}, week={}, weekday={})",
        protocol::type_name(r),
        g(0),
        g(1),
        g(2)
    )))
}

fn ic_getitem(r: Value, a: Args) -> PyResult {
    let t = this(r, "__getitem__")?;
    a.check_pos("__getitem__", 1, 1)?;
    crate::attr::getitem(t, a.pos()[0])
}

fn ic_len(r: Value, _a: Args) -> PyResult {
    this(r, "__len__")?;
    Ok(small(3))
}

fn ic_iter(r: Value, _a: Args) -> PyResult {
    protocol::iter(this(r, "__iter__")?)
}

fn ic_hash(r: Value, _a: Args) -> PyResult {
    Ok(small(protocol::hash(this(r, "__hash__")?)?))
}

fn ic_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let t = this(r, op)?;
    let o = other_arg(&a);
    let other = match items(o) {
        Some(u) => u,
        None if tuple::as_slice(o).is_some() => o,
        None => return super::not_impl(),
    };
    let cop = match op {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        _ => CmpOp::Ge,
    };
    protocol::compare(cop, t, other)
}

pub fn make_class() -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__repr__", ic_repr),
        ("__getitem__", ic_getitem),
        ("__len__", ic_len),
        ("__iter__", ic_iter),
        ("__hash__", ic_hash),
    ];
    methods.extend(comparisons!(ic_cmp));
    let c = nc::new_class("IsoCalendarDate", "datetime", None, &methods);
    nc::set_class_attr(c, "year", property("year", ic_year));
    nc::set_class_attr(c, "week", property("week", ic_week));
    nc::set_class_attr(c, "weekday", property("weekday", ic_weekday));
    c
}
