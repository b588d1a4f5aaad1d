//! `binascii`: hex, base64, uu and quoted-printable codecs, CRC-32 and
//! CRC-CCITT. The decoders
//! follow CPython's rules for what they skip and what they reject, and
//! raise `binascii.Error` (a `ValueError`), which `base64` shares.

use super::buffer;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;

thread_local! {
    /// `binascii.Error`, `binascii.Incomplete` (made on first use).
    static CLASSES: Cell<Option<[Value; 2]>> = const { Cell::new(None) };
}

fn classes() -> [Value; 2] {
    if let Some(c) = CLASSES.with(|c| c.get()) {
        return c;
    }
    let make = |name: &str, base: &str| {
        let base = types::exc_type(base).unwrap_or(Value::NONE);
        types::new_type(name, "binascii", vec![base], Layout::Exception, true)
            .unwrap_or(Value::NONE)
    };
    let c = [make("Error", "ValueError"), make("Incomplete", "Exception")];
    CLASSES.with(|cell| cell.set(Some(c)));
    c
}

/// `binascii.Error`.
pub fn error_class() -> Value {
    classes()[0]
}

/// Raises `binascii.Error(msg)`.
pub fn error(msg: &str) -> exc::Raised {
    let roots = Roots::new();
    let arg = roots.push(pystr::new(msg));
    let args = roots.push(tuple::new(vec![arg]));
    let e = gc::alloc(Kind::Exception(Box::new(ExcObj::new(error_class(), args))));
    exc::raise(e)
}

// ---- Codecs on byte slices (shared with `base64`).

const HEX: &[u8; 16] = b"0123456789abcdef";
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Lower-case hex of `data`, with `sep` between groups of `per` bytes
/// counted from the right (`per > 0`) or the left (`per < 0`).
pub fn hex_encode(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            // Groups are aligned to the end for positive counts.
            let at = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i % group == 0
            };
            if at {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Decodes hex digits (either case), or CPython's error message.
pub fn hex_decode(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    if !data.len().is_multiple_of(2) {
        return Err("Odd-length string");
    }
    data.chunks_exact(2)
        .map(|p| match (hex_digit(p[0]), hex_digit(p[1])) {
            (Some(h), Some(l)) => Ok(h << 4 | l),
            _ => Err("Non-hexadecimal digit found"),
        })
        .collect()
}

/// Standard base64 with padding (no newline).
pub fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decodes base64 as `a2b_base64` does: outside strict mode, characters
/// outside the alphabet are skipped and enough padding ends the data.
pub fn b64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad, mut left, mut pads) = (0u8, 0u8, 0usize);
    let mut padding = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if quad >= 2 {
                pads += 1;
                if quad as usize + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                out.push(left << 6 | v);
                left = 0;
            }
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) \
             cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// One line of uuencoding (at most 45 bytes): a length character, then
/// 6-bit groups offset from a space (`` ` `` for zero with `backtick`).
pub fn uu_encode(data: &[u8], backtick: bool) -> Vec<u8> {
    let ch = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(ch(data.len() as u8 & 0x3f));
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            out.push(ch((n >> (18 - 6 * k) & 0x3f) as u8));
        }
    }
    out.push(b'\n');
    out
}

/// Decodes one uuencoded line as CPython does: the length comes from the
/// first character, missing data reads as zeros, and only whitespace or
/// `` ` `` may follow the data.
pub fn uu_decode(line: &[u8]) -> Result<Vec<u8>, &'static str> {
    // An empty line reads its length from a NUL, as CPython's does.
    let first = line.first().copied().unwrap_or(0);
    let mut want = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let mut rest = line.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let v = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err("Illegal char"),
            Some(&c) => (c - b' ') & 0x3f,
        };
        acc = (acc << 6 | v as u32) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if rest.any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err("Trailing garbage");
    }
    Ok(out)
}

/// Quoted-printable lines are at most this long (soft breaks keep them so).
const QP_LINE: usize = 76;

/// Quoted-printable encoding: `=XX` for bytes that must be quoted, soft
/// line breaks (`=` at the end of a line) past 76 columns, line ends kept
/// (as CRLF when the first one in the data is CRLF) in text mode.
pub fn qp_encode(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let nl: &[u8] = match data.iter().position(|&c| c == b'\n') {
        Some(i) if i > 0 && data[i - 1] == b'\r' => b"\r\n",
        _ => b"\n",
    };
    let hex = |c: u8| [HEX_UPPER[(c >> 4) as usize], HEX_UPPER[(c & 15) as usize]];
    let n = data.len();
    let mut out = Vec::with_capacity(n + n / 4);
    let mut col = 0usize;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let at_end = i + 1 == n;
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && col == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && at_end)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if col + 3 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(nl);
                col = 0;
            }
            out.push(b'=');
            out.extend_from_slice(&hex(c));
            col += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            col = 0;
            // Whitespace before a line end would be lost in transit.
            if let Some(&last) = out.last().filter(|&&l| l == b' ' || l == b'\t') {
                out.pop();
                out.push(b'=');
                out.extend_from_slice(&hex(last));
            }
            out.extend_from_slice(nl);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !at_end && next != Some(b'\n') && col + 1 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(nl);
                col = 0;
            }
            col += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

