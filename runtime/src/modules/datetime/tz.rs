//! `tzinfo` (the abstract base user time zones subclass) and `timezone`
//! (fixed offsets, `timezone.utc`).

use super::super::native_class as nc;
use super::{
    args, call_offset, cls, comparisons, delta_of, dt_of, format_offset, new_delta, not_impl,
    other_arg, tz_of, TzD, US_PER_DAY,
};
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str as pystr;
use crate::protocol::{self, type_name};
use crate::value::Value;

fn not_implemented(what: &str) -> exc::Raised {
    exc::raise_new(
        "NotImplementedError",
        &format!("a tzinfo subclass must implement {what}()"),
    )
}

fn tzinfo_utcoffset(_r: Value, _a: Args) -> PyResult {
    Err(not_implemented("utcoffset"))
}

fn tzinfo_dst(_r: Value, _a: Args) -> PyResult {
    Err(not_implemented("dst"))
}

fn tzinfo_tzname(_r: Value, _a: Args) -> PyResult {
    Err(not_implemented("tzname"))
}

/// `tzinfo.fromutc(dt)`: the standard-time conversion of CPython's
/// default implementation.
fn tzinfo_fromutc(r: Value, a: Args) -> PyResult {
    a.check_pos("fromutc", 1, 1)?;
    let dtv = a.pos()[0];
    let Some(d) = dt_of(dtv) else {
        return Err(exc::type_error("fromutc: argument must be a datetime"));
    };
    if d.tz != r {
        return Err(exc::value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = call_offset(r, dtv, "utcoffset")? else {
        return Err(exc::value_error(
            "fromutc: non-None utcoffset() result required",
        ));
    };
    let Some(dst) = call_offset(r, dtv, "dst")? else {
        return Err(exc::value_error("fromutc: non-None dst() result required"));
    };
    let roots = Roots::new();
    let mut cur = dtv;
    let delta = off - dst;
    let mut dst = dst;
    if delta != 0 {
        cur = roots.push(super::dt::shift(cur, delta)?);
        match call_offset(r, cur, "dst")? {
            Some(x) => dst = x,
            None => {
                return Err(exc::value_error(
                    "fromutc: tz.dst() gave inconsistent results; cannot convert",
                ))
            }
        }
    }
    super::dt::shift(cur, dst)
}

pub fn make_tzinfo_class() -> Value {
    nc::new_class(
        "tzinfo",
        "datetime",
        None,
        &[
            ("utcoffset", tzinfo_utcoffset as NativeFn),
            ("dst", tzinfo_dst),
            ("tzname", tzinfo_tzname),
            ("fromutc", tzinfo_fromutc),
        ],
    )
}

fn check_offset(off: Value) -> PyResult<i128> {
    let Some(us) = delta_of(off) else {
        return Err(exc::type_error(format!(
            "timezone() argument 1 must be datetime.timedelta, not {}",
            super::args::arg_type(off)
        )));
    };
    if us.abs() >= US_PER_DAY {
        return Err(exc::value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            protocol::repr(off)?
        )));
    }
    Ok(us)
}

/// A `timezone` with offset `us` and no name (the UTC singleton for 0).
pub fn fixed(us: i128) -> Value {
    if us == 0 {
        return cls().utc;
    }
    nc::native_instance(
        cls().timezone,
        Box::new(TzD {
            off: us,
            name: None,
        }),
    )
}

fn timezone_new(_r: Value, a: Args) -> PyResult {
    let (_class, a) = nc::new_args(&a)?;
    let b = args::parse(&a, Some("timezone"), &["offset", "name"], 2, 1)?;
    let us = check_offset(b[0].unwrap_or(Value::NONE))?;
    let name = match b[1] {
        None => None,
        Some(v) => Some(args::str_param(v, "timezone", 2)?.to_string()),
    };
    if name.is_none() {
        return Ok(fixed(us));
    }
    Ok(nc::native_instance(
        cls().timezone,
        Box::new(TzD { off: us, name }),
    ))
}

fn this(r: Value, method: &str) -> PyResult<&'static TzD> {
    tz_of(r).ok_or_else(|| super::wrong_self(method, "datetime.timezone", r))
}

