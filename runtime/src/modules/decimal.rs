//! `decimal`: the `Decimal` and `Context` classes over `numeric::decimal`,
//! the current context (`getcontext`, `setcontext`, `localcontext`), the
//! rounding constants and the signal exceptions. Operations round under
//! the current context; the conditions CPython's default context traps
//! raise its exceptions with its messages.

use super::fractions;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::numeric::decimal::{self as dm, Ctx, DResult, Dec, Form, Rounding, Signal};
use crate::numeric::rational::Rational;
use crate::numeric::BinOp;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{int, list, str as pystr, tuple};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Zero;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

struct DecData(Dec);

impl NativeData for DecData {
    fn size(&self) -> usize {
        (self.0.coef.bits() / 8) as usize
    }
}

struct CtxData(RefCell<Ctx>);

impl NativeData for CtxData {}

thread_local! {
    static DECIMAL: Cell<Value> = const { Cell::new(Value::NONE) };
    static CONTEXT: Cell<Value> = const { Cell::new(Value::NONE) };
    static MANAGER: Cell<Value> = const { Cell::new(Value::NONE) };
    static TUPLE: Cell<Value> = const { Cell::new(Value::NONE) };
    static CURRENT: Cell<Value> = const { Cell::new(Value::NONE) };
    static EXCEPTIONS: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

fn decimal_class() -> Value {
    DECIMAL.with(|c| c.get())
}

fn context_class() -> Value {
    CONTEXT.with(|c| c.get())
}

fn exc_class(name: &str) -> Value {
    EXCEPTIONS.with(|e| {
        e.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Value::NONE, |(_, v)| *v)
    })
}

/// Raises a trapped condition as CPython's decimal does.
fn signal(s: Signal) -> exc::Raised {
    let (cls, cond) = match s {
        Signal::Invalid(c) => ("InvalidOperation", c),
        Signal::DivisionByZero => ("DivisionByZero", "DivisionByZero"),
        Signal::Overflow => ("Overflow", "Overflow"),
    };
    let roots = Roots::new();
    let msg = roots.push(pystr::from_string(format!("[<class 'decimal.{cond}'>]")));
    match nc::call(exc_class(cls), &[msg]) {
        Ok(e) => exc::raise(e),
        Err(r) => r,
    }
}

fn ok<T>(r: DResult<T>) -> PyResult<T> {
    r.map_err(signal)
}

/// The value of a Decimal instance.
fn dec_of(v: Value) -> Option<&'static Dec> {
    let cls = decimal_class();
    if cls.is_none() || v.obj().is_none() {
        return None;
    }
    nc::native_of::<DecData>(v, cls).map(|d| &d.0)
}

/// The exact value of a Decimal for `Fraction(Decimal)`: `None` when `v`
/// is not a Decimal.
pub fn exact_of(v: Value) -> Option<PyResult<Rational>> {
    let d = dec_of(v)?;
    Some(match d.form {
        Form::Finite => Ok(d.to_rational()),
        Form::Inf => Err(exc::raise_new(
            "OverflowError",
            "cannot convert Infinity to integer ratio",
        )),
        _ => Err(exc::value_error("cannot convert NaN to integer ratio")),
    })
}

/// The value of a Decimal (for `statistics`).
pub fn value_of(v: Value) -> Option<&'static Dec> {
    dec_of(v)
}

/// Is `t` the Decimal class or a subclass?
pub fn is_decimal_type(t: Value) -> bool {
    let cls = decimal_class();
    !cls.is_none() && types::is_subtype(t, cls)
}

/// `Decimal(n) / Decimal(d)` under the current context.
pub fn from_ratio(q: &Rational) -> PyResult {
    let c = ctx();
    let r = dm::div(&Dec::from_int(&q.n), &Dec::from_int(&q.d), &c);
    Ok(new_dec(ok(r)?))
}

/// statistics' `_decimal_sqrt_of_frac`: sqrt(q) correctly rounded under
/// the current context, checked against its neighbours.
pub fn sqrt_of_ratio(q: &Rational) -> PyResult {
    use num_traits::Signed;
    if !q.n.is_positive() {
        return Ok(new_dec(Dec::finite(false, BigInt::zero(), -1)));
    }
    let c = ctx();
    let x = ok(dm::div(&Dec::from_int(&q.n), &Dec::from_int(&q.d), &c))?;
    let root = ok(dm::sqrt(&x, &c))?;
    let r = root.to_rational();
    let (n, m) = (&q.n, &q.d);
    let mid = |other: &Dec| -> (BigInt, BigInt) {
        let o = other.to_rational();
        let lhs = n * 4 * num_traits::pow(&r.d * &o.d, 2);
        let rhs = m * num_traits::pow(&r.d * &o.n + &o.d * &r.n, 2);
        (lhs, rhs)
    };
    let plus = ok(dm::next_toward(&root, true, &c))?;
    let (l, rr) = mid(&plus);
    if l > rr {
        return Ok(new_dec(plus));
    }
    let minus = ok(dm::next_toward(&root, false, &c))?;
    let (l, rr) = mid(&minus);
    if l < rr {
        return Ok(new_dec(minus));
    }
    Ok(new_dec(root))
}

fn new_dec(d: Dec) -> Value {
    nc::native_instance(decimal_class(), Box::new(DecData(d)))
}

