//! `datetime`: a date and a time of day with an optional tzinfo; a
//! subclass of `date`. Aware values compare and subtract in UTC.

use super::super::native_class as nc;
use super::{
    args, call_offset, call_tzname, check_date, check_time, check_tzinfo, cls, comparisons,
    date_of, delta_of, dt_of, format_offset, new_delta, new_dt, not_impl, other_arg, plain_date_of,
    prop_self, small, time_of, DtD, Hms, Ymd, US_PER_DAY,
};
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::numeric::BinOp;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str as pystr;
use crate::protocol::type_name;
use crate::value::Value;

fn this(r: Value, method: &str) -> PyResult<&'static DtD> {
    dt_of(r).ok_or_else(|| super::wrong_self(method, "datetime.datetime", r))
}

const FIELDS: [&str; 9] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
    "tzinfo",
    "fold",
];

fn dt_new(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    let b = args::parse(&a, None, &FIELDS, 8, 3)?;
    let d = check_date(
        args::c_int_or(b[0], 0)?,
        args::c_int_or(b[1], 0)?,
        args::c_int_or(b[2], 0)?,
    )?;
    let fold = args::c_int_or(b[8], 0)?;
    let t = check_time(
        args::c_int_or(b[3], 0)?,
        args::c_int_or(b[4], 0)?,
        args::c_int_or(b[5], 0)?,
        args::c_int_or(b[6], 0)?,
        fold,
    )?;
    let tz = check_tzinfo(b[7].unwrap_or(Value::NONE))?;
    Ok(nc::native_instance(class, Box::new(DtD { d, t, fold, tz })))
}

/// Local microseconds (since 0001-01-01) back to a date and time, or
/// `OverflowError` out of range.
fn split_us(us: i128) -> PyResult<(Ymd, Hms)> {
    let day = us.div_euclid(US_PER_DAY);
    let d = super::ord_date(day + 1)?;
    Ok((d, Hms::from_us(us.rem_euclid(US_PER_DAY))))
}

/// `v + timedelta(microseconds=us)` for a datetime `v`.
pub fn shift(v: Value, us: i128) -> PyResult {
    let x = this(v, "__add__")?;
    let (d, t) = split_us(x.local_us() + us)?;
    new_dt(super::class_of(v), d, t, 0, x.tz)
}

fn dt_combine(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    let b = args::parse(&a, Some("combine"), &["date", "time", "tzinfo"], 3, 2)?;
    let dv = b[0].unwrap_or(Value::NONE);
    let tv = b[1].unwrap_or(Value::NONE);
    let Some(d) = date_of(dv) else {
        return Err(exc::type_error(format!(
            "combine() argument 1 must be datetime.date, not {}",
            super::args::arg_type(dv)
        )));
    };
    let Some(t) = time_of(tv) else {
        return Err(exc::type_error(format!(
            "combine() argument 2 must be datetime.time, not {}",
            super::args::arg_type(tv)
        )));
    };
    let tz = match b[2] {
        Some(z) => check_tzinfo(z)?,
        None => t.tz,
    };
    new_dt(class, d, t.t, t.fold, tz)
}

fn dt_fromisoformat(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    a.check_one("fromisoformat")?;
    let s = a.pos()[0];
    let Some(text) = pystr::as_str(s) else {
        return Err(exc::type_error("fromisoformat: argument must be str"));
    };
    let (ymd, p) = super::iso::parse_datetime(text).ok_or_else(|| super::iso::invalid(s))?;
    let tz = super::iso::tz_from(p.tz)?;
    let roots = Roots::new();
    roots.push(tz);
    let d = check_date(ymd.0, ymd.1, ymd.2)?;
    let t = check_time(p.t.h, p.t.mi, p.t.s, p.t.us, 0)?;
    new_dt(class, d, t, 0, tz)
}

