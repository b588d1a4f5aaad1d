//! `struct`: packing values into C structs described by a format string.
//! The layout (native sizes and alignment for `@`, as on x86-64 Linux,
//! standard sizes otherwise) and every error message follow CPython 3.11,
//! including which messages differ because CPython packs standard-size
//! little-endian fields with its native routines. `pack_into` is absent:
//! Molt has no writable buffer type.

use super::buffer;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{bytes, int, list, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;

// ---- The format language.

#[derive(Clone, Copy, PartialEq, Debug)]
enum Mode {
    /// `@` (or nothing): native sizes, alignment and byte order.
    Native,
    /// `=` or `<`.
    Little,
    /// `>` or `!`.
    Big,
}

#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

#[derive(Debug)]
pub struct Format {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nargs: usize,
}

/// The size of one `code` item, `None` for a code the mode lacks.
fn item_size(code: u8, mode: Mode) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' if mode == Mode::Native => 8,
        b'l' | b'L' => 4,
        b'n' | b'N' | b'P' if mode == Mode::Native => 8,
        _ => return None,
    })
}

fn too_long() -> String {
    "total struct size too long".into()
}

/// Parses a format; the error is the text of a `struct.error`.
pub fn parse(fmt: &[u8]) -> Result<Format, String> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier".into());
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
        }
        let Some(isz) = item_size(c, mode) else {
            return Err("bad char in struct format".into());
        };
        match c {
            b's' | b'p' => nargs += 1,
            b'x' => {}
            _ => nargs += count,
        }
        if mode == Mode::Native {
            size = size.div_ceil(isz).checked_mul(isz).ok_or_else(too_long)?;
        }
        let offset = size;
        size = count
            .checked_mul(isz)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        items.push(Item {
            code: c,
            count,
            offset,
        });
    }
    Ok(Format {
        mode,
        items,
        size,
        nargs,
    })
}

impl Format {
    fn little(&self) -> bool {
        match self.mode {
            Mode::Native => cfg!(target_endian = "little"),
            Mode::Little => true,
            Mode::Big => false,
        }
    }

    /// Does CPython pack this code with its native routine? It does for
    /// `@`, and for the standard byte order that matches the machine's
    /// where the standard size equals the native one.
    fn native_routine(&self, code: u8) -> bool {
        match self.mode {
            Mode::Native => true,
            _ if self.little() != cfg!(target_endian = "little") => false,
            _ => matches!(code, b'h' | b'H' | b'i' | b'I' | b'q' | b'Q'),
        }
    }
}

// ---- Half-precision floats (IEEE binary16), rounding half to even.

/// `x = m * 2**e` with `0.5 <= m < 1` for finite non-zero `x > 0`.
fn frexp(x: f64) -> (f64, i32) {
    let (x, adj) = if x < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adj)
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The binary16 bits of `x`, or `None` when it is too large.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign = x.is_sign_negative() as u16;
    let (e, bits): (i32, u16) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        (0x1f, 512)
    } else {
        let (f, e) = frexp(x.abs());
        let (mut f, mut e) = (f * 2.0, e - 1);
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f = ldexp(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some(bits | (e as u16) << 10 | sign << 15)
}

pub fn unpack_half(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        ldexp(f / 1024.0, -14)
    } else {
        ldexp(1.0 + f / 1024.0, e - 15)
    };
    if negative {
        -x
    } else {
        x
    }
}

// ---- Python objects.

thread_local! {
    /// `struct.error`, `_struct.Struct`.
    static CLASSES: Cell<[Value; 2]> = const { Cell::new([Value::NONE; 2]) };
}

fn error_class() -> Value {
    CLASSES.with(|c| c.get()[0])
}

fn struct_class() -> Value {
    CLASSES.with(|c| c.get()[1])
}

/// Raises `struct.error(msg)`.
fn error(msg: &str) -> exc::Raised {
    let roots = Roots::new();
    let arg = roots.push(pystr::new(msg));
    let args = roots.push(tuple::new(vec![arg]));
    exc::raise(gc::alloc(Kind::Exception(Box::new(ExcObj::new(
        error_class(),
        args,
    )))))
}