fn this(r: Value, method: &str) -> PyResult<&'static Dec> {
    nc::native_receiver::<DecData>(r, decimal_class(), method).map(|d| &d.0)
}

// ---------------------------------------------------------------------------
// Contexts.

fn ctx_data(v: Value) -> Option<&'static RefCell<Ctx>> {
    nc::native_of::<CtxData>(v, context_class()).map(|c| &c.0)
}

fn new_context(c: Ctx) -> Value {
    nc::native_instance(context_class(), Box::new(CtxData(RefCell::new(c))))
}

fn current_value() -> Value {
    let v = CURRENT.with(|c| c.get());
    if !v.is_none() {
        return v;
    }
    let v = new_context(Ctx::default());
    gc::make_permanent(v);
    CURRENT.with(|c| c.set(v));
    v
}

fn set_current(v: Value) {
    gc::make_permanent(v);
    CURRENT.with(|c| c.set(v));
}

/// The current context's settings.
fn ctx() -> Ctx {
    ctx_data(current_value()).map_or_else(Ctx::default, |c| *c.borrow())
}

/// The context given as a `context=` argument, else the current one.
fn ctx_arg(v: Option<Value>) -> PyResult<Ctx> {
    match v.filter(|v| !v.is_none()) {
        None => Ok(ctx()),
        Some(c) => ctx_data(c)
            .map(|c| *c.borrow())
            .ok_or_else(|| exc::type_error("optional argument must be a context")),
    }
}

fn getcontext(_r: Value, args: Args) -> PyResult {
    args.check("getcontext", 0, 0, &[])?;
    Ok(current_value())
}

fn setcontext(_r: Value, args: Args) -> PyResult {
    args.check("setcontext", 1, 1, &[])?;
    let c = args.pos()[0];
    if ctx_data(c).is_none() {
        return Err(exc::type_error("argument must be a context"));
    }
    set_current(c);
    Ok(Value::NONE)
}

fn rounding_arg(v: Value) -> PyResult<Rounding> {
    pystr::as_str(v).and_then(Rounding::from_name).ok_or_else(|| {
        exc::type_error(
            "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
        )
    })
}

const MAX_PREC: i64 = 999_999_999_999_999_999;

/// Sets one context field by name, with CPython's checks.
fn set_field(c: &RefCell<Ctx>, name: &str, v: Value) -> PyResult<()> {
    if name == "rounding" {
        let r = rounding_arg(v)?;
        c.borrow_mut().rounding = r;
        return Ok(());
    }
    let n = nc::int_arg(v)?;
    let mut c = c.borrow_mut();
    match name {
        "prec" if (1..=MAX_PREC).contains(&n) => c.prec = n,
        "prec" => return Err(exc::value_error("valid range for prec is [1, MAX_PREC]")),
        "Emax" if (0..=MAX_PREC).contains(&n) => c.emax = n,
        "Emax" => return Err(exc::value_error("valid range for Emax is [0, MAX_EMAX]")),
        "Emin" if (-MAX_PREC..=0).contains(&n) => c.emin = n,
        "Emin" => return Err(exc::value_error("valid range for Emin is [MIN_EMIN, 0]")),
        "capitals" if n == 0 || n == 1 => c.capitals = n == 1,
        "capitals" => return Err(exc::value_error("valid values for capitals are 0 or 1")),
        _ => {}
    }
    Ok(())
}

const FIELDS: &[&str] = &["prec", "rounding", "Emin", "Emax", "capitals"];

fn context_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    let b = nc::bind(&rest, "Context", FIELDS, &[], 0)?;
    let c = RefCell::new(Ctx::default());
    for (name, v) in FIELDS.iter().zip(b.iter()) {
        if let Some(v) = v.filter(|v| !v.is_none()) {
            set_field(&c, name, v)?;
        }
    }
    Ok(nc::native_instance(cls, Box::new(CtxData(c))))
}

fn context_copy(r: Value, _args: Args) -> PyResult {
    let c = ctx_data(r).ok_or_else(|| exc::type_error("copy() requires a Context"))?;
    let v = *c.borrow();
    Ok(new_context(v))
}

fn context_create_decimal(r: Value, args: Args) -> PyResult {
    args.check("create_decimal", 0, 1, &[])?;
    let c = ctx_data(r).map(|c| *c.borrow()).unwrap_or_default();
    let d = convert_new(args.pos().first().copied().unwrap_or(Value::NONE), true)?;
    Ok(new_dec(ok(d.fix(&c))?))
}

macro_rules! ctx_property {
    ($get:ident, $set:ident, $name:literal, $read:expr) => {
        fn $get(_r: Value, args: Args) -> PyResult {
            let v = args.pos().first().copied().unwrap_or(Value::NONE);
            let c = ctx_data(v).ok_or_else(|| exc::type_error("not a Context"))?;
            let f: fn(&Ctx) -> Value = $read;
            let out = f(&c.borrow());
            Ok(out)
        }
        fn $set(_r: Value, args: Args) -> PyResult {
            let p = args.pos();
            let (Some(&obj), Some(&v)) = (p.first(), p.get(1)) else {
                return Err(exc::type_error("expected a value"));
            };
            let c = ctx_data(obj).ok_or_else(|| exc::type_error("not a Context"))?;
            set_field(c, $name, v)?;
            Ok(Value::NONE)
        }
    };
}

