//! `time`: a time of day with an optional tzinfo.

use super::super::native_class as nc;
use super::{
    args, call_offset, call_tzname, check_time, check_tzinfo, comparisons, format_offset, new_time,
    not_impl, other_arg, prop_self, small, time_of, Hms, TimeD, Ymd,
};
use crate::exc::{self, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str as pystr;
use crate::protocol::{self, type_name};
use crate::value::Value;

fn this(r: Value, method: &str) -> PyResult<&'static TimeD> {
    time_of(r).ok_or_else(|| super::wrong_self(method, "datetime.time", r))
}

const FIELDS: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

fn time_new(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    let b = args::parse(&a, None, &FIELDS, 5, 0)?;
    let fold = args::c_int_or(b[5], 0)?;
    let t = check_time(
        args::c_int_or(b[0], 0)?,
        args::c_int_or(b[1], 0)?,
        args::c_int_or(b[2], 0)?,
        args::c_int_or(b[3], 0)?,
        fold,
    )?;
    let tz = check_tzinfo(b[4].unwrap_or(Value::NONE))?;
    Ok(nc::native_instance(class, Box::new(TimeD { t, fold, tz })))
}

fn time_fromisoformat(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    a.check_one("fromisoformat")?;
    let s = a.pos()[0];
    let Some(text) = pystr::as_str(s) else {
        return Err(exc::type_error("fromisoformat: argument must be str"));
    };
    let bytes = text.as_bytes();
    let body = bytes.strip_prefix(b"T").unwrap_or(bytes);
    let p = super::iso::parse_time(body).ok_or_else(|| super::iso::invalid(s))?;
    let tz = super::iso::tz_from(p.tz)?;
    let roots = crate::gc::Roots::new();
    roots.push(tz);
    let t = check_time(p.t.h, p.t.mi, p.t.s, p.t.us, 0)?;
    new_time(class, t, 0, tz)
}

macro_rules! getter {
    ($name:ident, $field:expr, $f:expr) => {
        fn $name(_r: Value, a: Args) -> PyResult {
            let t = this(prop_self(&a), $field)?;
            #[allow(clippy::redundant_closure_call)]
            Ok(($f)(t))
        }
    };
}

getter!(time_hour, "hour", |t: &TimeD| small(t.t.h));
getter!(time_minute, "minute", |t: &TimeD| small(t.t.mi));
getter!(time_second, "second", |t: &TimeD| small(t.t.s));
getter!(time_micro, "microsecond", |t: &TimeD| small(t.t.us));
getter!(time_tzinfo, "tzinfo", |t: &TimeD| t.tz);
getter!(time_fold, "fold", |t: &TimeD| small(t.fold));

fn time_replace(r: Value, a: Args) -> PyResult {
    let x = this(r, "replace")?;
    let b = args::parse(&a, Some("replace"), &FIELDS, 5, 0)?;
    let fold = args::c_int_or(b[5], x.fold)?;
    let t = check_time(
        args::c_int_or(b[0], x.t.h)?,
        args::c_int_or(b[1], x.t.mi)?,
        args::c_int_or(b[2], x.t.s)?,
        args::c_int_or(b[3], x.t.us)?,
        fold,
    )?;
    let tz = check_tzinfo(b[4].unwrap_or(x.tz))?;
    new_time(super::class_of(r), t, fold, tz)
}

/// `HH:MM:SS[.ffffff]` cut to `timespec`, or `ValueError`.
pub fn iso_time(t: Hms, timespec: &str) -> PyResult<String> {
    Ok(match timespec {
        "auto" if t.us != 0 => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        "auto" | "seconds" => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
        "hours" => format!("{:02}", t.h),
        "minutes" => format!("{:02}:{:02}", t.h, t.mi),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", t.h, t.mi, t.s, t.us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        _ => return Err(exc::value_error("Unknown timespec value")),
    })
}

fn time_isoformat(r: Value, a: Args) -> PyResult {
    let x = this(r, "isoformat")?;
    let b = args::parse(&a, Some("isoformat"), &["timespec"], 1, 0)?;
    let spec = match b[0] {
        Some(v) => args::str_param(v, "isoformat", 1)?,
        None => "auto",
    };
    let mut out = iso_time(x.t, spec)?;
    if let Some(off) = call_offset(x.tz, Value::NONE, "utcoffset")? {
        out.push_str(&format_offset(off, ":"));
    }
    Ok(pystr::from_string(out))
}

fn time_str(r: Value, _a: Args) -> PyResult {
    crate::entry::call_method(r, "isoformat", Args::positional(&[]))
}

/// The fields part of a time or datetime repr: `h, m[, s[, us]]`.
pub fn repr_fields(t: Hms) -> String {
    if t.us != 0 {
        format!("{}, {}, {}, {}", t.h, t.mi, t.s, t.us)
    } else if t.s != 0 {
        format!("{}, {}, {}", t.h, t.mi, t.s)
    } else {
        format!("{}, {}", t.h, t.mi)
    }
}