/// The format text of a str or bytes argument.
fn format_text(v: Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        if let Some((i, c)) = s.char_indices().find(|(_, c)| !c.is_ascii()) {
            let pos = s[..i].chars().count();
            return Err(exc::raise_new(
                "UnicodeEncodeError",
                &format!(
                    "'ascii' codec can't encode character '\\x{:02x}' in position {pos}: \
                     ordinal not in range(128)",
                    c as u32
                )
                .replace("\\x", if (c as u32) > 0xff { "\\u" } else { "\\x" }),
            ));
        }
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    Err(exc::type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(v)
    )))
}

fn compile(v: Value) -> PyResult<(String, Format)> {
    let text = format_text(v)?;
    if text.contains('\0') {
        return Err(error("embedded null character"));
    }
    let f = parse(text.as_bytes()).map_err(|m| error(&m))?;
    Ok((text, f))
}

/// An integer argument (`__index__` accepted).
fn int_value(v: Value) -> PyResult<BigInt> {
    if int::is_int(v) && !v.is_float() {
        return Ok(int::to_bigint(v).unwrap_or_default());
    }
    if let Some(f) = protocol::special(v, "__index__") {
        let r = protocol::call_special(f, v, &[])?;
        if let Some(n) = int::to_bigint(r).filter(|_| !r.is_float()) {
            return Ok(n);
        }
        return Err(exc::type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(r)
        )));
    }
    Err(error("required argument is not an integer"))
}

fn float_value(v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(crate::value::plain_nan(f));
    }
    let ok = int::is_int(v)
        || protocol::special(v, "__float__").is_some()
        || protocol::special(v, "__index__").is_some();
    if ok {
        if let Ok(x) = crate::builtins::construct::to_float(v) {
            return Ok(x);
        }
        exc::take_pending();
    }
    Err(error("required argument is not a float"))
}

fn signed(n: &BigInt) -> PyResult<i64> {
    n.to_i64().ok_or_else(|| error("argument out of range"))
}

fn unsigned(n: &BigInt) -> PyResult<u64> {
    n.to_u64().ok_or_else(|| error("argument out of range"))
}

/// The integer of code `code` as its two's-complement bits.
fn int_bits(f: &Format, code: u8, v: Value) -> PyResult<u64> {
    let n = int_value(v)?;
    let c = code as char;
    let range = |lo: i64, hi: u64, x: &BigInt, native_msg: Option<&str>| -> PyResult<()> {
        if *x >= BigInt::from(lo) && *x <= BigInt::from(hi) {
            return Ok(());
        }
        Err(error(&match native_msg {
            Some(m) => m.to_string(),
            None => format!("'{c}' format requires {lo} <= number <= {hi}"),
        }))
    };
    let native = f.native_routine(code);
    Ok(match code {
        b'b' => {
            let x = signed(&n)?;
            if !(-128..=127).contains(&x) {
                return Err(error("byte format requires -128 <= number <= 127"));
            }
            x as u64
        }
        b'B' => {
            let x = signed(&n)?;
            if !(0..=255).contains(&x) {
                return Err(error("ubyte format requires 0 <= number <= 255"));
            }
            x as u64
        }
        b'h' => {
            signed(&n)?;
            let m = native.then_some("short format requires -32768 <= number <= 32767");
            range(-32768, 32767, &n, m)?;
            signed(&n)? as u64
        }
        b'H' if native => {
            signed(&n)?;
            range(
                0,
                65535,
                &n,
                Some("ushort format requires 0 <= number <= 65535"),
            )?;
            unsigned(&n)?
        }
        b'H' => {
            unsigned(&n)?;
            range(0, 65535, &n, None)?;
            unsigned(&n)?
        }
        b'i' | b'l' if item_size(code, f.mode) == Some(4) => {
            signed(&n)?;
            range(-(1 << 31), (1 << 31) - 1, &n, None)?;
            signed(&n)? as u64
        }
        b'I' | b'L' if item_size(code, f.mode) == Some(4) => {
            unsigned(&n)?;
            range(0, u32::MAX as u64, &n, None)?;
            unsigned(&n)?
        }
        // Standard 8-byte fields not packed natively go through CPython's
        // byte-array conversion, which words its error differently.
        b'q' | b'Q' if !native => {
            let fits = if code == b'q' {
                n.to_i64().map(|x| x as u64)
            } else {
                n.to_u64()
            };
            fits.ok_or_else(|| error("int too large to convert"))?
        }
        b'l' | b'q' | b'n' => signed(&n)? as u64,
        b'L' | b'Q' | b'N' => unsigned(&n)?,
        // `P`: a pointer from any value that fits a signed or unsigned word.
        _ => match (n.to_i64(), n.to_u64()) {
            (_, Some(u)) => u,
            (Some(s), None) => s as u64,
            _ => return Err(error("int too large to convert")),
        },
    })
}