/// The `dt` argument of timezone's methods: a datetime or None.
fn dt_arg(a: &Args, method: &str) -> PyResult<Value> {
    a.check_pos(method, 1, 1)?;
    let v = a.pos()[0];
    if v.is_none() || dt_of(v).is_some() {
        return Ok(v);
    }
    Err(exc::type_error(format!(
        "{method}(dt) argument must be a datetime instance or None, not {}",
        type_name(v)
    )))
}

pub fn tz_name(z: &TzD) -> String {
    match &z.name {
        Some(n) => n.clone(),
        None if z.off == 0 => "UTC".to_string(),
        None => format!("UTC{}", format_offset(z.off, ":")),
    }
}

fn timezone_utcoffset(r: Value, a: Args) -> PyResult {
    let z = this(r, "utcoffset")?;
    dt_arg(&a, "utcoffset")?;
    new_delta(z.off)
}

fn timezone_dst(r: Value, a: Args) -> PyResult {
    this(r, "dst")?;
    dt_arg(&a, "dst")?;
    Ok(Value::NONE)
}

fn timezone_tzname(r: Value, a: Args) -> PyResult {
    let z = this(r, "tzname")?;
    dt_arg(&a, "tzname")?;
    Ok(pystr::from_string(tz_name(z)))
}

fn timezone_fromutc(r: Value, a: Args) -> PyResult {
    let z = this(r, "fromutc")?;
    a.check_pos("fromutc", 1, 1)?;
    let v = a.pos()[0];
    let Some(d) = dt_of(v) else {
        return Err(exc::type_error("fromutc: argument must be a datetime"));
    };
    if d.tz != r {
        return Err(exc::value_error("fromutc: dt.tzinfo is not self"));
    }
    super::dt::shift(v, z.off)
}

fn timezone_repr(r: Value, _a: Args) -> PyResult {
    let z = this(r, "__repr__")?;
    if r == cls().utc {
        return Ok(pystr::new("datetime.timezone.utc"));
    }
    let delta = super::delta::delta_repr("datetime.timedelta", z.off);
    let name = type_name(r);
    Ok(pystr::from_string(match &z.name {
        Some(n) => format!(
            "{name}({delta}, {})",
            crate::objects::str_methods::str_repr(n)
        ),
        None => format!("{name}({delta})"),
    }))
}

fn timezone_str(r: Value, _a: Args) -> PyResult {
    Ok(pystr::from_string(tz_name(this(r, "__str__")?)))
}

fn timezone_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let z = this(r, op)?;
    match (op, tz_of(other_arg(&a))) {
        ("__eq__" | "__ne__", Some(o)) => Ok(super::cmp_result(op, z.off, o.off)),
        _ => not_impl(),
    }
}

fn timezone_hash(r: Value, _a: Args) -> PyResult {
    let z = this(r, "__hash__")?;
    let d = new_delta(z.off)?;
    let roots = Roots::new();
    roots.push(d);
    Ok(crate::objects::int::from_i64(protocol::hash(d)?))
}

pub fn make_timezone_class(tzinfo: Value) -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__new__", timezone_new),
        ("utcoffset", timezone_utcoffset),
        ("dst", timezone_dst),
        ("tzname", timezone_tzname),
        ("fromutc", timezone_fromutc),
        ("__repr__", timezone_repr),
        ("__str__", timezone_str),
        ("__hash__", timezone_hash),
    ];
    methods.extend(comparisons!(timezone_cmp));
    nc::new_class("timezone", "datetime", Some(tzinfo), &methods)
}

/// Creates `timezone.utc`, `min` and `max`; returns utc.
pub fn make_constants(c: Value) -> Value {
    let utc = nc::native_instance(c, Box::new(TzD { off: 0, name: None }));
    nc::set_class_attr(c, "utc", utc);
    let m = US_PER_DAY - 60_000_000;
    for (name, off) in [("min", -m), ("max", m)] {
        let z = nc::native_instance(c, Box::new(TzD { off, name: None }));
        nc::set_class_attr(c, name, z);
    }
    utc
}
