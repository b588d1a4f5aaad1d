//! `datetime`: date, time, datetime, timedelta, tzinfo and timezone, with
//! CPython's range checks, arithmetic, reprs and formats. Values are Rust
//! data of native-class instances (one struct per class, in this file);
//! each class's methods are in its own file. Reading the clock (`now`,
//! `today`, `fromtimestamp`) is not provided: it needs a capability.

mod args;
pub mod calendar;
mod date;
mod delta;
mod dt;
mod iso;
mod isocal;
mod strftime;
mod strptime;
mod time;
mod tz;

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap};
use crate::objects::{int, str as pystr};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::Cell;

pub const US_PER_DAY: i128 = 86_400_000_000;
pub const MAX_DELTA_DAYS: i128 = 999_999_999;

/// A calendar date (fields already checked).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Ymd {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

impl Ymd {
    pub fn ord(self) -> i64 {
        calendar::ymd_to_ord(self.y, self.m, self.d)
    }

    pub fn from_ord(n: i64) -> Ymd {
        let (y, m, d) = calendar::ord_to_ymd(n);
        Ymd { y, m, d }
    }
}

/// A time of day (fields already checked).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct Hms {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
}

impl Hms {
    pub fn us_of_day(self) -> i128 {
        (((self.h * 60 + self.mi) * 60 + self.s) * 1_000_000 + self.us) as i128
    }

    pub fn from_us(us: i128) -> Hms {
        let us = us as i64;
        Hms {
            h: us / 3_600_000_000,
            mi: us / 60_000_000 % 60,
            s: us / 1_000_000 % 60,
            us: us % 1_000_000,
        }
    }
}

/// `timedelta`: a whole number of microseconds.
pub struct DeltaD(pub i128);
impl NativeData for DeltaD {}

pub struct DateD(pub Ymd);
impl NativeData for DateD {}

pub struct TimeD {
    pub t: Hms,
    pub fold: i64,
    pub tz: Value,
}

impl NativeData for TimeD {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.tz)
    }
}

pub struct DtD {
    pub d: Ymd,
    pub t: Hms,
    pub fold: i64,
    pub tz: Value,
}

impl NativeData for DtD {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.tz)
    }
}

impl DtD {
    /// Microseconds since 0001-01-01 00:00 of the local (naive) value.
    pub fn local_us(&self) -> i128 {
        (self.d.ord() as i128 - 1) * US_PER_DAY + self.t.us_of_day()
    }
}

/// `timezone`: a fixed offset and an optional name.
pub struct TzD {
    pub off: i128,
    pub name: Option<String>,
}
impl NativeData for TzD {}

/// The module's classes.
#[derive(Clone, Copy)]
pub struct Classes {
    pub date: Value,
    pub datetime: Value,
    pub time: Value,
    pub timedelta: Value,
    pub tzinfo: Value,
    pub timezone: Value,
    pub isocal: Value,
    pub utc: Value,
}

thread_local! {
    static CLASSES: Cell<Option<Classes>> = const { Cell::new(None) };
}

pub fn cls() -> Classes {
    CLASSES.with(|c| c.get()).unwrap_or(Classes {
        date: Value::NONE,
        datetime: Value::NONE,
        time: Value::NONE,
        timedelta: Value::NONE,
        tzinfo: Value::NONE,
        timezone: Value::NONE,
        isocal: Value::NONE,
        utc: Value::NONE,
    })
}

// ---- Reading values.

pub fn delta_of(v: Value) -> Option<i128> {
    nc::native_of::<DeltaD>(v, cls().timedelta).map(|d| d.0)
}

/// The date of a `date` (not a `datetime`).
pub fn plain_date_of(v: Value) -> Option<Ymd> {
    nc::native_of::<DateD>(v, cls().date).map(|d| d.0)
}

/// The date of a `date` or a `datetime`.
pub fn date_of(v: Value) -> Option<Ymd> {
    plain_date_of(v).or_else(|| dt_of(v).map(|d| d.d))
}

pub fn dt_of(v: Value) -> Option<&'static DtD> {
    nc::native_of::<DtD>(v, cls().datetime)
}

pub fn time_of(v: Value) -> Option<&'static TimeD> {
    nc::native_of::<TimeD>(v, cls().time)
}

pub fn tz_of(v: Value) -> Option<&'static TzD> {
    nc::native_of::<TzD>(v, cls().timezone)
}

