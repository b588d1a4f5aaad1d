//! String formatting over Python values: `format(v, spec)` (and f-string
//! fields), `str.format`, and printf-style `str % args`. Parsing of specs
//! and the number formatting itself are in `crate::format`.

use crate::exc::{self, PyResult};
use crate::format::{self as nf, ErrKind, FmtError};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::{dict, int, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;

pub fn fmt_error(e: FmtError) -> exc::Raised {
    let class = match e.kind {
        ErrKind::ValueError => "ValueError",
        ErrKind::OverflowError => "OverflowError",
        ErrKind::TypeError => "TypeError",
        ErrKind::MemoryError => "MemoryError",
    };
    exc::raise_new(class, &e.msg)
}

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> PyResult<String> {
    if let Some(f) = protocol::special(v, "__format__") {
        let s = pystr::new(spec);
        let roots = Roots::new();
        roots.push(s);
        let r = protocol::call_special(f, v, &[s])?;
        return match pystr::as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => Err(exc::type_error(format!(
                "__format__ must return a str, not {}",
                type_name(r)
            ))),
        };
    }
    if spec.is_empty() {
        return protocol::str_of(v);
    }
    if let Some(f) = v.as_float() {
        let sp = nf::parse_format_spec(spec, "float").map_err(fmt_error)?;
        return nf::format_float(f, &sp).map_err(fmt_error);
    }
    if int::is_int(v) {
        let sp = nf::parse_format_spec(spec, if v.is_bool() { "bool" } else { "int" })
            .map_err(fmt_error)?;
        let b = int::to_bigint(v).unwrap_or_default();
        return nf::format_int(&b, &sp).map_err(fmt_error);
    }
    if let Some(s) = pystr::as_str(v) {
        let sp = nf::parse_format_spec(spec, "str").map_err(fmt_error)?;
        return nf::format_str(s, &sp).map_err(fmt_error);
    }
    Err(exc::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )))
}

/// Applies an f-string / `str.format` conversion (`!s`, `!r`, `!a`).
pub fn convert(v: Value, conversion: char) -> PyResult<Value> {
    Ok(match conversion {
        's' => pystr::from_string(protocol::str_of(v)?),
        'r' => pystr::from_string(protocol::repr(v)?),
        'a' => pystr::from_string(super::functions::ascii_escape(&protocol::repr(v)?)),
        _ => v,
    })
}

/// One f-string replacement field: conversion code 0 none, 1 str, 2 repr,
/// 3 ascii, then the format spec.
pub fn format_field(v: Value, spec: Value, conversion: u64) -> PyResult {
    let roots = Roots::new();
    roots.push(v);
    let c = match conversion {
        1 => 's',
        2 => 'r',
        3 => 'a',
        _ => ' ',
    };
    let v = roots.push(convert(v, c)?);
    let spec = if spec.is_none() {
        ""
    } else {
        pystr::as_str(spec).unwrap_or("")
    };
    if spec.is_empty() && pystr::as_str(v).is_some() {
        return Ok(v);
    }
    Ok(pystr::from_string(format_value(v, spec)?))
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

struct FormatState<'a> {
    args: Args<'a>,
    auto: Option<usize>,
    manual: bool,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: Args) -> PyResult<String> {
    let mut st = FormatState {
        args,
        auto: None,
        manual: false,
    };
    format_with(fmt, &mut st, 2)
}