fn dt_strptime(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    a.no_kw("strptime")?;
    a.check("strptime", 2, 2, &[])?;
    let (sv, fv) = (a.pos()[0], a.pos()[1]);
    let s = args::str_param(sv, "strptime", 1)?;
    let f = args::str_param(fv, "strptime", 2)?;
    let p = super::strptime::parse(s, f)?;
    let tz = match p.offset {
        Some((us, name)) => super::strptime::timezone_for(us, name)?,
        None => Value::NONE,
    };
    let roots = Roots::new();
    roots.push(tz);
    new_dt(class, p.date, p.time, 0, tz)
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

getter!(dt_hour, "hour", |x: &DtD| small(x.t.h));
getter!(dt_minute, "minute", |x: &DtD| small(x.t.mi));
getter!(dt_second, "second", |x: &DtD| small(x.t.s));
getter!(dt_micro, "microsecond", |x: &DtD| small(x.t.us));
getter!(dt_tzinfo, "tzinfo", |x: &DtD| x.tz);
getter!(dt_fold, "fold", |x: &DtD| small(x.fold));

fn dt_date(r: Value, a: Args) -> PyResult {
    a.check_pos("date", 0, 0)?;
    super::new_date(cls().date, this(r, "date")?.d)
}

fn dt_time(r: Value, a: Args) -> PyResult {
    a.check_pos("time", 0, 0)?;
    let x = this(r, "time")?;
    super::new_time(cls().time, x.t, x.fold, Value::NONE)
}

fn dt_timetz(r: Value, a: Args) -> PyResult {
    a.check_pos("timetz", 0, 0)?;
    let x = this(r, "timetz")?;
    super::new_time(cls().time, x.t, x.fold, x.tz)
}

fn dt_replace(r: Value, a: Args) -> PyResult {
    let x = this(r, "replace")?;
    let b = args::parse(&a, Some("replace"), &FIELDS, 8, 0)?;
    let d = check_date(
        args::c_int_or(b[0], x.d.y)?,
        args::c_int_or(b[1], x.d.m)?,
        args::c_int_or(b[2], x.d.d)?,
    )?;
    let fold = args::c_int_or(b[8], x.fold)?;
    let t = check_time(
        args::c_int_or(b[3], x.t.h)?,
        args::c_int_or(b[4], x.t.mi)?,
        args::c_int_or(b[5], x.t.s)?,
        args::c_int_or(b[6], x.t.us)?,
        fold,
    )?;
    let tz = check_tzinfo(b[7].unwrap_or(x.tz))?;
    new_dt(super::class_of(r), d, t, fold, tz)
}

fn offset_of(r: Value, x: &DtD) -> PyResult<Option<i128>> {
    call_offset(x.tz, r, "utcoffset")
}

fn dt_utcoffset(r: Value, a: Args) -> PyResult {
    a.check_pos("utcoffset", 0, 0)?;
    let x = this(r, "utcoffset")?;
    match offset_of(r, x)? {
        Some(us) => new_delta(us),
        None => Ok(Value::NONE),
    }
}

fn dt_dst(r: Value, a: Args) -> PyResult {
    a.check_pos("dst", 0, 0)?;
    let x = this(r, "dst")?;
    match call_offset(x.tz, r, "dst")? {
        Some(us) => new_delta(us),
        None => Ok(Value::NONE),
    }
}

fn dt_tzname(r: Value, a: Args) -> PyResult {
    a.check_pos("tzname", 0, 0)?;
    let x = this(r, "tzname")?;
    call_tzname(x.tz, r)
}

fn no_local_zone(what: &str) -> exc::Raised {
    exc::raise_new(
        "NotImplementedError",
        &format!("{what} needs the local time zone, which Molt programs cannot read"),
    )
}

fn dt_astimezone(r: Value, a: Args) -> PyResult {
    let x = this(r, "astimezone")?;
    let b = args::parse(&a, Some("astimezone"), &["tz"], 1, 0)?;
    let tz = b[0].unwrap_or(Value::NONE);
    if tz.is_none() {
        return Err(no_local_zone("astimezone() without a tz argument"));
    }
    check_tzinfo(tz)?;
    if x.tz == tz {
        return Ok(r);
    }
    let Some(off) = offset_of(r, x)? else {
        return Err(no_local_zone("astimezone() of a naive datetime"));
    };
    let (d, t) = split_us(x.local_us() - off)?;
    let roots = Roots::new();
    let utc = roots.push(new_dt(super::class_of(r), d, t, 0, tz)?);
    crate::entry::call_method(tz, "fromutc", Args::positional(&[utc]))
}

fn dt_timestamp(r: Value, a: Args) -> PyResult {
    a.check_pos("timestamp", 0, 0)?;
    let x = this(r, "timestamp")?;
    let Some(off) = offset_of(r, x)? else {
        return Err(no_local_zone("timestamp() of a naive datetime"));
    };
    // 1970-01-01 as local microseconds since 0001-01-01.
    let epoch = (Ymd {
        y: 1970,
        m: 1,
        d: 1,
    }
    .ord() as i128
        - 1)
        * US_PER_DAY;
    let us = x.local_us() - off - epoch;
    crate::ops::binop(BinOp::TrueDiv, super::int_of(us), super::int_of(1_000_000))
}

fn dt_isoformat(r: Value, a: Args) -> PyResult {
    let x = this(r, "isoformat")?;
    let b = args::parse(&a, Some("isoformat"), &["sep", "timespec"], 2, 0)?;
    let sep = match b[0] {
        None => "T",
        Some(v) => match pystr::as_strobj(v) {
            Some(s) if s.char_len() == 1 => s.as_str(),
            _ => {
                return Err(exc::type_error(format!(
                    "isoformat() argument 1 must be a unicode character, not {}",
                    super::args::arg_type(v)
                )))
            }
        },
    };
    let spec = match b[1] {
        Some(v) => args::str_param(v, "isoformat", 2)?,
        None => "auto",
    };
    Ok(pystr::from_string(iso(r, x, sep, spec)?))
}

fn iso(r: Value, x: &DtD, sep: &str, spec: &str) -> PyResult<String> {
    let mut out = super::date::iso_date(x.d);
    out.push_str(sep);
    out.push_str(&super::time::iso_time(x.t, spec)?);
    if let Some(off) = offset_of(r, x)? {
        out.push_str(&format_offset(off, ":"));
    }
    Ok(out)
}

/// `str(dt)` is `dt.isoformat(" ")`, through the method so a subclass's
/// override is used, as in CPython.
fn dt_str(r: Value, _a: Args) -> PyResult {
    this(r, "__str__")?;
    let sep = pystr::new(" ");
    let roots = Roots::new();
    roots.push(sep);
    crate::entry::call_method(r, "isoformat", Args::positional(&[sep]))
}

fn dt_repr(r: Value, _a: Args) -> PyResult {
    let x = this(r, "__repr__")?;
    Ok(pystr::from_string(format!(
        "{}({}, {}, {}, {}{})",
        type_name(r),
        x.d.y,
        x.d.m,
        x.d.d,
        super::time::repr_fields(x.t),
        super::time::repr_extra(x.tz, x.fold)?
    )))
}

fn dt_ctime(r: Value, a: Args) -> PyResult {
    a.check_pos("ctime", 0, 0)?;
    let x = this(r, "ctime")?;
    Ok(pystr::from_string(super::date::ctime(x.d, x.t)))
}

fn dt_strftime(r: Value, a: Args) -> PyResult {
    let x = this(r, "strftime")?;
    let f = super::date::fmt_arg(&a, "strftime")?;
    let tz = x.tz;
    let out = super::strftime::format(f, x.d, x.t, &mut || super::time::tz_fields(tz, r))?;
    Ok(pystr::from_string(out))
}

fn dt_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let x = this(r, op)?;
    let o = other_arg(&a);
    let Some(y) = dt_of(o) else {
        if plain_date_of(o).is_some() {
            return match op {
                "__eq__" => Ok(Value::FALSE),
                "__ne__" => Ok(Value::TRUE),
                _ => Err(exc::type_error(format!(
                    "can't compare {} to {}",
                    type_name(r),
                    type_name(o)
                ))),
            };
        }
        return not_impl();
    };
    if x.tz == y.tz {
        return Ok(super::cmp_result(op, x.local_us(), y.local_us()));
    }
    let o1 = offset_of(r, x)?;
    let o2 = offset_of(o, y)?;
    match (o1, o2) {
        (Some(a1), Some(a2)) => Ok(super::cmp_result(op, x.local_us() - a1, y.local_us() - a2)),
        (None, None) => Ok(super::cmp_result(op, x.local_us(), y.local_us())),
        _ if op == "__eq__" => Ok(Value::FALSE),
        _ if op == "__ne__" => Ok(Value::TRUE),
        _ => Err(exc::type_error(
            "can't compare offset-naive and offset-aware datetimes",
        )),
    }
}