/// Quoted-printable decoding; malformed escapes are kept as they are.
pub fn qp_decode(data: &[u8], header: bool) -> Vec<u8> {
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            let Some(&d) = data.get(i) else { break };
            if d == b'\n' || d == b'\r' {
                // A soft line break: skip to the end of the line.
                while i < n && data[i] != b'\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                }
            } else if d == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) =
                (hex_digit(d), data.get(i + 1).and_then(|&e| hex_digit(e)))
            {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The CRC-32 table (reflected polynomial 0xedb88320), one step per byte.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                c >> 1 ^ 0xedb8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 (zlib's) continuing from `start`.
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for &b in data {
        crc = CRC32_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ crc >> 8;
    }
    !crc
}

/// CRC-CCITT (polynomial 0x1021, not reflected) continuing from `start`.
pub fn crc_hqx(data: &[u8], start: u16) -> u16 {
    let mut crc = start;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

// ---- Python functions.

fn new_bytes(v: Vec<u8>) -> Value {
    bytes::new(v)
}

/// An int argument reduced modulo 2**64 (C's `unsigned int` with
/// wrap-around), as the CRC functions take their start value.
fn wrapped(v: Value) -> PyResult<u64> {
    let big = if int::is_int(v) && !v.is_float() {
        int::to_bigint(v).unwrap_or_default()
    } else if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    } else {
        BigInt::from(protocol::index_value(v)?)
    };
    let m: BigInt = big & BigInt::from(u64::MAX);
    Ok(m.to_u64().unwrap_or(0))
}

/// `sep` of hexlify: a str or bytes of length 1.
fn sep_arg(v: Value) -> PyResult<u8> {
    let n = protocol::len(v)?;
    if n != 1 {
        return Err(exc::value_error("sep must be length 1."));
    }
    let c = match (pystr::as_str(v), bytes::as_bytes(v)) {
        (Some(s), _) => s.chars().next().map_or(0, |c| c as u32),
        (_, Some(b)) => b.first().map_or(0, |&c| c as u32),
        _ => {
            return Err(exc::type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            )))
        }
    };
    u8::try_from(c).map_err(|_| exc::value_error("sep must be ASCII."))
}