fn format_with(fmt: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(exc::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its matching '}'.
        let mut level = 1;
        let mut j = i + 1;
        while j < chars.len() {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(exc::value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        out.push_str(&render_field(&field, st, depth)?);
        i = j + 1;
    }
    Ok(out)
}

fn render_field(field: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    // Split "name!conv:spec" (the name may contain [..] with ':' or '!').
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let c = cs.next().ok_or_else(|| {
            exc::value_error("end of string while looking for conversion specifier")
        })?;
        let after = cs.as_str();
        let spec = match after.strip_prefix(':') {
            Some(s) => s,
            None if after.is_empty() => "",
            None => return Err(exc::value_error("expected ':' after conversion specifier")),
        };
        if !matches!(c, 'r' | 's' | 'a') {
            return Err(exc::value_error(format!(
                "Unknown conversion specifier {c}"
            )));
        }
        (c, spec)
    } else {
        (' ', rest.strip_prefix(':').unwrap_or(""))
    };
    let roots = Roots::new();
    let v = roots.push(resolve_field(name, st)?);
    let v = roots.push(convert(v, conv)?);
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(exc::value_error("Max string recursion exceeded"));
        }
        format_with(spec, st, depth - 1)?
    } else {
        spec.to_string()
    };
    format_value(v, &spec)
}