ctx_property!(get_prec, set_prec, "prec", |c| int::from_i64(c.prec));
ctx_property!(get_rounding, set_rounding, "rounding", |c| pystr::new(
    c.rounding.name()
));
ctx_property!(get_emax, set_emax, "Emax", |c| int::from_i64(c.emax));
ctx_property!(get_emin, set_emin, "Emin", |c| int::from_i64(c.emin));
ctx_property!(get_capitals, set_capitals, "capitals", |c| int::from_i64(
    c.capitals as i64
));

fn localcontext(_r: Value, args: Args) -> PyResult {
    if args.pos().len() > 1 {
        return Err(exc::type_error(format!(
            "localcontext() takes at most 1 argument ({} given)",
            args.pos().len()
        )));
    }
    let given = args.pos().first().copied().or_else(|| args.kwarg("ctx"));
    let base = match given.filter(|v| !v.is_none()) {
        Some(c) => ctx_data(c)
            .map(|c| *c.borrow())
            .ok_or_else(|| exc::type_error("optional argument must be a context"))?,
        None => ctx(),
    };
    let c = RefCell::new(base);
    for (k, v) in args.kw() {
        if k == "ctx" {
            continue;
        }
        if !FIELDS.contains(&k) && k != "clamp" && k != "flags" && k != "traps" {
            return Err(exc::type_error(format!(
                "'{k}' is an invalid keyword argument for this function"
            )));
        }
        set_field(&c, k, v)?;
    }
    let roots = Roots::new();
    let new = roots.push(nc::native_instance(context_class(), Box::new(CtxData(c))));
    let mgr = MANAGER.with(|m| m.get());
    Ok(nc::instance(mgr, vec![new, Value::NONE]))
}

fn manager_enter(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, MANAGER.with(|m| m.get()), "__enter__")?;
    nc::set(s, 1, current_value());
    let new = nc::get(s, 0);
    set_current(new);
    Ok(new)
}

fn manager_exit(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, MANAGER.with(|m| m.get()), "__exit__")?;
    let saved = nc::get(s, 1);
    if !saved.is_none() {
        set_current(saved);
    }
    Ok(Value::FALSE)
}

// ---------------------------------------------------------------------------
// Construction.

/// `Decimal(value)` before any rounding.
fn convert_new(v: Value, allow_float: bool) -> PyResult<Dec> {
    if let Some(d) = dec_of(v) {
        return Ok(d.clone());
    }
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(Dec::from_int(&b));
        }
    }
    if let Some(f) = v.as_float() {
        if allow_float {
            return Ok(Dec::from_f64(f));
        }
    }
    if let Some(s) = pystr::as_str(v) {
        return dm::parse(s).ok_or_else(|| signal(Signal::Invalid("ConversionSyntax")));
    }
    if tuple::as_slice(v).is_some() || list::as_list(v).is_some() {
        return from_tuple(v);
    }
    Err(exc::type_error(format!(
        "conversion from {} to Decimal is not supported",
        type_name(v)
    )))
}

fn from_tuple(v: Value) -> PyResult<Dec> {
    let items = match tuple::as_slice(v) {
        Some(t) => t.to_vec(),
        None => nc::list_items(v),
    };
    if items.len() != 3 {
        return Err(exc::value_error("argument must be a sequence of length 3"));
    }
    let neg = match int::to_i64(items[0]).filter(|_| !items[0].is_float()) {
        Some(0) => false,
        Some(1) => true,
        _ => {
            return Err(exc::value_error(
                "sign must be an integer with the value 0 or 1",
            ))
        }
    };
    let digit_vals = match tuple::as_slice(items[1]) {
        Some(t) => t.to_vec(),
        None if list::as_list(items[1]).is_some() => nc::list_items(items[1]),
        None => return Err(exc::value_error("coefficient must be a tuple of digits")),
    };
    let mut digits = String::new();
    for d in digit_vals {
        match int::to_i64(d).filter(|x| (0..=9).contains(x) && !d.is_float()) {
            Some(x) => digits.push((b'0' + x as u8) as char),
            None => return Err(exc::value_error("coefficient must be a tuple of digits")),
        }
    }
    if let Some(s) = pystr::as_str(items[2]) {
        let payload = digits.trim_start_matches('0').to_string();
        let form = match s {
            "F" => Form::Inf,
            "n" => Form::NaN(payload),
            "N" => Form::SNaN(payload),
            _ => {
                return Err(exc::value_error(
                    "string argument in the third position must be 'F', 'n' or 'N'",
                ))
            }
        };
        return Ok(Dec {
            neg,
            coef: BigInt::zero(),
            exp: 0,
            form,
        });
    }
    let exp = match int::to_i64(items[2]).filter(|_| !items[2].is_float()) {
        Some(e) => e,
        None => return Err(exc::value_error("exponent must be an integer")),
    };
    let coef: BigInt = if digits.is_empty() {
        BigInt::zero()
    } else {
        digits.parse().unwrap_or_default()
    };
    Ok(Dec::finite(neg, coef, exp))
}

fn decimal_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    let b = nc::bind(&rest, "Decimal", &["value", "context"], &[], 0)?;
    let d = match b[0] {
        None => Dec::finite(false, BigInt::zero(), 0),
        Some(v) => convert_new(v, true)?,
    };
    if let Some(c) = b[1].filter(|c| !c.is_none()) {
        ctx_arg(Some(c))?;
    }
    Ok(nc::native_instance(cls, Box::new(DecData(d))))
}

