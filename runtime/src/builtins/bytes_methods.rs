//! Methods of `bytes`: CPython's byte-string algorithms (ASCII-only case
//! mapping and character classes, whitespace = `b" \t\n\r\x0b\x0c"`) and
//! their argument parsing and messages.

use super::methods::{arg, opt_index_arg};
use crate::exc::{self, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{bytes, int, list, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;

pub const BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("decode", super::methods::bytes_decode),
    ("hex", hex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("count", count),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isascii", isascii),
    ("__len__", super::methods::any_len),
];

fn recv(r: Value) -> &'static [u8] {
    bytes::as_bytes(r).unwrap_or(&[])
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
fn bytes_like(v: Value) -> PyResult<&'static [u8]> {
    bytes::as_bytes(v).ok_or_else(|| {
        exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(name)?;
    if !args.pos().is_empty() {
        return Err(exc::type_error(format!(
            "bytes.{name}() takes no arguments ({} given)",
            args.pos().len()
        )));
    }
    Ok(())
}

/// The needle of `find`/`count`/`index`: bytes, or an int in `range(256)`.
fn needle(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if int::is_int(v) && !v.is_float() {
        let n = protocol::index_value(v)?;
        return match u8::try_from(n) {
            Ok(b) => Ok(vec![b]),
            Err(_) => Err(exc::value_error("byte must be in range(0, 256)")),
        };
    }
    Err(exc::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(v)
    )))
}

/// CPython's `ADJUST_INDICES`: start and end clamped into `0..=len`
/// (start may exceed `len`; the callers check).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(len)).min(len);
    (start, end)
}

/// `(needle, start, end)` of the searching methods.
fn search_args(args: &Args, name: &str) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    // Parsed with `PyArg_ParseTuple` in CPython: "takes at least".
    args.check(name, 1, 3, &[])?;
    let p = args.pos();
    let n = needle(p[0])?;
    let start = opt_index_arg(p.get(1).copied())?;
    let end = opt_index_arg(p.get(2).copied())?;
    Ok((n, start, end))
}

fn find_in(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>, last: bool) -> i64 {
    let (s, e) = adjust(start, end, h.len());
    if s > e || (e - s) < n.len() as i64 {
        return -1;
    }
    let (s, e) = (s as usize, e as usize);
    let hay = &h[s..e];
    if n.is_empty() {
        return if last { e as i64 } else { s as i64 };
    }
    let mut positions = hay.windows(n.len()).enumerate().filter(|(_, w)| *w == n);
    let found = if last {
        positions.next_back()
    } else {
        positions.next()
    };
    found.map_or(-1, |(i, _)| (s + i) as i64)
}

fn find_common(r: Value, args: &Args, name: &str, last: bool) -> PyResult<i64> {
    let (n, start, end) = search_args(args, name)?;
    Ok(find_in(recv(r), &n, start, end, last))
}

fn find(r: Value, args: Args) -> PyResult {
    Ok(int::from_i64(find_common(r, &args, "find", false)?))
}

fn rfind(r: Value, args: Args) -> PyResult {
    Ok(int::from_i64(find_common(r, &args, "rfind", true)?))
}

fn index(r: Value, args: Args) -> PyResult {
    match find_common(r, &args, "index", false)? {
        -1 => Err(exc::value_error("subsection not found")),
        i => Ok(int::from_i64(i)),
    }
}

fn rindex(r: Value, args: Args) -> PyResult {
    match find_common(r, &args, "rindex", true)? {
        -1 => Err(exc::value_error("subsection not found")),
        i => Ok(int::from_i64(i)),
    }
}