pub fn is_tzinfo(v: Value) -> bool {
    types::isinstance(v, cls().tzinfo)
}

/// The instance argument of a property getter.
pub fn prop_self(args: &Args) -> Value {
    args.pos().first().copied().unwrap_or(Value::NONE)
}

/// CPython's descriptor error for a method called on the wrong type.
pub fn wrong_self(method: &str, class: &str, obj: Value) -> exc::Raised {
    exc::type_error(format!(
        "descriptor '{method}' for '{class}' objects doesn't apply to a '{}' object",
        type_name(obj)
    ))
}

// ---- Making values.

/// `OverflowError` unless `us` is within timedelta's range.
pub fn check_delta(us: i128) -> PyResult<i128> {
    let days = us.div_euclid(US_PER_DAY);
    if i32::try_from(days).is_err() {
        return Err(exc::raise_new(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    if days.abs() > MAX_DELTA_DAYS {
        return Err(exc::raise_new(
            "OverflowError",
            &format!("days={days}; must have magnitude <= 999999999"),
        ));
    }
    Ok(us)
}

pub fn new_delta(us: i128) -> PyResult {
    let us = check_delta(us)?;
    Ok(nc::native_instance(cls().timedelta, Box::new(DeltaD(us))))
}

pub fn range_error() -> exc::Raised {
    exc::raise_new("OverflowError", "date value out of range")
}

/// A date from an ordinal, or `OverflowError` out of range.
pub fn ord_date(n: i128) -> PyResult<Ymd> {
    if !(1..=calendar::MAX_ORDINAL as i128).contains(&n) {
        return Err(range_error());
    }
    Ok(Ymd::from_ord(n as i64))
}

/// An instance of a subclass is made by calling the class with the
/// fields, as CPython does (so its `__new__`/`__init__` run).
fn call_class(class: Value, args: &[Value]) -> PyResult {
    let roots = Roots::new();
    roots.extend(args);
    nc::call(class, args)
}

pub fn new_date(class: Value, d: Ymd) -> PyResult {
    if class == cls().date {
        return Ok(nc::native_instance(class, Box::new(DateD(d))));
    }
    call_class(class, &[small(d.y), small(d.m), small(d.d)])
}

pub fn new_dt(class: Value, d: Ymd, t: Hms, fold: i64, tz: Value) -> PyResult {
    if class == cls().datetime {
        return Ok(nc::native_instance(class, Box::new(DtD { d, t, fold, tz })));
    }
    let f = [d.y, d.m, d.d, t.h, t.mi, t.s, t.us];
    let mut a: Vec<Value> = f.iter().map(|&v| small(v)).collect();
    a.push(tz);
    call_class(class, &a)
}

pub fn new_time(class: Value, t: Hms, fold: i64, tz: Value) -> PyResult {
    if class == cls().time {
        return Ok(nc::native_instance(class, Box::new(TimeD { t, fold, tz })));
    }
    call_class(
        class,
        &[small(t.h), small(t.mi), small(t.s), small(t.us), tz],
    )
}

/// The class results of `self`'s arithmetic get: its own type.
pub fn class_of(v: Value) -> Value {
    types::type_of(v)
}

// ---- Field checks, in CPython's order and words.

pub fn check_date(y: i64, m: i64, d: i64) -> PyResult<Ymd> {
    if !(calendar::MINYEAR..=calendar::MAXYEAR).contains(&y) {
        return Err(exc::value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(exc::value_error("month must be in 1..12"));
    }
    if d < 1 || d > calendar::days_in_month(y, m) {
        return Err(exc::value_error("day is out of range for month"));
    }
    Ok(Ymd { y, m, d })
}

pub fn check_time(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<Hms> {
    if !(0..=23).contains(&h) {
        return Err(exc::value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&mi) {
        return Err(exc::value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&s) {
        return Err(exc::value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(exc::value_error("microsecond must be in 0..999999"));
    }
    if fold != 0 && fold != 1 {
        return Err(exc::value_error("fold must be either 0 or 1"));
    }
    Ok(Hms { h, mi, s, us })
}

pub fn check_tzinfo(v: Value) -> PyResult<Value> {
    if v.is_none() || is_tzinfo(v) {
        Ok(v)
    } else {
        Err(exc::type_error(format!(
            "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
            type_name(v)
        )))
    }
}

// ---- Offsets from tzinfo objects.

/// Checks what `tzinfo.utcoffset()`/`dst()` returned.
fn offset_result(r: Value, what: &str) -> PyResult<Option<i128>> {
    if r.is_none() {
        return Ok(None);
    }
    let Some(us) = delta_of(r) else {
        return Err(exc::type_error(format!(
            "tzinfo.{what}() must return None or timedelta, not '{}'",
            type_name(r)
        )));
    };
    if us.abs() >= US_PER_DAY {
        return Err(exc::value_error(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
        ));
    }
    Ok(Some(us))
}

/// `tz.utcoffset(arg)` (or `dst`) in microseconds; None for a naive value.
pub fn call_offset(tz: Value, arg: Value, what: &str) -> PyResult<Option<i128>> {
    if tz.is_none() {
        return Ok(None);
    }
    if let Some(z) = tz_of(tz) {
        if types::type_of(tz) == cls().timezone {
            return Ok(if what == "dst" { None } else { Some(z.off) });
        }
    }
    let roots = Roots::new();
    roots.push(tz);
    roots.push(arg);
    let r = crate::entry::call_method(tz, what, Args::positional(&[arg]))?;
    offset_result(r, what)
}

/// `tz.tzname(arg)`: None or a str.
pub fn call_tzname(tz: Value, arg: Value) -> PyResult {
    if tz.is_none() {
        return Ok(Value::NONE);
    }
    let roots = Roots::new();
    roots.push(tz);
    roots.push(arg);
    let r = crate::entry::call_method(tz, "tzname", Args::positional(&[arg]))?;
    if !r.is_none() && pystr::as_str(r).is_none() {
        return Err(exc::type_error(format!(
            "tzinfo.tzname() must return None or a string, not '{}'",
            type_name(r)
        )));
    }
    Ok(r)
}

/// `+HH:MM[:SS[.ffffff]]` (with `sep` between the fields), as isoformat
/// and `%z` write offsets.
pub fn format_offset(us: i128, sep: &str) -> String {
    let sign = if us < 0 { '-' } else { '+' };
    let a = us.abs();
    let (secs, frac) = (a / 1_000_000, a % 1_000_000);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = format!("{sign}{h:02}{sep}{m:02}");
    if s != 0 || frac != 0 {
        out.push_str(&format!("{sep}{s:02}"));
        if frac != 0 {
            out.push_str(&format!(".{frac:06}"));
        }
    }
    out
}

/// A Python int from an i128.
pub fn int_of(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => int::from_i64(i),
        Err(_) => int::from_bigint(v.into()),
    }
}

pub fn small(v: i64) -> Value {
    int::from_i64(v)
}

/// A property with a native getter.
pub fn property(name: &'static str, f: NativeFn) -> Value {
    crate::gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native(name, f),
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}

/// Raises the AttributeError its receiver (the message) holds.
fn refuse_write(r: Value, _a: Args) -> PyResult {
    Err(exc::raise_new(
        "AttributeError",
        pystr::as_str(r).unwrap_or(""),
    ))
}

/// A read-only field of class `class` (its C name): assigning or deleting
/// it raises CPython's "not writable" error.
pub fn field(name: &'static str, f: NativeFn, class: &str) -> Value {
    readonly(
        name,
        f,
        &format!("attribute '{name}' of '{class}' objects is not writable"),
    )
}

/// A read-only data member (as timedelta's fields are in C).
pub fn member(name: &'static str, f: NativeFn) -> Value {
    readonly(name, f, "readonly attribute")
}

fn readonly(name: &'static str, f: NativeFn, msg: &str) -> Value {
    let msg = crate::gc::alloc_permanent_str(msg);
    let refuse = crate::gc::alloc_permanent(Kind::Builtin(crate::objects::function::BuiltinObj {
        name,
        f: refuse_write,
        receiver: msg,
    }));
    crate::gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native(name, f),
        fset: refuse,
        fdel: refuse,
        doc: Value::NONE,
    })
}

/// Gives a class CPython's C type name (`datetime.date`) for messages
/// and reprs.
fn set_c_name(class: Value, name: &str) {
    if let Some(t) = types::as_type(class) {
        let _ = t.c_name.set(name.to_string());
    }
}

/// Compares two orderable keys for a rich comparison method.
pub fn cmp_result<T: PartialOrd>(op: &str, a: T, b: T) -> Value {
    Value::bool(match op {
        "__eq__" => a == b,
        "__ne__" => a != b,
        "__lt__" => a < b,
        "__le__" => a <= b,
        "__gt__" => a > b,
        _ => a >= b,
    })
}

/// The six rich comparisons of a class, each calling `f(op, self, other)`.
macro_rules! comparisons {
    ($f:path) => {
        [
            ("__eq__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__eq__", r, a)
                }
                m as NativeFn
            }),
            ("__ne__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__ne__", r, a)
                }
                m as NativeFn
            }),
            ("__lt__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__lt__", r, a)
                }
                m as NativeFn
            }),
            ("__le__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__le__", r, a)
                }
                m as NativeFn
            }),
            ("__gt__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__gt__", r, a)
                }
                m as NativeFn
            }),
            ("__ge__", {
                fn m(r: Value, a: Args) -> PyResult {
                    $f("__ge__", r, a)
                }
                m as NativeFn
            }),
        ]
    };
}
pub(crate) use comparisons;

