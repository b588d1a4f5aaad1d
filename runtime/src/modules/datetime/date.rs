//! `date`: construction and its class methods, calendar queries,
//! arithmetic with timedeltas, formats. Most methods also serve
//! `datetime` (a subclass), reading the date part of either.

use super::super::native_class as nc;
use super::{
    args, calendar, check_date, cls, comparisons, date_of, delta_of, new_date, new_delta, not_impl,
    other_arg, plain_date_of, prop_self, small, DateD, Hms, Ymd,
};
use crate::exc::{self, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str as pystr;
use crate::protocol::type_name;
use crate::value::Value;

fn this(r: Value, method: &str) -> PyResult<Ymd> {
    date_of(r).ok_or_else(|| super::wrong_self(method, "datetime.date", r))
}

fn date_new(_r: Value, a: Args) -> PyResult {
    let (class, a) = nc::new_args(&a)?;
    let b = args::parse(&a, None, &["year", "month", "day"], 3, 3)?;
    let y = args::c_int_or(b[0], 0)?;
    let m = args::c_int_or(b[1], 0)?;
    let d = args::c_int_or(b[2], 0)?;
    let ymd = check_date(y, m, d)?;
    Ok(nc::native_instance(class, Box::new(DateD(ymd))))
}

/// A value of class `class` (date or datetime, or a subclass) at
/// midnight of `d`, as the date class methods return.
pub fn of_class(class: Value, d: Ymd) -> PyResult {
    if crate::objects::types::is_subtype(class, cls().datetime) {
        return super::new_dt(class, d, Hms::default(), 0, Value::NONE);
    }
    new_date(class, d)
}

/// The class a class method was called on.
fn class_arg<'a>(a: &Args<'a>) -> PyResult<(Value, Args<'a>)> {
    nc::new_args(a)
}

fn date_fromordinal(_r: Value, a: Args) -> PyResult {
    let (class, a) = class_arg(&a)?;
    a.check_one("fromordinal")?;
    let n = args::c_int(a.pos()[0])?;
    if n < 1 {
        return Err(exc::value_error("ordinal must be >= 1"));
    }
    let d = Ymd::from_ord(n);
    let d = check_date(d.y, d.m, d.d)?;
    of_class(class, d)
}

fn date_fromisocalendar(_r: Value, a: Args) -> PyResult {
    let (class, a) = class_arg(&a)?;
    let b = args::parse(&a, Some("fromisocalendar"), &["year", "week", "day"], 3, 3)?;
    let y = args::c_int_or(b[0], 0)?;
    let w = args::c_int_or(b[1], 0)?;
    let d = args::c_int_or(b[2], 0)?;
    if !(calendar::MINYEAR..=calendar::MAXYEAR).contains(&y) {
        return Err(exc::value_error(format!("Year is out of range: {y}")));
    }
    if w <= 0 || w >= 53 && !(w == 53 && calendar::has_week_53(y)) {
        return Err(exc::value_error(format!("Invalid week: {w}")));
    }
    if !(1..=7).contains(&d) {
        return Err(exc::value_error(format!(
            "Invalid day: {d} (range is [1, 7])"
        )));
    }
    let ymd = Ymd::from_ord(calendar::iso_to_ord(y, w, d));
    let ymd = check_date(ymd.y, ymd.m, ymd.d)?;
    of_class(class, ymd)
}

fn date_fromisoformat(_r: Value, a: Args) -> PyResult {
    let (class, a) = class_arg(&a)?;
    a.check_one("fromisoformat")?;
    let s = a.pos()[0];
    let Some(text) = pystr::as_str(s) else {
        return Err(exc::type_error("fromisoformat: argument must be str"));
    };
    let (y, m, d) = super::iso::parse_date_only(text).ok_or_else(|| super::iso::invalid(s))?;
    let ymd = check_date(y, m, d)?;
    of_class(class, ymd)
}

fn date_year(_r: Value, a: Args) -> PyResult {
    Ok(small(this(prop_self(&a), "year")?.y))
}

fn date_month(_r: Value, a: Args) -> PyResult {
    Ok(small(this(prop_self(&a), "month")?.m))
}

fn date_day(_r: Value, a: Args) -> PyResult {
    Ok(small(this(prop_self(&a), "day")?.d))
}

fn date_replace(r: Value, a: Args) -> PyResult {
    let d = plain_date_of(r).ok_or_else(|| super::wrong_self("replace", "datetime.date", r))?;
    let b = args::parse(&a, Some("replace"), &["year", "month", "day"], 3, 0)?;
    let ymd = check_date(
        args::c_int_or(b[0], d.y)?,
        args::c_int_or(b[1], d.m)?,
        args::c_int_or(b[2], d.d)?,
    )?;
    new_date(super::class_of(r), ymd)
}

fn date_toordinal(r: Value, a: Args) -> PyResult {
    a.check_pos("toordinal", 0, 0)?;
    Ok(small(this(r, "toordinal")?.ord()))
}

fn date_weekday(r: Value, a: Args) -> PyResult {
    a.check_pos("weekday", 0, 0)?;
    Ok(small(calendar::weekday(this(r, "weekday")?.ord())))
}

fn date_isoweekday(r: Value, a: Args) -> PyResult {
    a.check_pos("isoweekday", 0, 0)?;
    Ok(small(calendar::weekday(this(r, "isoweekday")?.ord()) + 1))
}

fn date_isocalendar(r: Value, a: Args) -> PyResult {
    a.check_pos("isocalendar", 0, 0)?;
    let d = this(r, "isocalendar")?;
    let (y, w, wd) = calendar::iso_calendar(d.y, d.m, d.d);
    Ok(super::isocal::new(y, w, wd))
}