fn resolve_field(name: &str, st: &mut FormatState) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if st.manual {
            return Err(exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = st.auto.map_or(0, |a| a + 1);
        st.auto = Some(idx);
        positional(st, idx)?
    } else if let Ok(idx) = first.parse::<usize>() {
        if st.auto.is_some() {
            return Err(exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.manual = true;
        positional(st, idx)?
    } else {
        match st.args.kwarg(first) {
            Some(v) => v,
            None => {
                let k = pystr::new(first);
                return Err(exc::raise(exc::new_exc_with_args("KeyError", &[k])));
            }
        }
    };
    let roots = Roots::new();
    roots.push(v);
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = roots.push(crate::attr::getattr(v, &r[..end])?);
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(exc::value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            let key = match key_text.parse::<i64>() {
                Ok(i) => int::from_i64(i),
                Err(_) => roots.push(pystr::new(key_text)),
            };
            v = roots.push(crate::attr::getitem(v, key)?);
            rest = &r[end + 1..];
        } else {
            return Err(exc::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(v)
}

fn positional(st: &FormatState, idx: usize) -> PyResult<Value> {
    st.args.pos().get(idx).copied().ok_or_else(|| {
        exc::raise_new(
            "IndexError",
            &format!("Replacement index {idx} out of range for positional args tuple"),
        )
    })
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// `fmt % values`.
pub fn percent_format(fmt: &str, values: Value) -> PyResult<String> {
    let roots = Roots::new();
    roots.push(values);
    // A namedtuple is a tuple here, as it is in CPython.
    let tup = tuple::as_slice(values).or_else(|| {
        crate::modules::collections::namedtuple_tuple(values).and_then(tuple::as_slice)
    });
    let is_mapping = dict::as_dict(values).is_some()
        || (matches!(values.obj().map(|o| &o.kind), Some(Kind::Instance(_)))
            && protocol::special(values, "__getitem__").is_some()
            && tup.is_none());
    let items: Vec<Value> = match tup {
        Some(t) => t.to_vec(),
        None => vec![values],
    };
    let single_nontuple = tup.is_none();
    let mut next = 0usize;
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0usize;
    let bytes = fmt.as_bytes();
    let mut used_mapping = false;
    while pos < fmt.len() {
        let Some(off) = fmt[pos..].find('%') else {
            out.push_str(&fmt[pos..]);
            break;
        };
        out.push_str(&fmt[pos..pos + off]);
        pos += off;
        let (spec, after) = nf::parse_percent_spec(fmt, pos).map_err(fmt_error)?;
        pos = after;
        let _ = bytes;
        if spec.literal_percent {
            out.push('%');
            continue;
        }
        let take = |next: &mut usize| -> PyResult<Value> {
            let v = items
                .get(*next)
                .copied()
                .ok_or_else(|| exc::type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        let width = match spec.width {
            Some(nf::PercentCount::Fixed(w)) => Some(w),
            Some(nf::PercentCount::Star) => {
                let w = take(&mut next)?;
                let w = int::to_i64(w).ok_or_else(|| exc::type_error("* wants int"))?;
                Some(w.unsigned_abs() as usize)
            }
            None => None,
        };
        let precision = match spec.precision {
            Some(nf::PercentCount::Fixed(p)) => Some(p),
            Some(nf::PercentCount::Star) => {
                let p = take(&mut next)?;
                let p = int::to_i64(p).ok_or_else(|| exc::type_error("* wants int"))?;
                Some(p.max(0) as usize)
            }
            None => None,
        };
        let v = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return Err(exc::type_error("format requires a mapping"));
                }
                used_mapping = true;
                let key = roots.push(pystr::new(k));
                crate::attr::getitem(values, key)?
            }
            None => {
                if is_mapping && single_nontuple {
                    next += 1;
                    values
                } else {
                    take(&mut next)?
                }
            }
        };
        spec.check_conversion().map_err(fmt_error)?;
        let text = match spec.conv {
            's' | 'r' | 'a' => {
                let s = match spec.conv {
                    's' => protocol::str_of(v)?,
                    'r' => protocol::repr(v)?,
                    _ => super::functions::ascii_escape(&protocol::repr(v)?),
                };
                let s: String = match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(&s, width, spec.flags.left)
            }
            'c' => {
                let s = if let Some(s) = pystr::as_strobj(v).filter(|s| s.char_len() == 1) {
                    s.as_str().to_string()
                } else if (int::is_int(v) && !v.is_float())
                    || protocol::special(v, "__index__").is_some()
                {
                    let i = int::to_i64(protocol::number_index(v)?);
                    match i
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                    {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(exc::raise_new(
                                "OverflowError",
                                "%c arg not in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(exc::type_error("%c requires int or char"));
                };
                pad(&s, width, spec.flags.left)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = if let Some(f) = v.as_float() {
                    if matches!(spec.conv, 'o' | 'x' | 'X') {
                        return Err(exc::type_error(format!(
                            "%{} format: an integer is required, not float",
                            spec.conv
                        )));
                    }
                    match crate::numeric::float_to_int(f).map_err(crate::ops::num_error)? {
                        crate::numeric::NumOut::Int(i) => num_bigint::BigInt::from(i),
                        crate::numeric::NumOut::Big(b) => b,
                        crate::numeric::NumOut::Float(_) => num_bigint::BigInt::default(),
                    }
                } else if int::is_int(v) {
                    int::to_bigint(v).unwrap_or_default()
                } else if let Some(f) =
                    protocol::special(v, "__index__").or_else(|| protocol::special(v, "__int__"))
                {
                    let r = protocol::call_special(f, v, &[])?;
                    int::to_bigint(r).unwrap_or_default()
                } else {
                    let what = if matches!(spec.conv, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return Err(exc::type_error(format!(
                        "%{} format: {what} is required, not {}",
                        spec.conv,
                        type_name(v)
                    )));
                };
                nf::percent_format_int(&b, &spec.flags, width, precision, spec.conv)
                    .map_err(fmt_error)?
            }
            _ => {
                let f = match protocol::num(v) {
                    Some(n) => crate::numeric::int_to_float(&n).map_err(crate::ops::num_error)?,
                    None => {
                        if let Some(ff) = protocol::special(v, "__float__") {
                            let r = protocol::call_special(ff, v, &[])?;
                            r.as_float().unwrap_or(0.0)
                        } else {
                            return Err(exc::type_error(format!(
                                "must be real number, not {}",
                                type_name(v)
                            )));
                        }
                    }
                };
                nf::percent_format_float(f, &spec.flags, width, precision, spec.conv)
                    .map_err(fmt_error)?
            }
        };
        out.push_str(&text);
    }
    let consumed_mapping = used_mapping || (is_mapping && single_nontuple);
    if !consumed_mapping && next < items.len() {
        return Err(exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn pad(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            let fill = " ".repeat(w - n);
            if left {
                format!("{s}{fill}")
            } else {
                format!("{fill}{s}")
            }
        }
        _ => s.to_string(),
    }
}