fn count(r: Value, args: Args) -> PyResult {
    let (n, start, end) = search_args(&args, "count")?;
    let h = recv(r);
    let (s, e) = adjust(start, end, h.len());
    if s > e {
        return Ok(Value::small_int(0));
    }
    let hay = &h[s as usize..e as usize];
    if n.is_empty() {
        return Ok(int::from_i64(hay.len() as i64 + 1));
    }
    let mut c = 0i64;
    let mut i = 0;
    while i + n.len() <= hay.len() {
        if hay[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(int::from_i64(c))
}

fn tail_match(r: Value, args: &Args, name: &str, at_end: bool) -> PyResult {
    args.check(name, 1, 3, &[])?;
    let p = args.pos();
    let h = recv(r);
    let start = opt_index_arg(p.get(1).copied())?;
    let end = opt_index_arg(p.get(2).copied())?;
    let (s, e) = adjust(start, end, h.len());
    let matches = |sub: &[u8]| -> bool {
        if s > e || e - s < sub.len() as i64 || s > h.len() as i64 {
            return false;
        }
        let (s, e) = (s as usize, e as usize);
        if at_end {
            h[e - sub.len()..e] == *sub
        } else {
            h[s..s + sub.len()] == *sub
        }
    };
    if let Some(items) = tuple::as_slice(p[0]) {
        for it in items {
            let Some(sub) = bytes::as_bytes(*it) else {
                return Err(exc::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(*it)
                )));
            };
            if matches(sub) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(sub) = bytes::as_bytes(p[0]) else {
        return Err(exc::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(p[0])
        )));
    };
    Ok(Value::bool(matches(sub)))
}

fn startswith(r: Value, args: Args) -> PyResult {
    tail_match(r, &args, "startswith", false)
}

fn endswith(r: Value, args: Args) -> PyResult {
    tail_match(r, &args, "endswith", true)
}