/// The single argument of a binary special method.
pub fn other_arg(a: &Args) -> Value {
    a.pos().first().copied().unwrap_or(Value::NONE)
}

pub fn not_impl() -> PyResult {
    Ok(protocol::not_implemented())
}

/// A copy of one of the module's values: the same class and data
/// (`__copy__`, `__deepcopy__`).
fn copy_value(r: Value, _a: Args) -> PyResult {
    let data: Box<dyn NativeData> = if let Some(us) = delta_of(r) {
        Box::new(DeltaD(us))
    } else if let Some(d) = plain_date_of(r) {
        Box::new(DateD(d))
    } else if let Some(x) = dt_of(r) {
        Box::new(DtD { ..*x })
    } else if let Some(x) = time_of(r) {
        Box::new(TimeD { ..*x })
    } else if let Some(z) = tz_of(r) {
        if z.off == 0 && z.name.is_none() {
            return Ok(cls().utc);
        }
        Box::new(TzD {
            off: z.off,
            name: z.name.clone(),
        })
    } else {
        return Err(exc::type_error(format!(
            "cannot copy '{}' object",
            type_name(r)
        )));
    };
    // Like CPython's pickling state, subclass instance attributes are not
    // carried over.
    Ok(nc::native_instance(types::type_of(r), data))
}

