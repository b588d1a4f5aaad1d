//! `format(x, spec)` for float, int and str (CPython 3.11's
//! `format_float_internal`, `format_long_internal`, `format_string_internal`),
//! plus `hex()`/`oct()`/`bin()`-style radix conversion and `str(int)`.

use crate::format::dtoa::{double_to_parts, DtoaFlags, Mode};
use crate::format::error::FmtError;
use crate::format::spec::{check_grouping, code_text, Align, FormatSpec};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

fn unknown_code(ty: char, type_name: &str) -> FmtError {
    FmtError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(ty),
        crate::format::strrepr::truncate_chars(type_name, 200)
    ))
}

fn reserve(out: &mut String, n: usize) -> Result<(), FmtError> {
    out.try_reserve(n).map_err(|_| FmtError::memory())
}

fn push_n(out: &mut String, c: char, n: usize) -> Result<(), FmtError> {
    reserve(out, n.saturating_mul(c.len_utf8()))?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// Insert separators into `digits`, zero-padding to `min_width` (chars),
/// as CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(
    digits: &str,
    sep: Option<char>,
    group: usize,
    min_width: i64,
) -> Result<String, FmtError> {
    let n = digits.len() as i64;
    let Some(sep) = sep else {
        let zeros = min_width.saturating_sub(n).max(0) as usize;
        let mut out = String::new();
        push_n(&mut out, '0', zeros)?;
        out.push_str(digits);
        return Ok(out);
    };
    let g = group as i64;
    let mut remaining = n;
    let mut mw = min_width;
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let len = g.min(remaining.max(mw).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut piece = String::new();
        push_n(&mut piece, '0', n_zeros as usize)?;
        let start = (remaining - n_chars) as usize;
        piece.push_str(digits.get(start..remaining as usize).unwrap_or(""));
        pieces.push(piece);
        remaining -= n_chars;
        mw = mw.saturating_sub(len);
        if remaining <= 0 && mw <= 0 {
            break;
        }
        mw = mw.saturating_sub(1);
    }
    let mut out = String::new();
    for (i, p) in pieces.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(p);
    }
    Ok(out)
}

/// Numeric layout (CPython's `calc_number_widths` + `fill_number`).
/// `digits`: ASCII integer-part digits to group; `rest`: everything after them.
#[allow(clippy::too_many_arguments)]
fn layout_number(
    sign: Option<char>,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &FormatSpec,
    sep: Option<char>,
    group: usize,
) -> Result<String, FmtError> {
    let fill = spec.fill_char();
    let align = spec.numeric_align();
    let width = spec.width.unwrap_or(0) as i64;
    let non_digit =
        sign.map_or(0, |_| 1) + prefix.chars().count() as i64 + rest.chars().count() as i64;
    let min_width = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(non_digit)
    } else {
        0
    };
    // Fail early (MemoryError) on absurd widths instead of exhausting memory.
    let mut out = String::new();
    let est = (width.max(0) as usize)
        .saturating_mul(fill.len_utf8())
        .saturating_add(digits.len().saturating_mul(2))
        .saturating_add(rest.len() + prefix.len() + 8);
    reserve(&mut out, est)?;
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, sep, group, min_width)?
    };
    let total = non_digit.saturating_add(grouped.chars().count() as i64);
    let pad = width.saturating_sub(total).max(0) as usize;
    let (left, mid, right) = match align {
        Align::Left => (0, 0, pad),
        Align::Right => (pad, 0, 0),
        Align::Center => (pad / 2, 0, pad - pad / 2),
        Align::AfterSign => (0, pad, 0),
    };
    push_n(&mut out, fill, left)?;
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_n(&mut out, fill, mid)?;
    out.push_str(&grouped);
    out.push_str(rest);
    push_n(&mut out, fill, right)?;
    Ok(out)
}

fn sign_char(neg: bool, spec_sign: Option<char>) -> Option<char> {
    if neg {
        Some('-')
    } else {
        match spec_sign {
            Some('+') => Some('+'),
            Some(' ') => Some(' '),
            _ => None,
        }
    }
}

/// `format(x, spec)` for a Python float.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    format_float_typed(x, spec, "float")
}

fn format_float_typed(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut val = x;
    let mut add_pct = false;
    let mut default_precision = 6;
    let mut mode = match spec.ty {
        None | Some('\0') => {
            flags.add_dot_0 = true;
            default_precision = 0;
            Mode::Repr
        }
        Some('e') => Mode::Exp,
        Some('E') => {
            flags.upper = true;
            Mode::Exp
        }
        Some('f') => Mode::Fixed,
        Some('F') => {
            flags.upper = true;
            Mode::Fixed
        }
        Some('g') | Some('n') => Mode::General,
        Some('G') => {
            flags.upper = true;
            Mode::General
        }
        Some('%') => {
            val *= 100.0;
            add_pct = true;
            Mode::Fixed
        }
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(FmtError::value("precision too big"));
        }
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if mode == Mode::Repr {
                mode = Mode::General;
            }
            p
        }
    };
    let (neg, mut body) = double_to_parts(val, mode, precision, flags);
    if add_pct {
        body.push('%');
    }
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(ndig);
    // 'n' uses the C locale: no grouping.
    layout_number(
        sign_char(neg, spec.sign),
        "",
        digits,
        rest,
        spec,
        spec.grouping,
        3,
    )
}