fn hex(r: Value, args: Args) -> PyResult {
    args.check_params("hex", 0, &["sep", "bytes_per_sep"])?;
    let b = recv(r);
    let sep = match arg(&args, 0, "sep") {
        None => None,
        Some(v) => {
            let s: Vec<u8> = if let Some(s) = crate::objects::str::as_str(v) {
                s.as_bytes().to_vec()
            } else if let Some(s) = bytes::as_bytes(v) {
                s.to_vec()
            } else {
                return Err(exc::type_error(format!(
                    "sep must be str or bytes, not {}",
                    type_name(v)
                )));
            };
            if s.len() != 1 {
                return Err(exc::value_error("sep must be length 1."));
            }
            Some(s[0] as char)
        }
    };
    let per = match arg(&args, 1, "bytes_per_sep") {
        Some(v) => protocol::index_value(v)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            // Groups are counted from the right for a positive count and
            // from the left for a negative one.
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(crate::objects::str::from_string(out))
}

/// `bytes.fromhex(s)`.
pub fn fromhex(_cls: Value, args: Args) -> PyResult {
    args.check_one("bytes.fromhex")?;
    let v = args.pos()[0];
    let Some(s) = crate::objects::str::as_str(v) else {
        return Err(exc::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(v)
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: char| c.to_digit(16);
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(hi) = digit(chars[i]) else {
            return Err(exc::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| digit(*c)) else {
            return Err(exc::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(bytes::new(out))
}

pub fn join(r: Value, args: Args) -> PyResult {
    let src = args.check_one("bytes.join")?;
    let items = protocol::collect_fast(src, "can only join an iterable")?;
    let sep = recv(r);
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes::as_bytes(*it) else {
            return Err(exc::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(*it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(bytes::new(out))
}

fn byte_list(parts: Vec<Vec<u8>>) -> Value {
    let values: Vec<Value> = parts.into_iter().map(bytes::new).collect();
    list::new(values)
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(args: &Args, name: &str) -> PyResult<(Option<&'static [u8]>, i64)> {
    args.check_params(name, 0, &["sep", "maxsplit"])?;
    let sep = match arg(args, 0, "sep") {
        Some(v) if !v.is_none() => {
            let s = bytes_like(v)?;
            if s.is_empty() {
                return Err(exc::value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match arg(args, 1, "maxsplit") {
        Some(v) => protocol::index_value(v)?,
        None => -1,
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn split(r: Value, args: Args) -> PyResult {
    let (sep, mut max) = split_args(&args, "split")?;
    let h = recv(r);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut start = 0;
            let mut i = 0;
            while max > 0 && i + sep.len() <= h.len() {
                if h[i..i + sep.len()] == *sep {
                    parts.push(h[start..i].to_vec());
                    i += sep.len();
                    start = i;
                    max -= 1;
                } else {
                    i += 1;
                }
            }
            parts.push(h[start..].to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < h.len() && is_space(h[i]) {
                    i += 1;
                }
                if i == h.len() {
                    break;
                }
                if max == 0 {
                    parts.push(h[i..].to_vec());
                    break;
                }
                let start = i;
                while i < h.len() && !is_space(h[i]) {
                    i += 1;
                }
                parts.push(h[start..i].to_vec());
                max -= 1;
            }
        }
    }
    Ok(byte_list(parts))
}

fn rsplit(r: Value, args: Args) -> PyResult {
    let (sep, mut max) = split_args(&args, "rsplit")?;
    let h = recv(r);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = h.len();
            let mut i = h.len();
            while max > 0 && i >= sep.len() {
                if h[i - sep.len()..i] == *sep {
                    parts.push(h[i..end].to_vec());
                    i -= sep.len();
                    end = i;
                    max -= 1;
                } else {
                    i -= 1;
                }
            }
            parts.push(h[..end].to_vec());
        }
        None => {
            let mut i = h.len();
            loop {
                while i > 0 && is_space(h[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max == 0 {
                    parts.push(h[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(h[i - 1]) {
                    i -= 1;
                }
                parts.push(h[i..end].to_vec());
                max -= 1;
            }
        }
    }
    parts.reverse();
    Ok(byte_list(parts))
}

fn splitlines(r: Value, args: Args) -> PyResult {
    args.check_params("splitlines", 0, &["keepends"])?;
    let keep = match arg(&args, 0, "keepends") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let h = recv(r);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < h.len() {
        let start = i;
        while i < h.len() && h[i] != b'\n' && h[i] != b'\r' {
            i += 1;
        }
        let end = i;
        if i < h.len() {
            i += if h[i] == b'\r' && h.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        parts.push(h[start..if keep { i } else { end }].to_vec());
    }
    Ok(byte_list(parts))
}

fn strip_common(r: Value, args: &Args, name: &str, left: bool, right: bool) -> PyResult {
    args.check_pos(name, 0, 1)?;
    let chars: Option<&[u8]> = match args.pos().first() {
        Some(v) if !v.is_none() => Some(bytes_like(*v)?),
        _ => None,
    };
    let strip = |c: u8| match chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let h = recv(r);
    let mut s = 0;
    let mut e = h.len();
    if left {
        while s < e && strip(h[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(h[e - 1]) {
            e -= 1;
        }
    }
    Ok(bytes::new(h[s..e].to_vec()))
}

fn strip(r: Value, args: Args) -> PyResult {
    strip_common(r, &args, "strip", true, true)
}

fn lstrip(r: Value, args: Args) -> PyResult {
    strip_common(r, &args, "lstrip", true, false)
}

fn rstrip(r: Value, args: Args) -> PyResult {
    strip_common(r, &args, "rstrip", false, true)
}

fn map_bytes(r: Value, args: &Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    no_args(args, name)?;
    Ok(bytes::new(f(recv(r))))
}

fn upper(r: Value, args: Args) -> PyResult {
    map_bytes(r, &args, "upper", |h| h.to_ascii_uppercase())
}

fn lower(r: Value, args: Args) -> PyResult {
    map_bytes(r, &args, "lower", |h| h.to_ascii_lowercase())
}

fn swapcase(r: Value, args: Args) -> PyResult {
    map_bytes(r, &args, "swapcase", |h| {
        h.iter()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(r: Value, args: Args) -> PyResult {
    map_bytes(r, &args, "capitalize", |h| {
        h.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(r: Value, args: Args) -> PyResult {
    map_bytes(r, &args, "title", |h| {
        let mut prev_cased = false;
        h.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn replace(r: Value, args: Args) -> PyResult {
    args.check_pos("replace", 2, 3)?;
    let p = args.pos();
    let old = bytes_like(p[0])?;
    let new = bytes_like(p[1])?;
    let mut max = match p.get(2) {
        Some(v) => protocol::index_value(*v)?,
        None => -1,
    };
    if max < 0 {
        max = i64::MAX;
    }
    let h = recv(r);
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for (i, c) in h.iter().enumerate() {
            if (i as i64) < max {
                out.extend_from_slice(new);
            }
            out.push(*c);
        }
        if (h.len() as i64) < max {
            out.extend_from_slice(new);
        }
        return Ok(bytes::new(out));
    }
    let mut i = 0;
    while i < h.len() {
        if max > 0 && h[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            max -= 1;
        } else {
            out.push(h[i]);
            i += 1;
        }
    }
    Ok(bytes::new(out))
}

fn partition_common(r: Value, args: &Args, name: &str, last: bool) -> PyResult {
    args.check_one(&format!("bytes.{name}"))?;
    let sep = bytes_like(args.pos()[0])?;
    if sep.is_empty() {
        return Err(exc::value_error("empty separator"));
    }
    let h = recv(r);
    let found = find_in(h, sep, None, None, last);
    let parts = if found < 0 {
        if last {
            [Vec::new(), Vec::new(), h.to_vec()]
        } else {
            [h.to_vec(), Vec::new(), Vec::new()]
        }
    } else {
        let i = found as usize;
        [h[..i].to_vec(), sep.to_vec(), h[i + sep.len()..].to_vec()]
    };
    let values: Vec<Value> = parts.into_iter().map(bytes::new).collect();
    Ok(tuple::new(values))
}

fn partition(r: Value, args: Args) -> PyResult {
    partition_common(r, &args, "partition", false)
}

fn rpartition(r: Value, args: Args) -> PyResult {
    partition_common(r, &args, "rpartition", true)
}

fn pad_args(r: Value, args: &Args, name: &str) -> PyResult<(&'static [u8], usize, u8)> {
    args.check_pos(name, 1, 2)?;
    let p = args.pos();
    let width = protocol::index_value(p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(v) => match bytes::as_bytes(*v) {
            Some([c]) => *c,
            _ => {
                return Err(exc::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(*v)
                )))
            }
        },
    };
    let h = recv(r);
    Ok((h, width.max(0) as usize, fill))
}

fn center(r: Value, args: Args) -> PyResult {
    let (h, width, fill) = pad_args(r, &args, "center")?;
    if width <= h.len() {
        return Ok(bytes::new(h.to_vec()));
    }
    let pad = width - h.len();
    // CPython's rounding: the extra byte goes left when `width` is odd.
    let left = pad / 2 + (pad & width & 1);
    let mut out = vec![fill; left];
    out.extend_from_slice(h);
    out.resize(width, fill);
    Ok(bytes::new(out))
}

fn ljust(r: Value, args: Args) -> PyResult {
    let (h, width, fill) = pad_args(r, &args, "ljust")?;
    let mut out = h.to_vec();
    if width > h.len() {
        out.resize(width, fill);
    }
    Ok(bytes::new(out))
}

fn rjust(r: Value, args: Args) -> PyResult {
    let (h, width, fill) = pad_args(r, &args, "rjust")?;
    let mut out = vec![fill; width.saturating_sub(h.len())];
    out.extend_from_slice(h);
    Ok(bytes::new(out))
}

fn zfill(r: Value, args: Args) -> PyResult {
    args.check_one("bytes.zfill")?;
    let width = protocol::index_value(args.pos()[0])?.max(0) as usize;
    let h = recv(r);
    if width <= h.len() {
        return Ok(bytes::new(h.to_vec()));
    }
    let fill = width - h.len();
    let mut out = Vec::with_capacity(width);
    let (sign, rest) = match h.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &h[1..]),
        _ => (None, h),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(bytes::new(out))
}

fn expandtabs(r: Value, args: Args) -> PyResult {
    args.check_params("expandtabs", 0, &["tabsize"])?;
    let tab = match arg(&args, 0, "tabsize") {
        Some(v) => protocol::index_value(v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in recv(r) {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bytes::new(out))
}

fn removeprefix(r: Value, args: Args) -> PyResult {
    args.check_one("bytes.removeprefix")?;
    let pre = bytes_like(args.pos()[0])?;
    let h = recv(r);
    Ok(bytes::new(h.strip_prefix(pre).unwrap_or(h).to_vec()))
}

fn removesuffix(r: Value, args: Args) -> PyResult {
    args.check_one("bytes.removesuffix")?;
    let suf = bytes_like(args.pos()[0])?;
    let h = recv(r);
    Ok(bytes::new(h.strip_suffix(suf).unwrap_or(h).to_vec()))
}

fn class_test(r: Value, args: &Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult {
    no_args(args, name)?;
    Ok(Value::bool(f(recv(r))))
}

fn isdigit(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isdigit", |h| {
        !h.is_empty() && h.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isalpha", |h| {
        !h.is_empty() && h.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isalnum", |h| {
        !h.is_empty() && h.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isspace", |h| {
        !h.is_empty() && h.iter().all(|c| is_space(*c))
    })
}

fn islower(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "islower", |h| {
        h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isupper", |h| {
        h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "istitle", |h| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in h {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn isascii(r: Value, args: Args) -> PyResult {
    class_test(r, &args, "isascii", |h| h.is_ascii())
}