fn from_float(_r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(exc::type_error("from_float() takes exactly one argument"));
    }
    let (cls, v) = (p[0], p[1]);
    let d = if let Some(f) = v.as_float() {
        Dec::from_f64(f)
    } else if let Some(b) = (!v.is_float()).then(|| int::to_bigint(v)).flatten() {
        Dec::from_int(&b)
    } else {
        return Err(exc::type_error("argument must be int or float"));
    };
    Ok(nc::native_instance(cls, Box::new(DecData(d))))
}

// ---------------------------------------------------------------------------
// Text and conversions.

fn dec_str(r: Value, _args: Args) -> PyResult {
    let d = this(r, "__str__")?;
    Ok(pystr::from_string(d.to_sci(ctx().capitals)))
}

fn dec_repr(r: Value, _args: Args) -> PyResult {
    let d = this(r, "__repr__")?;
    Ok(pystr::from_string(format!(
        "Decimal('{}')",
        d.to_sci(ctx().capitals)
    )))
}

fn dec_format(r: Value, args: Args) -> PyResult {
    args.check("__format__", 1, 1, &[])?;
    let d = this(r, "__format__")?;
    let spec = nc::str_arg(args.pos()[0], "format spec must be a string")?;
    match dm::format(d, spec, &ctx()) {
        Some(s) => Ok(pystr::from_string(s)),
        None => Err(exc::value_error("invalid format string")),
    }
}

fn dec_hash(r: Value, _args: Args) -> PyResult {
    let d = this(r, "__hash__")?;
    let h = match &d.form {
        Form::Finite => d.hash_finite(),
        Form::Inf if d.neg => -crate::hash::HASH_INF,
        Form::Inf => crate::hash::HASH_INF,
        Form::SNaN(_) => return Err(exc::type_error("Cannot hash a signaling NaN value")),
        Form::NaN(_) => crate::hash::hash_pointer(r.0 & molt_abi::PAYLOAD_MASK),
    };
    Ok(int::from_i64(h))
}

fn dec_bool(r: Value, _args: Args) -> PyResult {
    Ok(Value::bool(!this(r, "__bool__")?.is_zero()))
}

/// The integer a finite Decimal rounds to with `mode`.
fn to_int(d: &Dec, mode: Rounding) -> PyResult {
    match d.form {
        Form::Finite => {}
        Form::Inf => {
            return Err(exc::raise_new(
                "OverflowError",
                "cannot convert Infinity to integer",
            ))
        }
        _ => return Err(exc::value_error("cannot convert NaN to integer")),
    }
    let r = if d.exp >= 0 {
        d.clone()
    } else {
        d.rescale(0, mode)
    };
    let mut n = &r.coef * dm::pow10(r.exp.max(0) as u64);
    if r.neg {
        n = -n;
    }
    Ok(int::from_bigint(n))
}

fn dec_int(r: Value, _args: Args) -> PyResult {
    to_int(this(r, "__int__")?, Rounding::Down)
}

fn dec_floor(r: Value, _args: Args) -> PyResult {
    to_int(this(r, "__floor__")?, Rounding::Floor)
}

fn dec_ceil(r: Value, _args: Args) -> PyResult {
    to_int(this(r, "__ceil__")?, Rounding::Ceiling)
}

fn dec_float(r: Value, _args: Args) -> PyResult {
    let d = this(r, "__float__")?;
    Ok(Value::float(match &d.form {
        // Like float(str(d)): out-of-range magnitudes become infinities.
        Form::Finite => d.to_rational().to_f64().unwrap_or(if d.neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        Form::Inf if d.neg => f64::NEG_INFINITY,
        Form::Inf => f64::INFINITY,
        Form::NaN(_) if d.neg => -f64::NAN,
        Form::NaN(_) => f64::NAN,
        Form::SNaN(_) => return Err(exc::value_error("cannot convert signaling NaN to float")),
    }))
}

fn dec_round(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "__round__", &["ndigits"], &[], 0)?;
    let d = this(r, "__round__")?;
    match b[0].filter(|v| !v.is_none()) {
        None => to_int(d, Rounding::HalfEven),
        Some(n) => {
            let n = nc::int_arg(n)?;
            let c = ctx();
            let e = Dec::finite(false, BigInt::from(1), -n);
            Ok(new_dec(ok(dm::quantize(d, &e, c.rounding, &c))?))
        }
    }
}

fn as_tuple(r: Value, _args: Args) -> PyResult {
    let d = this(r, "as_tuple")?;
    let roots = Roots::new();
    let digits_of = |s: &str| -> Vec<Value> {
        s.bytes()
            .map(|b| Value::small_int((b - b'0') as i64))
            .collect()
    };
    let (digits, exp) = match &d.form {
        Form::Finite => (digits_of(&d.coef.to_string()), int::from_i64(d.exp)),
        Form::Inf => (vec![Value::small_int(0)], roots.push(pystr::new("F"))),
        Form::NaN(p) => (digits_of(p), roots.push(pystr::new("n"))),
        Form::SNaN(p) => (digits_of(p), roots.push(pystr::new("N"))),
    };
    let digits = roots.push(tuple::new(digits));
    nc::call(
        TUPLE.with(|t| t.get()),
        &[Value::small_int(d.neg as i64), digits, exp],
    )
}