fn add_copy(class: Value) {
    nc::set_class_attr(class, "__copy__", nc::unbound("__copy__", copy_value));
    nc::set_class_attr(
        class,
        "__deepcopy__",
        nc::unbound("__deepcopy__", copy_value),
    );
}

pub fn init(m: &mut AttrMap) {
    let timedelta = delta::make_class();
    let tzinfo = tz::make_tzinfo_class();
    let timezone = tz::make_timezone_class(tzinfo);
    let date = date::make_class();
    let datetime = dt::make_class(date);
    let time = time::make_class();
    let isocal = isocal::make_class();
    for (c, n) in [
        (timedelta, "datetime.timedelta"),
        (tzinfo, "datetime.tzinfo"),
        (timezone, "datetime.timezone"),
        (date, "datetime.date"),
        (datetime, "datetime.datetime"),
        (time, "datetime.time"),
        (isocal, "datetime.IsoCalendarDate"),
    ] {
        set_c_name(c, n);
    }
    for c in [timedelta, timezone, date, datetime, time] {
        add_copy(c);
    }
    CLASSES.with(|c| {
        c.set(Some(Classes {
            date,
            datetime,
            time,
            timedelta,
            tzinfo,
            timezone,
            isocal,
            utc: Value::NONE,
        }))
    });
    let utc = tz::make_constants(timezone);
    CLASSES.with(|c| {
        if let Some(mut k) = c.get() {
            k.utc = utc;
            c.set(Some(k));
        }
    });
    delta::add_constants(timedelta);
    date::add_constants(date);
    dt::add_constants(datetime);
    time::add_constants(time);
    m.set("date", date);
    m.set("datetime", datetime);
    m.set("time", time);
    m.set("timedelta", timedelta);
    m.set("tzinfo", tzinfo);
    m.set("timezone", timezone);
    m.set("UTC", utc);
    m.set("MINYEAR", small(calendar::MINYEAR));
    m.set("MAXYEAR", small(calendar::MAXYEAR));
}