pub fn iso_date(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

fn date_isoformat(r: Value, a: Args) -> PyResult {
    a.check_pos("isoformat", 0, 0)?;
    Ok(pystr::from_string(iso_date(this(r, "isoformat")?)))
}

fn date_str(r: Value, _a: Args) -> PyResult {
    crate::entry::call_method(r, "isoformat", Args::positional(&[]))
}

fn date_repr(r: Value, _a: Args) -> PyResult {
    let d = this(r, "__repr__")?;
    Ok(pystr::from_string(format!(
        "{}({}, {}, {})",
        type_name(r),
        d.y,
        d.m,
        d.d
    )))
}

pub const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn ctime(d: Ymd, t: Hms) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_NAMES[calendar::weekday(d.ord()) as usize],
        MONTH_NAMES[(d.m - 1).clamp(0, 11) as usize],
        d.d,
        t.h,
        t.mi,
        t.s,
        d.y
    )
}

fn date_ctime(r: Value, a: Args) -> PyResult {
    a.check_pos("ctime", 0, 0)?;
    Ok(pystr::from_string(ctime(this(r, "ctime")?, Hms::default())))
}

/// The format argument of `strftime`/`__format__`.
pub fn fmt_arg(a: &Args, fname: &str) -> PyResult<&'static str> {
    let b = args::parse(a, Some(fname), &["format"], 1, 1)?;
    let v = b[0].unwrap_or(Value::NONE);
    args::str_param(v, fname, 1)
}

fn date_strftime(r: Value, a: Args) -> PyResult {
    let d = this(r, "strftime")?;
    let f = fmt_arg(&a, "strftime")?;
    let out = super::strftime::format(f, d, Hms::default(), &mut || Ok(None))?;
    Ok(pystr::from_string(out))
}

/// `__format__` of date, datetime and time: `str(self)` for an empty
/// spec, else `self.strftime(spec)`.
pub fn format_method(r: Value, a: Args) -> PyResult {
    a.check_pos("__format__", 1, 1)?;
    let spec = a.pos()[0];
    let Some(s) = pystr::as_str(spec) else {
        return Err(exc::type_error(format!(
            "__format__() argument 1 must be str, not {}",
            type_name(spec)
        )));
    };
    if s.is_empty() {
        return crate::protocol::str_of(r).map(pystr::from_string);
    }
    crate::entry::call_method(r, "strftime", Args::positional(&[spec]))
}

fn date_cmp(op: &str, r: Value, a: Args) -> PyResult {
    let x = plain_date_of(r).ok_or_else(|| super::wrong_self(op, "datetime.date", r))?;
    // A datetime is compared by datetime's own methods, never by date.
    match plain_date_of(other_arg(&a)) {
        Some(y) => Ok(super::cmp_result(op, x, y)),
        None => not_impl(),
    }
}

fn date_hash(r: Value, _a: Args) -> PyResult {
    let d = this(r, "__hash__")?;
    Ok(small(crate::hash::hash_i64(d.ord())))
}

/// `date ± timedelta` (only whole days count).
fn shifted(r: Value, d: Ymd, us: i128, sign: i128) -> PyResult {
    let days = us.div_euclid(super::US_PER_DAY);
    let ymd = super::ord_date(d.ord() as i128 + sign * days)?;
    new_date(super::class_of(r), ymd)
}

fn date_add(r: Value, a: Args) -> PyResult {
    let d = plain_date_of(r).ok_or_else(|| super::wrong_self("__add__", "datetime.date", r))?;
    match delta_of(other_arg(&a)) {
        Some(us) => shifted(r, d, us, 1),
        None => not_impl(),
    }
}

fn date_sub(r: Value, a: Args) -> PyResult {
    let d = plain_date_of(r).ok_or_else(|| super::wrong_self("__sub__", "datetime.date", r))?;
    let o = other_arg(&a);
    if let Some(e) = plain_date_of(o) {
        return new_delta((d.ord() - e.ord()) as i128 * super::US_PER_DAY);
    }
    match delta_of(o) {
        Some(us) => shifted(r, d, us, -1),
        None => not_impl(),
    }
}

pub fn make_class() -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__new__", date_new),
        ("replace", date_replace),
        ("toordinal", date_toordinal),
        ("weekday", date_weekday),
        ("isoweekday", date_isoweekday),
        ("isocalendar", date_isocalendar),
        ("isoformat", date_isoformat),
        ("__str__", date_str),
        ("__repr__", date_repr),
        ("ctime", date_ctime),
        ("strftime", date_strftime),
        ("__format__", format_method),
        ("__hash__", date_hash),
        ("__add__", date_add),
        ("__radd__", date_add),
        ("__sub__", date_sub),
    ];
    methods.extend(comparisons!(date_cmp));
    let c = nc::new_class("date", "datetime", None, &methods);
    nc::add_classmethod(c, "fromordinal", date_fromordinal);
    nc::add_classmethod(c, "fromisocalendar", date_fromisocalendar);
    nc::add_classmethod(c, "fromisoformat", date_fromisoformat);
    nc::set_class_attr(c, "year", super::field("year", date_year, "datetime.date"));
    nc::set_class_attr(
        c,
        "month",
        super::field("month", date_month, "datetime.date"),
    );
    nc::set_class_attr(c, "day", super::field("day", date_day, "datetime.date"));
    c
}

pub fn add_constants(c: Value) {
    for (name, d) in [
        ("min", Ymd { y: 1, m: 1, d: 1 }),
        (
            "max",
            Ymd {
                y: 9999,
                m: 12,
                d: 31,
            },
        ),
    ] {
        nc::set_class_attr(c, name, nc::native_instance(c, Box::new(DateD(d))));
    }
    if let Ok(r) = new_delta(super::US_PER_DAY) {
        nc::set_class_attr(c, "resolution", r);
    }
}