fn dt_hash(r: Value, _a: Args) -> PyResult {
    let x = this(r, "__hash__")?;
    let off = offset_of(r, x)?.unwrap_or(0);
    let key = super::int_of(x.local_us() - off);
    Ok(small(crate::protocol::hash(key)?))
}

fn dt_add(r: Value, a: Args) -> PyResult {
    this(r, "__add__")?;
    match delta_of(other_arg(&a)) {
        Some(us) => shift(r, us),
        None => not_impl(),
    }
}

fn dt_sub(r: Value, a: Args) -> PyResult {
    let x = this(r, "__sub__")?;
    let o = other_arg(&a);
    if let Some(us) = delta_of(o) {
        return shift(r, -us);
    }
    let Some(y) = dt_of(o) else {
        return not_impl();
    };
    let mut offdiff = 0;
    if x.tz != y.tz {
        let o1 = offset_of(r, x)?;
        let o2 = offset_of(o, y)?;
        match (o1, o2) {
            (Some(a1), Some(a2)) => offdiff = a1 - a2,
            (None, None) => {}
            _ => {
                return Err(exc::type_error(
                    "can't subtract offset-naive and offset-aware datetimes",
                ))
            }
        }
    }
    new_delta(x.local_us() - y.local_us() - offdiff)
}