/// Correctly rounded `float(int)`; error as CPython when too large.
pub fn int_to_f64(x: &BigInt) -> Result<f64, FmtError> {
    let mag = x.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().map(|v| v as f64).unwrap_or(f64::INFINITY)
    } else if bits > 1024 {
        f64::INFINITY
    } else {
        let shift = bits - 64;
        let top: num_bigint::BigUint = mag >> shift;
        let mut t = top.to_u64().unwrap_or(u64::MAX);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            t |= 1;
        }
        let f = t as f64;
        // 2**shift with shift <= 960 is an exact normal double.
        let scale = f64::from_bits((1023 + shift) << 52);
        f * scale
    };
    if r.is_infinite() {
        return Err(FmtError::overflow("int too large to convert to float"));
    }
    Ok(if x.sign() == Sign::Minus { -r } else { r })
}

/// `str(int)` magnitude digits with CPython's digit limit (`0` = unlimited).
pub fn int_to_decimal_with_limit(x: &BigInt, max_str_digits: usize) -> Result<String, FmtError> {
    if max_str_digits > 0 {
        // Cheap lower bound on the number of digits: (bits-1)*log10(2).
        let bits = x.magnitude().bits();
        let lower = (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if lower > (max_str_digits as u64).saturating_add(1) {
            return Err(FmtError::value(format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                max_str_digits
            )));
        }
    }
    let s = x.to_string();
    let nd = s.trim_start_matches('-').len();
    if max_str_digits > 0 && nd > max_str_digits {
        return Err(FmtError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits
        )));
    }
    Ok(s)
}

/// `str(int)` with the default digit limit.
pub fn int_to_decimal(x: &BigInt) -> Result<String, FmtError> {
    int_to_decimal_with_limit(x, DEFAULT_MAX_STR_DIGITS)
}

/// `format(x, spec)` for a Python int, default digit limit.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    format_int_with_limit(x, spec, DEFAULT_MAX_STR_DIGITS)
}

/// `format(x, spec)` for a Python int; `max_str_digits` as
/// `sys.set_int_max_str_digits` (0 = unlimited), applied to decimal output.
pub fn format_int_with_limit(
    x: &BigInt,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, FmtError> {
    let (radix, upper) = match spec.ty {
        None | Some('d') | Some('n') | Some('c') => (10, false),
        Some('b') => (2, false),
        Some('o') => (8, false),
        Some('x') => (16, false),
        Some('X') => (16, true),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int_to_f64(x)?;
            return format_float_typed(f, spec, "int");
        }
        Some(c) => return Err(unknown_code(c, "int")),
    };
    if spec.precision.is_some() {
        return Err(FmtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == Some('c') {
        if spec.sign.is_some() {
            return Err(FmtError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = x
            .to_i64()
            .ok_or_else(|| FmtError::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(v)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| FmtError::overflow("%c arg not in range(0x110000)"))?;
        // Surrogates cannot be represented in a Rust String.
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        return layout_number(None, "", "", &ch.to_string(), spec, None, 3);
    }
    let mut digits = if radix == 10 {
        let s = int_to_decimal_with_limit(x, max_str_digits)?;
        s.trim_start_matches('-').to_string()
    } else {
        x.magnitude().to_str_radix(radix)
    };
    if upper {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate {
        match spec.ty {
            Some('b') => "0b",
            Some('o') => "0o",
            Some('x') => "0x",
            Some('X') => "0X",
            _ => "",
        }
    } else {
        ""
    };
    let (sep, group) = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => (None, 3),
        (Some('b' | 'o' | 'x' | 'X'), Some(c)) => (Some(c), 4),
        (_, Some(c)) => (Some(c), 3),
    };
    let neg = x.is_negative();
    layout_number(
        sign_char(neg, spec.sign),
        prefix,
        &digits,
        "",
        spec,
        sep,
        group,
    )
}

/// `format(s, spec)` for a Python str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        check_grouping(sep, 's')?;
    }
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    match spec.sign {
        Some(' ') => {
            return Err(FmtError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FmtError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FmtError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FmtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body = match spec.precision {
        Some(p) => crate::format::strrepr::truncate_chars(s, p),
        None => s,
    };
    let len = body.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let fill = spec.fill_char();
    let (left, right) = match spec.align.unwrap_or(Align::Left) {
        Align::Right => (pad, 0),
        Align::Center => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::new();
    reserve(&mut out, body.len())?;
    push_n(&mut out, fill, left)?;
    out.push_str(body);
    push_n(&mut out, fill, right)?;
    Ok(out)
}

/// `hex()`/`oct()`/`bin()` style: sign, then `prefix`, then lower-case digits.
pub fn int_to_str_radix(x: &BigInt, radix: u32, prefix: &str) -> String {
    let radix = radix.clamp(2, 36);
    let digits = x.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + prefix.len() + 1);
    if x.is_negative() && !x.is_zero() {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}