fn put(out: &mut [u8], at: usize, bits: u64, size: usize, little: bool) {
    let all = if little {
        bits.to_le_bytes()
    } else {
        bits.to_be_bytes()
    };
    let src = if little {
        &all[..size]
    } else {
        &all[8 - size..]
    };
    if let Some(dst) = out.get_mut(at..at + size) {
        dst.copy_from_slice(src);
    }
}

fn get(data: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let src = data.get(at..at + size).unwrap_or(&[]);
    let mut all = [0u8; 8];
    if little {
        all[..src.len()].copy_from_slice(src);
        u64::from_le_bytes(all)
    } else {
        all[8 - src.len()..].copy_from_slice(src);
        u64::from_be_bytes(all)
    }
}

/// A bytes argument of `c`, `s` or `p`.
fn bytes_value(v: Value) -> Option<&'static [u8]> {
    bytes::as_bytes(v)
}

/// Packs one value of a numeric, char or bool code into `dst`.
fn pack_item(f: &Format, code: u8, v: Value, dst: &mut [u8]) -> PyResult<()> {
    let little = f.little();
    let size = dst.len();
    match code {
        b'c' => match bytes_value(v) {
            Some(&[b]) => dst[0] = b,
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b'?' => dst[0] = protocol::truthy(v)? as u8,
        b'e' => {
            let x = float_value(v)?;
            let Some(h) = pack_half(x) else {
                return Err(exc::raise_new(
                    "OverflowError",
                    "float too large to pack with e format",
                ));
            };
            put(dst, 0, h as u64, 2, little);
        }
        b'f' => {
            let x = float_value(v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && f.mode != Mode::Native {
                return Err(exc::raise_new(
                    "OverflowError",
                    "float too large to pack with f format",
                ));
            }
            put(dst, 0, y.to_bits() as u64, 4, little);
        }
        b'd' => {
            let x = float_value(v)?;
            put(dst, 0, x.to_bits(), 8, little);
        }
        _ => {
            let bits = int_bits(f, code, v)?;
            put(dst, 0, bits, size, little);
        }
    }
    Ok(())
}

pub fn pack_values(f: &Format, values: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    if values.len() != f.nargs {
        return Err(error(&format!(
            "{fname} expected {} items for packing (got {})",
            f.nargs,
            values.len()
        )));
    }
    let mut out = buffer::with_capacity(f.size)?;
    out.resize(f.size, 0);
    let mut vals = values.iter().copied();
    for item in &f.items {
        let code = item.code;
        let size = item_size(code, f.mode).unwrap_or(1);
        match code {
            b'x' => continue,
            b's' | b'p' => {
                let v = vals.next().unwrap_or(Value::NONE);
                let Some(b) = bytes_value(v) else {
                    return Err(error(&format!(
                        "argument for '{}' must be a bytes object",
                        code as char
                    )));
                };
                let dst = &mut out[item.offset..item.offset + item.count];
                if code == b's' {
                    let n = b.len().min(item.count);
                    dst[..n].copy_from_slice(&b[..n]);
                } else if item.count > 0 {
                    let n = b.len().min(item.count - 1);
                    dst[1..1 + n].copy_from_slice(&b[..n]);
                    dst[0] = n.min(255) as u8;
                }
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let v = vals.next().unwrap_or(Value::NONE);
            let at = item.offset + k * size;
            if let Err(e) = pack_item(f, code, v, &mut out[at..at + size]) {
                // CPython reports any overflow of an int argument this way.
                if int::is_int(v) && exc::pending_is("OverflowError") {
                    exc::take_pending();
                    return Err(error("int too large to convert"));
                }
                return Err(e);
            }
        }
    }
    Ok(out)
}

fn is_signed(code: u8) -> bool {
    matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// The values of `data` (exactly `f.size` bytes from `start`).
fn unpack_at(f: &Format, data: &[u8], start: usize) -> PyResult {
    let roots = Roots::new();
    let mut out = Vec::with_capacity(f.nargs);
    let little = f.little();
    for item in &f.items {
        let code = item.code;
        let size = item_size(code, f.mode).unwrap_or(1);
        let base = start + item.offset;
        match code {
            b'x' => continue,
            b's' => {
                let b = data.get(base..base + item.count).unwrap_or(&[]);
                out.push(roots.push(bytes::new(b.to_vec())));
                continue;
            }
            b'p' => {
                if item.count == 0 {
                    return Err(exc::raise_new(
                        "SystemError",
                        "Negative size passed to PyBytes_FromStringAndSize",
                    ));
                }
                let n = (data.get(base).copied().unwrap_or(0) as usize).min(item.count - 1);
                let b = data.get(base + 1..base + 1 + n).unwrap_or(&[]);
                out.push(roots.push(bytes::new(b.to_vec())));
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let at = base + k * size;
            let bits = get(data, at, size, little);
            let v = match code {
                b'c' => bytes::new(vec![bits as u8]),
                b'?' => Value::bool(bits != 0),
                b'e' => Value::float(unpack_half(bits as u16)),
                b'f' => Value::float(f32::from_bits(bits as u32) as f64),
                b'd' => Value::float(f64::from_bits(bits)),
                _ if is_signed(code) => {
                    let shift = 64 - 8 * size as u32;
                    int::from_i64(((bits << shift) as i64) >> shift)
                }
                _ => match i64::try_from(bits) {
                    Ok(i) => int::from_i64(i),
                    Err(_) => int::from_bigint(BigInt::from(bits)),
                },
            };
            out.push(roots.push(v));
        }
    }
    Ok(tuple::new(out))
}

fn unpack_data(f: &Format, v: Value) -> PyResult {
    let data = buffer::data_arg(v)?;
    if data.len() != f.size {
        return Err(error(&format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    unpack_at(f, &data, 0)
}

fn unpack_from_data(f: &Format, v: Value, offset: Option<Value>) -> PyResult {
    let data = buffer::data_arg(v)?;
    let mut off = match offset {
        Some(o) => nc::int_arg(o)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(error(&format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if len - off < f.size as i64 {
        return Err(error(&format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
            f.size as i64 + off,
            f.size
        )));
    }
    unpack_at(f, &data, off as usize)
}

fn iter_unpack_data(f: &Format, v: Value) -> PyResult {
    let data = buffer::data_arg(v)?;
    if f.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % f.size != 0 {
        return Err(error(&format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    let roots = Roots::new();
    let mut rows = Vec::with_capacity(data.len() / f.size);
    for start in (0..data.len()).step_by(f.size) {
        rows.push(roots.push(unpack_at(f, &data, start)?));
    }
    let l = roots.push(list::new(rows));
    protocol::iter(l)
}

// ---- Module functions.

fn pack(_r: Value, args: Args) -> PyResult {
    args.no_kw("pack")?;
    let Some((&fmt, rest)) = args.pos().split_first() else {
        return Err(exc::type_error("missing format argument"));
    };
    let (_, f) = compile(fmt)?;
    Ok(bytes::new(pack_values(&f, rest, "pack")?))
}

fn unpack(_r: Value, args: Args) -> PyResult {
    args.check_pos("unpack", 2, 2)?;
    let p = args.pos();
    let (_, f) = compile(p[0])?;
    unpack_data(&f, p[1])
}

fn unpack_from(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(
        &args,
        "unpack_from",
        &["format", "buffer", "offset"],
        &[],
        2,
    )?;
    let (_, f) = compile(b[0].unwrap_or(Value::NONE))?;
    unpack_from_data(&f, b[1].unwrap_or(Value::NONE), b[2])
}

fn iter_unpack(_r: Value, args: Args) -> PyResult {
    args.check_pos("iter_unpack", 2, 2)?;
    let p = args.pos();
    let (_, f) = compile(p[0])?;
    iter_unpack_data(&f, p[1])
}

fn calcsize(_r: Value, args: Args) -> PyResult {
    let v = args.check_one("_struct.calcsize")?;
    let (_, f) = compile(v)?;
    Ok(int::from_i64(f.size as i64))
}

// ---- Struct objects.

struct Compiled {
    text: String,
    format: Format,
}

impl NativeData for Compiled {
    fn size(&self) -> usize {
        self.text.len() + self.format.items.len() * std::mem::size_of::<Item>()
    }
}

fn this(r: Value, method: &str) -> PyResult<&'static Compiled> {
    nc::native_receiver::<Compiled>(r, struct_class(), method)
}

fn struct_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    let b = nc::bind(&rest, "Struct", &["format"], &[], 1)?;
    let (text, format) = compile(b[0].unwrap_or(Value::NONE))?;
    Ok(nc::native_instance(
        cls,
        Box::new(Compiled { text, format }),
    ))
}

fn s_pack(r: Value, args: Args) -> PyResult {
    let c = this(r, "pack")?;
    args.no_kw("pack")?;
    Ok(bytes::new(pack_values(&c.format, args.pos(), "pack")?))
}

fn s_unpack(r: Value, args: Args) -> PyResult {
    let c = this(r, "unpack")?;
    let v = args.check_one("Struct.unpack")?;
    unpack_data(&c.format, v)
}

fn s_unpack_from(r: Value, args: Args) -> PyResult {
    let c = this(r, "unpack_from")?;
    let b = nc::bind(&args, "unpack_from", &["buffer", "offset"], &[], 1)?;
    unpack_from_data(&c.format, b[0].unwrap_or(Value::NONE), b[1])
}

fn s_iter_unpack(r: Value, args: Args) -> PyResult {
    let c = this(r, "iter_unpack")?;
    let v = args.check_one("Struct.iter_unpack")?;
    iter_unpack_data(&c.format, v)
}

fn prop_format(_r: Value, args: Args) -> PyResult {
    let c = this(args.pos().first().copied().unwrap_or(Value::NONE), "format")?;
    Ok(pystr::new(&c.text))
}

fn prop_size(_r: Value, args: Args) -> PyResult {
    let c = this(args.pos().first().copied().unwrap_or(Value::NONE), "size")?;
    Ok(int::from_i64(c.format.size as i64))
}

pub fn init(attrs: &mut AttrMap) {
    let exception = types::exc_type("Exception").unwrap_or(Value::NONE);
    let err = types::new_type("error", "struct", vec![exception], Layout::Exception, true)
        .unwrap_or(Value::NONE);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", struct_new),
        ("pack", s_pack),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
    ];
    let cls = nc::new_class("Struct", "_struct", None, methods);
    let props: [(&'static str, NativeFn); 2] = [("format", prop_format), ("size", prop_size)];
    for (n, f) in props {
        nc::set_class_attr(
            cls,
            n,
            gc::alloc_permanent(Kind::Property {
                fget: crate::builtins::native(n, f),
                fset: Value::NONE,
                fdel: Value::NONE,
                doc: Value::NONE,
            }),
        );
    }
    CLASSES.with(|c| c.set([err, cls]));
    attrs.set("error", err);
    attrs.set("Struct", cls);
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", pack),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
    ];
    for &(n, f) in fns {
        super::add_fn(attrs, n, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment_match_cpython() {
        let size = |f: &str| parse(f.as_bytes()).map(|f| f.size);
        assert_eq!(size("bi"), Ok(8));
        assert_eq!(size("=bi"), Ok(5));
        assert_eq!(size("biq"), Ok(16));
        assert_eq!(size("b0i"), Ok(4));
        assert_eq!(size("@xq"), Ok(16));
        assert_eq!(size("<l"), Ok(4));
        assert!(size("<n").is_err());
        assert!(size("3").is_err());
        assert!(size("99999999999999999999i").is_err());
        assert!(size("9999999999999999999q").is_err());
    }

    #[test]
    fn the_parser_never_panics() {
        let alphabet = b"@=<>! 0123456789xcbB?hHiIlLqQnNefdspPZ\0";
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            let n = (seed % 12) as usize;
            let mut f = Vec::with_capacity(n);
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                f.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let _ = parse(&f);
        }
    }

    #[test]
    fn half_floats_round_to_even_like_cpython() {
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(pack_half(65504.0), Some(0x7bff));
        assert_eq!(pack_half(65519.0), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(-0.0), Some(0x8000));
        assert_eq!(pack_half(f64::NAN), Some(0x7e00));
        assert_eq!(pack_half(1e-8), Some(0));
        assert_eq!(unpack_half(0x0001), 5.960464477539063e-08);
        assert_eq!(unpack_half(0x7c00), f64::INFINITY);
    }
}