pub fn make_class(date: Value) -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__new__", dt_new),
        ("date", dt_date),
        ("time", dt_time),
        ("timetz", dt_timetz),
        ("replace", dt_replace),
        ("utcoffset", dt_utcoffset),
        ("dst", dt_dst),
        ("tzname", dt_tzname),
        ("astimezone", dt_astimezone),
        ("timestamp", dt_timestamp),
        ("isoformat", dt_isoformat),
        ("__str__", dt_str),
        ("__repr__", dt_repr),
        ("ctime", dt_ctime),
        ("strftime", dt_strftime),
        ("__hash__", dt_hash),
        ("__add__", dt_add),
        ("__radd__", dt_add),
        ("__sub__", dt_sub),
    ];
    methods.extend(comparisons!(dt_cmp));
    let c = nc::new_class("datetime", "datetime", Some(date), &methods);
    nc::add_classmethod(c, "combine", dt_combine);
    nc::add_classmethod(c, "fromisoformat", dt_fromisoformat);
    nc::add_classmethod(c, "strptime", dt_strptime);
    for (n, f) in [
        ("hour", dt_hour as NativeFn),
        ("minute", dt_minute),
        ("second", dt_second),
        ("microsecond", dt_micro),
        ("tzinfo", dt_tzinfo),
        ("fold", dt_fold),
    ] {
        nc::set_class_attr(c, n, super::field(n, f, "datetime.datetime"));
    }
    c
}

pub fn add_constants(c: Value) {
    let max_t = Hms {
        h: 23,
        mi: 59,
        s: 59,
        us: 999_999,
    };
    let min = DtD {
        d: Ymd { y: 1, m: 1, d: 1 },
        t: Hms::default(),
        fold: 0,
        tz: Value::NONE,
    };
    let max = DtD {
        d: Ymd {
            y: 9999,
            m: 12,
            d: 31,
        },
        t: max_t,
        fold: 0,
        tz: Value::NONE,
    };
    nc::set_class_attr(c, "min", nc::native_instance(c, Box::new(min)));
    nc::set_class_attr(c, "max", nc::native_instance(c, Box::new(max)));
    if let Ok(r) = new_delta(1) {
        nc::set_class_attr(c, "resolution", r);
    }
}