fn as_integer_ratio(r: Value, _args: Args) -> PyResult {
    let d = this(r, "as_integer_ratio")?;
    let q = match exact_of(r) {
        Some(q) => q?,
        None => d.to_rational(),
    };
    let roots = Roots::new();
    let n = roots.push(int::from_bigint(q.n));
    let dd = roots.push(int::from_bigint(q.d));
    Ok(tuple::new(vec![n, dd]))
}

macro_rules! predicate {
    ($name:ident, $s:literal, $f:expr) => {
        fn $name(r: Value, _args: Args) -> PyResult {
            let d = this(r, $s)?;
            let f: fn(&Dec) -> bool = $f;
            Ok(Value::bool(f(d)))
        }
    };
}

predicate!(is_nan, "is_nan", |d| d.is_nan());
predicate!(is_snan, "is_snan", |d| matches!(d.form, Form::SNaN(_)));
predicate!(is_qnan, "is_qnan", |d| matches!(d.form, Form::NaN(_)));
predicate!(is_infinite, "is_infinite", |d| d.form == Form::Inf);
predicate!(is_finite, "is_finite", |d| d.is_finite());
predicate!(is_zero, "is_zero", |d| d.is_zero());
predicate!(is_signed, "is_signed", |d| d.neg);

fn adjusted(r: Value, _args: Args) -> PyResult {
    Ok(int::from_i64(this(r, "adjusted")?.adjusted()))
}

fn copy_abs(r: Value, _args: Args) -> PyResult {
    Ok(new_dec(this(r, "copy_abs")?.abs()))
}

fn copy_negate(r: Value, _args: Args) -> PyResult {
    Ok(new_dec(this(r, "copy_negate")?.neg()))
}

fn copy_sign(r: Value, args: Args) -> PyResult {
    args.check("copy_sign", 1, 1, &["context"])?;
    let d = this(r, "copy_sign")?;
    let o = operand(args.pos()[0])?;
    let mut out = d.clone();
    out.neg = o.neg;
    Ok(new_dec(out))
}

/// An operand of a Decimal method: a Decimal or an int.
fn operand(v: Value) -> PyResult<Dec> {
    if let Some(d) = dec_of(v) {
        return Ok(d.clone());
    }
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(Dec::from_int(&b));
        }
    }
    Err(exc::type_error(format!(
        "conversion from {} to Decimal is not supported",
        type_name(v)
    )))
}

fn method_ctx(args: &Args, name: &str, names: &[&str]) -> PyResult<(Vec<Option<Value>>, Ctx)> {
    let mut all: Vec<&str> = names.to_vec();
    all.push("context");
    let b = nc::bind(args, name, &all, &[], 0)?;
    let c = ctx_arg(b[names.len()])?;
    Ok((b, c))
}

fn normalize(r: Value, args: Args) -> PyResult {
    let (_, c) = method_ctx(&args, "normalize", &[])?;
    let d = ok(this(r, "normalize")?.clone().fix(&c))?;
    if !d.is_finite() {
        return Ok(new_dec(d));
    }
    if d.coef.is_zero() {
        return Ok(new_dec(Dec::finite(d.neg, BigInt::zero(), 0)));
    }
    let (mut coef, mut exp) = (d.coef.clone(), d.exp);
    while (&coef % 10u32).is_zero() && exp < c.emax {
        coef /= 10;
        exp += 1;
    }
    Ok(new_dec(Dec::finite(d.neg, coef, exp)))
}

fn quantize(r: Value, args: Args) -> PyResult {
    let (b, c) = method_ctx(&args, "quantize", &["exp", "rounding"])?;
    let d = this(r, "quantize")?;
    let e =
        operand(b[0].ok_or_else(|| {
            exc::type_error("quantize() missing required argument 'exp' (pos 1)")
        })?)?;
    let mode = match b[1].filter(|v| !v.is_none()) {
        Some(m) => rounding_arg(m)?,
        None => c.rounding,
    };
    Ok(new_dec(ok(dm::quantize(d, &e, mode, &c))?))
}

fn to_integral(r: Value, args: Args) -> PyResult {
    let (b, c) = method_ctx(&args, "to_integral_value", &["rounding"])?;
    let d = this(r, "to_integral_value")?;
    let mode = match b[0].filter(|v| !v.is_none()) {
        Some(m) => rounding_arg(m)?,
        None => c.rounding,
    };
    if matches!(d.form, Form::SNaN(_)) {
        return Err(signal(Signal::Invalid("InvalidOperation")));
    }
    if !d.is_finite() || d.exp >= 0 {
        return Ok(new_dec(d.clone()));
    }
    Ok(new_dec(d.rescale(0, mode)))
}

fn dec_sqrt(r: Value, args: Args) -> PyResult {
    let (_, c) = method_ctx(&args, "sqrt", &[])?;
    Ok(new_dec(ok(dm::sqrt(this(r, "sqrt")?, &c))?))
}

fn compare_method(r: Value, args: Args) -> PyResult {
    let (b, _) = method_ctx(&args, "compare", &["other"])?;
    let d = this(r, "compare")?;
    let o = operand(b[0].unwrap_or(Value::NONE))?;
    if matches!(d.form, Form::SNaN(_)) || matches!(o.form, Form::SNaN(_)) {
        return Err(signal(Signal::Invalid("InvalidOperation")));
    }
    if d.is_nan() {
        return Ok(new_dec(d.clone()));
    }
    if o.is_nan() {
        return Ok(new_dec(o));
    }
    let v = match dm::cmp(d, &o) {
        Some(Ordering::Less) => -1,
        Some(Ordering::Greater) => 1,
        _ => 0,
    };
    Ok(new_dec(Dec::from_int(&BigInt::from(v))))
}