/// `, tzinfo=...` and `, fold=1` when they apply.
pub fn repr_extra(tz: Value, fold: i64) -> PyResult<String> {
    let mut out = String::new();
    if !tz.is_none() {
        out.push_str(&format!(", tzinfo={}", protocol::repr(tz)?));
    }
    if fold != 0 {
        out.push_str(", fold=1");
    }
    Ok(out)
}

fn time_repr(r: Value, _a: Args) -> PyResult {
    let x = this(r, "__repr__")?;
    Ok(pystr::from_string(format!(
        "{}({}{})",
        type_name(r),
        repr_fields(x.t),
        repr_extra(x.tz, x.fold)?
    )))
}

fn time_strftime(r: Value, a: Args) -> PyResult {
    let x = this(r, "strftime")?;
    let f = super::date::fmt_arg(&a, "strftime")?;
    let day = Ymd {
        y: 1900,
        m: 1,
        d: 1,
    };
    let tz = x.tz;
    let out = super::strftime::format(f, day, x.t, &mut || tz_fields(tz, Value::NONE))?;
    Ok(pystr::from_string(out))
}

/// What `%z` and `%Z` print for an aware value (None when naive).
pub fn tz_fields(tz: Value, arg: Value) -> PyResult<Option<(String, String)>> {
    if tz.is_none() {
        return Ok(None);
    }
    let z = match call_offset(tz, arg, "utcoffset")? {
        Some(off) => format_offset(off, ""),
        None => String::new(),
    };
    let name = call_tzname(tz, arg)?;
    let zn = pystr::as_str(name).unwrap_or("").to_string();
    Ok(Some((z, zn)))
}

fn time_utcoffset(r: Value, a: Args) -> PyResult {
    a.check_pos("utcoffset", 0, 0)?;
    let x = this(r, "utcoffset")?;
    match call_offset(x.tz, Value::NONE, "utcoffset")? {
        Some(us) => super::new_delta(us),
        None => Ok(Value::NONE),
    }
}

fn time_dst(r: Value, a: Args) -> PyResult {
    a.check_pos("dst", 0, 0)?;
    let x = this(r, "dst")?;
    match call_offset(x.tz, Value::NONE, "dst")? {
        Some(us) => super::new_delta(us),
        None => Ok(Value::NONE),
    }
}

fn time_tzname(r: Value, a: Args) -> PyResult {
    a.check_pos("tzname", 0, 0)?;
    let x = this(r, "tzname")?;
    call_tzname(x.tz, Value::NONE)
}

fn time_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let x = this(r, op)?;
    let Some(y) = time_of(other_arg(&a)) else {
        return not_impl();
    };
    if x.tz == y.tz {
        return Ok(super::cmp_result(op, x.t, y.t));
    }
    let o1 = call_offset(x.tz, Value::NONE, "utcoffset")?;
    let o2 = call_offset(y.tz, Value::NONE, "utcoffset")?;
    match (o1, o2) {
        (a1, a2) if a1 == a2 => Ok(super::cmp_result(op, x.t, y.t)),
        (Some(a1), Some(a2)) => Ok(super::cmp_result(
            op,
            x.t.us_of_day() - a1,
            y.t.us_of_day() - a2,
        )),
        _ if op == "__eq__" => Ok(Value::FALSE),
        _ if op == "__ne__" => Ok(Value::TRUE),
        _ => Err(exc::type_error(
            "can't compare offset-naive and offset-aware times",
        )),
    }
}

fn time_hash(r: Value, _a: Args) -> PyResult {
    let x = this(r, "__hash__")?;
    let off = call_offset(x.tz, Value::NONE, "utcoffset")?.unwrap_or(0);
    let key = x.t.us_of_day() - off;
    Ok(small(crate::hash::hash_i64(key as i64)))
}

pub fn make_class() -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__new__", time_new),
        ("replace", time_replace),
        ("isoformat", time_isoformat),
        ("__str__", time_str),
        ("__repr__", time_repr),
        ("strftime", time_strftime),
        ("__format__", super::date::format_method),
        ("utcoffset", time_utcoffset),
        ("dst", time_dst),
        ("tzname", time_tzname),
        ("__hash__", time_hash),
    ];
    methods.extend(comparisons!(time_cmp));
    let c = nc::new_class("time", "datetime", None, &methods);
    nc::add_classmethod(c, "fromisoformat", time_fromisoformat);
    for (n, f) in [
        ("hour", time_hour as NativeFn),
        ("minute", time_minute),
        ("second", time_second),
        ("microsecond", time_micro),
        ("tzinfo", time_tzinfo),
        ("fold", time_fold),
    ] {
        nc::set_class_attr(c, n, super::field(n, f, "datetime.time"));
    }
    c
}

pub fn add_constants(c: Value) {
    let max = Hms {
        h: 23,
        mi: 59,
        s: 59,
        us: 999_999,
    };
    for (name, t) in [("min", Hms::default()), ("max", max)] {
        let v = nc::native_instance(
            c,
            Box::new(TimeD {
                t,
                fold: 0,
                tz: Value::NONE,
            }),
        );
        nc::set_class_attr(c, name, v);
    }
    if let Ok(r) = super::new_delta(1) {
        nc::set_class_attr(c, "resolution", r);
    }
}
