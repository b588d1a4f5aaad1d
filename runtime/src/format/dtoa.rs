//! Float-to-decimal-string engine (the equivalent of CPython's
//! `PyOS_double_to_string`) and `repr(float)`. Digit generation relies on
//! Rust's correctly rounded (round-half-even on the exact binary value)
//! `{:e}` / `{:.*e}` / `{:.*}` formatting; layout follows CPython's rules.

/// Conversion mode, as CPython's `format_code` for `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Shortest round-tripping digits (`repr`).
    Repr,
    /// Scientific, `precision` digits after the point.
    Exp,
    /// Fixed, `precision` digits after the point.
    Fixed,
    /// General, `precision` significant digits.
    General,
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_ALT` (`#`).
    pub alt: bool,
    /// `Py_DTSF_ADD_DOT_0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0` (`z`).
    pub no_neg_0: bool,
    /// Upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// Split Rust's scientific output `d.ddde-5` into (digits, exponent).
fn split_sci(s: &str) -> (String, i64) {
    let (mant, exp) = match s.split_once('e') {
        Some(p) => p,
        None => (s, "0"),
    };
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp = exp.parse::<i64>().unwrap_or(0);
    (digits, exp)
}

fn push_exponent(out: &mut String, exp: i64, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Rust's formatting machinery panics for precisions above `u16::MAX`; a
/// double never has more than 767 significant or 1074 fractional digits, so
/// digits past this cap are always zeros and are appended by hand.
const PREC_CAP: usize = 1200;

/// `{:.*}` for any precision.
fn fixed_str(a: f64, precision: usize) -> String {
    let mut s = format!("{:.*}", precision.min(PREC_CAP), a);
    if precision > PREC_CAP {
        s.extend(std::iter::repeat_n('0', precision - PREC_CAP));
    }
    s
}

/// Digits and exponent of `{:.*e}` (`precision + 1` significant digits) for any precision.
fn sci_digits(a: f64, precision: usize) -> (String, i64) {
    let (mut digits, exp) = split_sci(&format!("{:.*e}", precision.min(PREC_CAP), a));
    if precision > PREC_CAP {
        digits.extend(std::iter::repeat_n('0', precision - PREC_CAP));
    }
    (digits, exp)
}

/// Shortest round-tripping digits and exponent, choosing (like David Gay's
/// `dtoa` mode 0) the candidate nearest to the exact value, ties to even.
fn shortest_digits(a: f64) -> (String, i64) {
    let (digits, exp) = split_sci(&format!("{:e}", a));
    let n = digits.len();
    if n > 1 {
        let s = format!("{:.*e}", n - 1, a);
        if s.parse::<f64>().ok() == Some(a) {
            let (d2, e2) = split_sci(&s);
            if d2.len() == n {
                return (d2, e2);
            }
        }
    }
    (digits, exp)
}

/// Lay out significant `digits` (value = 0.DIGITS * 10**decpt).
fn layout(digits: &str, decpt: i64, use_exp: bool, flags: DtoaFlags) -> String {
    let mut out = String::new();
    if use_exp {
        let mut it = digits.chars();
        out.push(it.next().unwrap_or('0'));
        let rest = it.as_str();
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        } else if flags.alt {
            out.push('.');
        }
        push_exponent(&mut out, decpt.saturating_sub(1), flags.upper);
        return out;
    }
    let len = digits.len() as i64;
    if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..decpt.unsigned_abs() {
            out.push('0');
        }
        out.push_str(digits);
    } else if decpt >= len {
        out.push_str(digits);
        for _ in 0..(decpt - len) {
            out.push('0');
        }
        if flags.alt || flags.add_dot_0 {
            out.push('.');
        }
        if flags.add_dot_0 {
            out.push('0');
        }
    } else {
        let k = usize::try_from(decpt).unwrap_or(0);
        out.push_str(digits.get(..k).unwrap_or(""));
        out.push('.');
        out.push_str(digits.get(k..).unwrap_or(""));
    }
    out
}

/// Format `x` like `PyOS_double_to_string`. Returns (negative, text without sign).
pub(crate) fn double_to_parts(
    x: f64,
    mode: Mode,
    precision: usize,
    flags: DtoaFlags,
) -> (bool, String) {
    if x.is_nan() {
        return (false, if flags.upper { "NAN" } else { "nan" }.to_string());
    }
    let neg = x.is_sign_negative();
    if x.is_infinite() {
        return (neg, if flags.upper { "INF" } else { "inf" }.to_string());
    }
    let a = x.abs();
    let (body, all_zero) = match mode {
        Mode::Fixed => {
            let mut s = fixed_str(a, precision);
            if flags.alt && precision == 0 {
                s.push('.');
            }
            let z = s.bytes().all(|b| b == b'0' || b == b'.');
            (s, z)
        }
        Mode::Exp => {
            let (digits, exp) = sci_digits(a, precision);
            let z = digits.bytes().all(|b| b == b'0');
            (layout(&digits, exp.saturating_add(1), true, flags), z)
        }
        Mode::General => {
            let p = precision.max(1);
            let (mut digits, exp) = sci_digits(a, p - 1);
            let decpt = exp.saturating_add(1);
            let p = p as i64;
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            let use_exp = decpt <= -4 || decpt > limit;
            if !flags.alt {
                let trimmed = digits.trim_end_matches('0').len().max(1);
                digits.truncate(trimmed);
            }
            let z = digits.bytes().all(|b| b == b'0');
            (layout(&digits, decpt, use_exp, flags), z)
        }
        Mode::Repr => {
            let (digits, exp) = shortest_digits(a);
            let decpt = exp.saturating_add(1);
            let use_exp = decpt <= -4 || decpt > 16;
            let z = digits.bytes().all(|b| b == b'0');
            (layout(&digits, decpt, use_exp, flags), z)
        }
    };
    let neg = neg && !(flags.no_neg_0 && all_zero);
    (neg, body)
}

/// `repr(float)` / `str(float)` exactly as CPython.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    let (neg, body) = double_to_parts(x, Mode::Repr, 0, flags);
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}