// ---------------------------------------------------------------------------
// Arithmetic.

/// Unary operators round under the context (`+x` is `0 + x`).
fn unary(r: Value, name: &str, f: fn(&Dec) -> Dec) -> PyResult {
    let d = this(r, name)?;
    if matches!(d.form, Form::SNaN(_)) {
        return Err(signal(Signal::Invalid("InvalidOperation")));
    }
    let c = ctx();
    let mut out = f(d);
    if out.is_zero() {
        // 0 + x and 0 - x: an exact zero is positive except when rounding
        // toward negative infinity.
        out.neg = out.neg && c.rounding == Rounding::Floor;
    }
    Ok(new_dec(ok(out.fix(&c))?))
}

fn dec_neg(r: Value, _args: Args) -> PyResult {
    unary(r, "__neg__", Dec::neg)
}

fn dec_pos(r: Value, _args: Args) -> PyResult {
    unary(r, "__pos__", Dec::clone)
}

fn dec_abs(r: Value, _args: Args) -> PyResult {
    unary(r, "__abs__", Dec::abs)
}

/// The other operand of an arithmetic operator: `Ok(None)` lets a user
/// class answer; built-in types Decimal cannot mix with raise CPython's
/// error (its type is named `decimal.Decimal` there).
fn arith_operand(v: Value, op: &str, reflected: bool) -> PyResult<Option<Dec>> {
    if let Some(d) = dec_of(v) {
        return Ok(Some(d.clone()));
    }
    if !v.is_float() {
        if let Some(b) = int::to_bigint(v) {
            return Ok(Some(Dec::from_int(&b)));
        }
    }
    let user = matches!(v.obj().map(|o| &o.kind), Some(Kind::Instance(_)))
        && fractions::value_of(v).is_none()
        && crate::builtins::complex::value_of(v).is_none();
    if user && !reflected {
        return Ok(None);
    }
    let (a, b) = if reflected {
        (type_name(v), "decimal.Decimal".to_string())
    } else {
        ("decimal.Decimal".to_string(), type_name(v))
    };
    Err(exc::type_error(format!(
        "unsupported operand type(s) for {op}: '{a}' and '{b}'"
    )))
}

fn arith(op: BinOp, a: &Dec, b: &Dec) -> PyResult {
    let c = ctx();
    let r = match op {
        BinOp::Add => dm::add(a, b, &c),
        BinOp::Sub => dm::sub(a, b, &c),
        BinOp::Mul => dm::mul(a, b, &c),
        BinOp::TrueDiv => dm::div(a, b, &c),
        BinOp::FloorDiv => dm::floordiv(a, b, &c),
        BinOp::Mod => dm::rem(a, b, &c),
        BinOp::Pow => return power(a, b),
        _ => return Ok(protocol::not_implemented()),
    };
    Ok(new_dec(ok(r)?))
}

fn power(a: &Dec, b: &Dec) -> PyResult {
    let c = ctx();
    if b.is_nan() || a.is_nan() {
        if matches!(a.form, Form::SNaN(_)) || matches!(b.form, Form::SNaN(_)) {
            return Err(signal(Signal::Invalid("InvalidOperation")));
        }
        return Ok(new_dec(if a.is_nan() { a.clone() } else { b.clone() }));
    }
    let integral = b.is_finite() && {
        let q = b.to_rational();
        q.d == BigInt::from(1)
    };
    if !integral {
        return Err(exc::raise_new(
            "NotImplementedError",
            "Decimal powers with a non-integral exponent are not supported by Molt",
        ));
    }
    let n = b.to_rational().n;
    Ok(new_dec(ok(dm::powi(a, &n, &c))?))
}

fn forward(op: BinOp, name: &str, r: Value, args: &Args) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let a = this(r, name)?;
    match arith_operand(args.pos()[0], op.symbol(), false)? {
        Some(b) => arith(op, a, &b),
        None => Ok(protocol::not_implemented()),
    }
}

fn reverse(op: BinOp, name: &str, r: Value, args: &Args) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let b = this(r, name)?;
    match arith_operand(args.pos()[0], op.symbol(), true)? {
        Some(a) => arith(op, &a, b),
        None => Ok(protocol::not_implemented()),
    }
}

macro_rules! arith_methods {
    ($fwd:ident, $rev:ident, $op:expr, $f:literal, $r:literal) => {
        fn $fwd(r: Value, args: Args) -> PyResult {
            forward($op, $f, r, &args)
        }
        fn $rev(r: Value, args: Args) -> PyResult {
            reverse($op, $r, r, &args)
        }
    };
}

arith_methods!(d_add, d_radd, BinOp::Add, "__add__", "__radd__");
arith_methods!(d_sub, d_rsub, BinOp::Sub, "__sub__", "__rsub__");
arith_methods!(d_mul, d_rmul, BinOp::Mul, "__mul__", "__rmul__");
arith_methods!(d_div, d_rdiv, BinOp::TrueDiv, "__truediv__", "__rtruediv__");
arith_methods!(
    d_fdiv,
    d_rfdiv,
    BinOp::FloorDiv,
    "__floordiv__",
    "__rfloordiv__"
);
arith_methods!(d_mod, d_rmod, BinOp::Mod, "__mod__", "__rmod__");