/// `bytes_per_sep` (a C int).
fn per_sep_arg(v: Value) -> PyResult<i64> {
    let i = nc::int_arg(v)?;
    if i32::try_from(i).is_err() {
        return Err(exc::raise_new(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    Ok(i)
}

fn hexlify_as(args: &Args, name: &str) -> PyResult {
    let b = nc::bind(args, name, &["data", "sep", "bytes_per_sep"], &[], 1)?;
    let data = buffer::data_arg(b[0].unwrap_or(Value::NONE))?;
    let per = match b[2] {
        Some(v) => per_sep_arg(v)?,
        None => 1,
    };
    let sep = match b[1] {
        Some(v) => Some(sep_arg(v)?),
        None => None,
    };
    Ok(new_bytes(hex_encode(&data, sep, per)))
}

fn hexlify(_r: Value, args: Args) -> PyResult {
    hexlify_as(&args, "hexlify")
}

fn b2a_hex(_r: Value, args: Args) -> PyResult {
    hexlify_as(&args, "b2a_hex")
}

fn unhexlify_as(args: &Args, name: &str) -> PyResult {
    let v = args.check_one(&format!("binascii.{name}"))?;
    let data = buffer::ascii_arg(v)?;
    hex_decode(&data).map(new_bytes).map_err(error)
}

fn unhexlify(_r: Value, args: Args) -> PyResult {
    unhexlify_as(&args, "unhexlify")
}

fn a2b_hex(_r: Value, args: Args) -> PyResult {
    unhexlify_as(&args, "a2b_hex")
}

/// One positional argument and the keyword-only flag `kw` (default
/// `dflt`), as `b2a_base64(data, /, *, newline=True)` takes them.
fn one_pos_and_flag(args: &Args, name: &str, kw: &str, dflt: bool) -> PyResult<(Value, bool)> {
    let n = args.pos().len();
    if n != 1 {
        return Err(exc::type_error(if n > 1 {
            format!("{name}() takes exactly 1 positional argument ({n} given)")
        } else {
            format!("{name}() missing required argument 'data' (pos 1)")
        }));
    }
    let mut flag = dflt;
    for (k, v) in args.kw() {
        if k != kw {
            return Err(exc::type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        flag = protocol::truthy(v)?;
    }
    Ok((args.pos()[0], flag))
}

fn b2a_base64(_r: Value, args: Args) -> PyResult {
    let (v, newline) = one_pos_and_flag(&args, "b2a_base64", "newline", true)?;
    let data = buffer::data_arg(v)?;
    let mut out = b64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_base64(_r: Value, args: Args) -> PyResult {
    let (v, strict) = one_pos_and_flag(&args, "a2b_base64", "strict_mode", false)?;
    let data = buffer::ascii_arg(v)?;
    b64_decode(&data, strict)
        .map(new_bytes)
        .map_err(|m| error(&m))
}

fn b2a_uu(_r: Value, args: Args) -> PyResult {
    let (v, backtick) = one_pos_and_flag(&args, "b2a_uu", "backtick", false)?;
    let data = buffer::data_arg(v)?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    Ok(new_bytes(uu_encode(&data, backtick)))
}

fn a2b_uu(_r: Value, args: Args) -> PyResult {
    let v = args.check_one("binascii.a2b_uu")?;
    let data = buffer::ascii_arg(v)?;
    uu_decode(&data).map(new_bytes).map_err(error)
}

fn b2a_qp(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "b2a_qp",
        &["data", "quotetabs", "istext", "header"],
        &[],
        1,
    )?;
    let data = buffer::data_arg(b[0].unwrap_or(Value::NONE))?;
    let flag = |i: usize, dflt: bool| match b[i] {
        Some(v) => protocol::truthy(v),
        None => Ok(dflt),
    };
    let (quotetabs, istext, header) = (flag(1, false)?, flag(2, true)?, flag(3, false)?);
    Ok(new_bytes(qp_encode(&data, quotetabs, istext, header)))
}

fn a2b_qp(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "a2b_qp", &["data", "header"], &[], 1)?;
    let data = buffer::ascii_arg(b[0].unwrap_or(Value::NONE))?;
    let header = match b[1] {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    Ok(new_bytes(qp_decode(&data, header)))
}

fn crc32_fn(_r: Value, args: Args) -> PyResult {
    args.check_pos("crc32", 1, 2)?;
    let p = args.pos();
    let data = buffer::data_arg(p[0])?;
    let start = match p.get(1) {
        Some(&v) => wrapped(v)? as u32,
        None => 0,
    };
    Ok(int::from_i64(crc32(&data, start) as i64))
}

fn crc_hqx_fn(_r: Value, args: Args) -> PyResult {
    args.check_pos("crc_hqx", 2, 2)?;
    let p = args.pos();
    let data = buffer::data_arg(p[0])?;
    let start = wrapped(p[1])? as u16;
    Ok(int::from_i64(crc_hqx(&data, start) as i64))
}

pub fn init(attrs: &mut AttrMap) {
    let [err, incomplete] = classes();
    attrs.set("Error", err);
    attrs.set("Incomplete", incomplete);
    super::add_fn(attrs, "hexlify", hexlify);
    super::add_fn(attrs, "b2a_hex", b2a_hex);
    super::add_fn(attrs, "unhexlify", unhexlify);
    super::add_fn(attrs, "a2b_hex", a2b_hex);
    super::add_fn(attrs, "b2a_base64", b2a_base64);
    super::add_fn(attrs, "a2b_base64", a2b_base64);
    super::add_fn(attrs, "b2a_uu", b2a_uu);
    super::add_fn(attrs, "a2b_uu", a2b_uu);
    super::add_fn(attrs, "b2a_qp", b2a_qp);
    super::add_fn(attrs, "a2b_qp", a2b_qp);
    super::add_fn(attrs, "crc32", crc32_fn);
    super::add_fn(attrs, "crc_hqx", crc_hqx_fn);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crcs_match_cpython() {
        assert_eq!(crc32(b"hello", 0), 907060870);
        assert_eq!(crc32(b"hello", 12345), 1779074256);
        assert_eq!(crc_hqx(b"hello", 0), 50018);
        assert_eq!(crc_hqx(b"hello", 0xffff), 53870);
    }

    #[test]
    fn base64_round_trips_and_reports_cpython_errors() {
        for n in 0..20u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(b64_decode(&b64_encode(&data), true), Ok(data));
        }
        assert_eq!(b64_decode(b"YQ=a", false), Err("Incorrect padding".into()));
        assert_eq!(b64_decode(b"YQ==a", false), Ok(b"a".to_vec()));
        assert!(b64_decode(b"YWJjZ", false)
            .unwrap_err()
            .contains("characters (5)"));
    }

    #[test]
    fn hex_groups_separators_from_either_end() {
        let d = [1, 2, 3, 4, 5];
        assert_eq!(hex_encode(&d, Some(b'.'), 3), b"0102.030405");
        assert_eq!(hex_encode(&d, Some(b'.'), -3), b"010203.0405");
        assert_eq!(hex_decode(b"0G"), Err("Non-hexadecimal digit found"));
    }
}