fn d_pow(r: Value, args: Args) -> PyResult {
    if args.pos().len() == 2 && !args.pos()[1].is_none() {
        return Err(exc::raise_new(
            "NotImplementedError",
            "three-argument pow() on Decimals is not supported by Molt",
        ));
    }
    let a = this(r, "__pow__")?;
    match arith_operand(args.pos()[0], BinOp::Pow.symbol(), false)? {
        Some(b) => power(a, &b),
        None => Ok(protocol::not_implemented()),
    }
}

fn d_rpow(r: Value, args: Args) -> PyResult {
    let b = this(r, "__rpow__")?;
    let Some(&v) = args.pos().first() else {
        return Err(exc::type_error("expected 1 argument, got 0"));
    };
    match arith_operand(v, BinOp::Pow.symbol(), true)? {
        Some(a) => power(&a, b),
        None => Ok(protocol::not_implemented()),
    }
}

fn divmod_pair(a: &Dec, b: &Dec) -> PyResult {
    let c = ctx();
    let (q, m) = if b.is_zero() && a.is_finite() && !a.coef.is_zero() {
        return Err(signal(Signal::DivisionByZero));
    } else {
        ok(dm::divmod(a, b, &c))?
    };
    let roots = Roots::new();
    let q = roots.push(new_dec(q));
    let m = roots.push(new_dec(m));
    Ok(tuple::new(vec![q, m]))
}

fn d_divmod(r: Value, args: Args) -> PyResult {
    args.check("__divmod__", 1, 1, &[])?;
    let a = this(r, "__divmod__")?;
    match arith_operand(args.pos()[0], "divmod()", false)? {
        Some(b) => divmod_pair(a, &b),
        None => Ok(protocol::not_implemented()),
    }
}

fn d_rdivmod(r: Value, args: Args) -> PyResult {
    args.check("__rdivmod__", 1, 1, &[])?;
    let b = this(r, "__rdivmod__")?;
    match arith_operand(args.pos()[0], "divmod()", true)? {
        Some(a) => divmod_pair(&a, b),
        None => Ok(protocol::not_implemented()),
    }
}

/// A comparison operand as an exact value: Decimal, int, float or
/// Fraction; `None` for other types.
enum CmpOperand {
    Dec(Dec),
    Ratio(Rational),
}

fn cmp_operand(v: Value) -> Option<CmpOperand> {
    if let Some(d) = dec_of(v) {
        return Some(CmpOperand::Dec(d.clone()));
    }
    if let Some(f) = v.as_float() {
        return Some(CmpOperand::Dec(Dec::from_f64(f)));
    }
    if let Some(b) = int::to_bigint(v) {
        return Some(CmpOperand::Dec(Dec::from_int(&b)));
    }
    fractions::value_of(v).map(|q| CmpOperand::Ratio(q.clone()))
}

fn compare(r: Value, args: &Args, op: CmpOp, name: &str) -> PyResult {
    args.check(name, 1, 1, &[])?;
    let a = this(r, name)?;
    let Some(b) = cmp_operand(args.pos()[0]) else {
        return Ok(protocol::not_implemented());
    };
    let ord = match &b {
        CmpOperand::Dec(b) => {
            let snan = matches!(a.form, Form::SNaN(_)) || matches!(b.form, Form::SNaN(_));
            if snan || (a.is_nan() || b.is_nan()) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Err(signal(Signal::Invalid("InvalidOperation")));
            }
            dm::cmp(a, b)
        }
        CmpOperand::Ratio(q) => match a.form {
            Form::Finite => Some(a.to_rational().cmp(q)),
            Form::Inf => Some(if a.neg {
                Ordering::Less
            } else {
                Ordering::Greater
            }),
            _ if matches!(op, CmpOp::Eq | CmpOp::Ne) => None,
            _ => return Err(signal(Signal::Invalid("InvalidOperation"))),
        },
    };
    Ok(Value::bool(match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }))
}

macro_rules! cmp_methods {
    ($($name:ident, $op:expr, $s:literal;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult {
            compare(r, &args, $op, $s)
        })*
    };
}

cmp_methods! {
    d_eq, CmpOp::Eq, "__eq__";
    d_ne, CmpOp::Ne, "__ne__";
    d_lt, CmpOp::Lt, "__lt__";
    d_le, CmpOp::Le, "__le__";
    d_gt, CmpOp::Gt, "__gt__";
    d_ge, CmpOp::Ge, "__ge__";
}

fn copy_self(r: Value, _args: Args) -> PyResult {
    Ok(r)
}

const DECIMAL_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", decimal_new),
    ("__repr__", dec_repr),
    ("__str__", dec_str),
    ("__hash__", dec_hash),
    ("__format__", dec_format),
    ("__bool__", dec_bool),
    ("__int__", dec_int),
    ("__trunc__", dec_int),
    ("__floor__", dec_floor),
    ("__ceil__", dec_ceil),
    ("__float__", dec_float),
    ("__round__", dec_round),
    ("__neg__", dec_neg),
    ("__pos__", dec_pos),
    ("__abs__", dec_abs),
    ("__copy__", copy_self),
    ("__deepcopy__", copy_self),
    ("__add__", d_add),
    ("__radd__", d_radd),
    ("__sub__", d_sub),
    ("__rsub__", d_rsub),
    ("__mul__", d_mul),
    ("__rmul__", d_rmul),
    ("__truediv__", d_div),
    ("__rtruediv__", d_rdiv),
    ("__floordiv__", d_fdiv),
    ("__rfloordiv__", d_rfdiv),
    ("__mod__", d_mod),
    ("__rmod__", d_rmod),
    ("__divmod__", d_divmod),
    ("__rdivmod__", d_rdivmod),
    ("__pow__", d_pow),
    ("__rpow__", d_rpow),
    ("__eq__", d_eq),
    ("__ne__", d_ne),
    ("__lt__", d_lt),
    ("__le__", d_le),
    ("__gt__", d_gt),
    ("__ge__", d_ge),
    ("as_tuple", as_tuple),
    ("as_integer_ratio", as_integer_ratio),
    ("is_nan", is_nan),
    ("is_snan", is_snan),
    ("is_qnan", is_qnan),
    ("is_infinite", is_infinite),
    ("is_finite", is_finite),
    ("is_zero", is_zero),
    ("is_signed", is_signed),
    ("adjusted", adjusted),
    ("copy_abs", copy_abs),
    ("copy_negate", copy_negate),
    ("copy_sign", copy_sign),
    ("normalize", normalize),
    ("quantize", quantize),
    ("to_integral_value", to_integral),
    ("to_integral", to_integral),
    ("sqrt", dec_sqrt),
    ("compare", compare_method),
];

fn property(get: NativeFn, set: NativeFn) -> Value {
    gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native("fget", get),
        fset: crate::builtins::native("fset", set),
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}

/// The signal exceptions: (name, bases by name).
const EXCEPTION_TREE: &[(&str, &[&str])] = &[
    ("DecimalException", &["ArithmeticError"]),
    ("Clamped", &["DecimalException"]),
    ("InvalidOperation", &["DecimalException"]),
    ("ConversionSyntax", &["InvalidOperation"]),
    ("DivisionByZero", &["DecimalException", "ZeroDivisionError"]),
    ("DivisionImpossible", &["InvalidOperation"]),
    (
        "DivisionUndefined",
        &["InvalidOperation", "ZeroDivisionError"],
    ),
    ("Inexact", &["DecimalException"]),
    ("InvalidContext", &["InvalidOperation"]),
    ("Rounded", &["DecimalException"]),
    ("Subnormal", &["DecimalException"]),
    ("Overflow", &["Inexact", "Rounded"]),
    ("Underflow", &["Inexact", "Rounded", "Subnormal"]),
    ("FloatOperation", &["DecimalException", "TypeError"]),
];

pub fn init(m: &mut AttrMap) {
    for &(name, bases) in EXCEPTION_TREE {
        let bases: Vec<Value> = bases
            .iter()
            .map(|b| {
                let own = exc_class(b);
                if own.is_none() {
                    types::exc_type(b).unwrap_or(Value::NONE)
                } else {
                    own
                }
            })
            .collect();
        let cls =
            types::new_type(name, "decimal", bases, Layout::Exception, true).unwrap_or(Value::NONE);
        EXCEPTIONS.with(|e| e.borrow_mut().push((name, cls)));
        m.set(name, cls);
    }
    let dec = nc::new_class("Decimal", "decimal", None, DECIMAL_METHODS);
    nc::add_classmethod(dec, "from_float", from_float);
    DECIMAL.with(|c| c.set(dec));
    m.set("Decimal", dec);

    let ctx_cls = nc::new_class(
        "Context",
        "decimal",
        None,
        &[
            ("__new__", context_new),
            ("copy", context_copy),
            ("create_decimal", context_create_decimal),
        ],
    );
    nc::set_class_attr(ctx_cls, "prec", property(get_prec, set_prec));
    nc::set_class_attr(ctx_cls, "rounding", property(get_rounding, set_rounding));
    nc::set_class_attr(ctx_cls, "Emax", property(get_emax, set_emax));
    nc::set_class_attr(ctx_cls, "Emin", property(get_emin, set_emin));
    nc::set_class_attr(ctx_cls, "capitals", property(get_capitals, set_capitals));
    CONTEXT.with(|c| c.set(ctx_cls));
    m.set("Context", ctx_cls);

    let mgr = nc::new_class(
        "_ContextManager",
        "decimal",
        None,
        &[("__enter__", manager_enter), ("__exit__", manager_exit)],
    );
    MANAGER.with(|c| c.set(mgr));

    let dt = super::collections::namedtuple_class(
        "DecimalTuple",
        "decimal",
        &["sign", "digits", "exponent"],
    );
    TUPLE.with(|t| t.set(dt));
    m.set("DecimalTuple", dt);

    for &(_, name) in dm::ROUNDINGS {
        m.set(name, gc::alloc_permanent_str(name));
    }
    m.set("MAX_PREC", int::from_i64(MAX_PREC));
    m.set("MAX_EMAX", int::from_i64(MAX_PREC));
    m.set("MIN_EMIN", int::from_i64(-MAX_PREC));
    let default = new_context(Ctx::default());
    gc::make_permanent(default);
    m.set("DefaultContext", default);
    super::add_fn(m, "getcontext", getcontext);
    super::add_fn(m, "setcontext", setcontext);
    super::add_fn(m, "localcontext", localcontext);
    fractions::ensure_class();
}
