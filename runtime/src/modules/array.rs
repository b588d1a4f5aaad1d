//! `array`: compact arrays of C numbers (and `u`, UCS-4 characters). An
//! array instance keeps its items as raw bytes in machine order, with
//! CPython's item sizes on x86-64 Linux, so `tobytes`, `frombytes` and
//! the buffer views (`struct`, `hashlib`, `binascii`, `bytes(a)`) see what
//! CPython's would. Values are checked on the way in with CPython's
//! messages. `buffer_info` (an address) and pickling are absent.

use super::buffer;
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap};
use crate::objects::{int, list, str as pystr};
use crate::protocol::{self, type_name, CmpOp};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};

const TYPECODES: &str = "bBuhHiIlLqQfd";

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

struct Arr {
    code: u8,
    data: RefCell<Vec<u8>>,
}

impl NativeData for Arr {
    fn size(&self) -> usize {
        self.data.try_borrow().map_or(0, |d| d.capacity())
    }
}

impl Arr {
    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / self.size()
    }

    /// Item `i` (in range) as a Python value.
    fn item(&self, i: usize) -> Value {
        let n = self.size();
        let d = self.data.borrow();
        let raw = d.get(i * n..i * n + n).unwrap_or(&[]);
        decode(self.code, raw)
    }

    fn items(&self) -> Vec<Value> {
        let n = self.size();
        let d = self.data.borrow();
        d.chunks_exact(n).map(|c| decode(self.code, c)).collect()
    }
}

fn decode(code: u8, raw: &[u8]) -> Value {
    let mut b = [0u8; 8];
    let n = raw.len().min(8);
    if cfg!(target_endian = "little") {
        b[..n].copy_from_slice(&raw[..n]);
    } else {
        b[8 - n..].copy_from_slice(&raw[..n]);
    }
    let u = u64::from_ne_bytes(b);
    let sext = |bits: u32| int::from_i64(((u << (64 - bits)) as i64) >> (64 - bits));
    match code {
        b'b' => sext(8),
        b'h' => sext(16),
        b'i' => sext(32),
        b'l' | b'q' => int::from_i64(u as i64),
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        b'd' => Value::float(f64::from_ne_bytes(b)),
        b'u' => {
            let c = char::from_u32(u as u32).unwrap_or('\u{fffd}');
            pystr::from_string(c.to_string())
        }
        _ => match i64::try_from(u) {
            Ok(i) => int::from_i64(i),
            Err(_) => int::from_bigint(BigInt::from(u)),
        },
    }
}

fn overflow(msg: &str) -> exc::Raised {
    exc::raise_new("OverflowError", msg)
}

/// An integer item (`__index__` accepted).
fn int_item(v: Value) -> PyResult<BigInt> {
    if int::is_int(v) && !v.is_float() {
        return Ok(int::to_bigint(v).unwrap_or_default());
    }
    if let Some(f) = protocol::special(v, "__index__") {
        let r = protocol::call_special(f, v, &[])?;
        if let Some(n) = int::to_bigint(r).filter(|_| !r.is_float()) {
            return Ok(n);
        }
    }
    Err(exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// A C `long` or CPython's overflow message.
fn c_long(n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| overflow("Python int too large to convert to C long"))
}

fn bounded(x: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if x < lo {
        Err(overflow(&format!("{what} is less than minimum")))
    } else if x > hi {
        Err(overflow(&format!("{what} is greater than maximum")))
    } else {
        Ok(x)
    }
}

/// Converts `v` to the bytes of one item of type `code`.
fn encode(code: u8, v: Value) -> PyResult<[u8; 8]> {
    let bits: u64 = match code {
        b'f' | b'd' => {
            let x = real(v)?;
            if code == b'f' {
                (x as f32).to_bits() as u64
            } else {
                x.to_bits()
            }
        }
        b'u' => match pystr::as_str(v) {
            Some(s) if s.chars().count() == 1 => s.chars().next().map_or(0, |c| c as u64),
            _ => return Err(exc::type_error("array item must be unicode character")),
        },
        _ => {
            let n = int_item(v)?;
            match code {
                b'b' => {
                    let x = bounded(c_long(&n)?, -32768, 32767, "signed short integer")?;
                    bounded(x, -128, 127, "signed char")? as u64
                }
                b'B' => bounded(c_long(&n)?, 0, 255, "unsigned byte integer")? as u64,
                b'h' => bounded(c_long(&n)?, -32768, 32767, "signed short integer")? as u64,
                b'H' => {
                    let x = bounded(
                        c_long(&n)?,
                        i32::MIN as i64,
                        i32::MAX as i64,
                        "signed integer",
                    )?;
                    bounded(x, 0, 65535, "unsigned short")? as u64
                }
                b'i' => bounded(
                    c_long(&n)?,
                    i32::MIN as i64,
                    i32::MAX as i64,
                    "signed integer",
                )? as u64,
                b'l' => c_long(&n)? as u64,
                b'q' => n
                    .to_i64()
                    .ok_or_else(|| overflow("int too big to convert"))?
                    as u64,
                b'Q' => {
                    if n.is_negative() {
                        return Err(overflow("can't convert negative int to unsigned"));
                    }
                    n.to_u64()
                        .ok_or_else(|| overflow("int too big to convert"))?
                }
                _ => {
                    // `I` and `L`.
                    if n.is_negative() {
                        return Err(overflow("can't convert negative value to unsigned int"));
                    }
                    let u = n.to_u64().ok_or_else(|| {
                        overflow("Python int too large to convert to C unsigned long")
                    })?;
                    if code == b'I' && u > u32::MAX as u64 {
                        return Err(overflow("unsigned int is greater than maximum"));
                    }
                    u
                }
            }
        }
    };
    Ok(bits.to_ne_bytes())
}

/// The bytes of `v` as one item: the low `itemsize` bytes of `encode`'s
/// word, wherever the machine's byte order puts them.
fn item_bytes(code: u8, v: Value) -> PyResult<Vec<u8>> {
    let b = encode(code, v)?;
    let n = itemsize(code);
    Ok(if cfg!(target_endian = "little") {
        b[..n].to_vec()
    } else {
        b[8 - n..].to_vec()
    })
}

/// A float item: `must be real number, not str`.
fn real(v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(crate::value::plain_nan(f));
    }
    if int::is_int(v)
        || protocol::special(v, "__float__").is_some()
        || protocol::special(v, "__index__").is_some()
    {
        return crate::builtins::construct::to_float(v);
    }
    Err(exc::type_error(format!(
        "must be real number, not {}",
        type_name(v)
    )))
}

// ---- Classes.

thread_local! {
    /// `array.array`, its iterator class.
    static CLASSES: Cell<[Value; 2]> = const { Cell::new([Value::NONE; 2]) };
}

fn class() -> Value {
    CLASSES.with(|c| c.get()[0])
}

fn iter_class() -> Value {
    CLASSES.with(|c| c.get()[1])
}

fn this(r: Value, method: &str) -> PyResult<&'static Arr> {
    nc::native_receiver::<Arr>(r, class(), method)
}

fn as_arr(v: Value) -> Option<&'static Arr> {
    nc::native_of::<Arr>(v, class())
}

/// The raw bytes of an array (the buffer protocol for other modules).
pub fn buffer_bytes(v: Value) -> Option<Vec<u8>> {
    as_arr(v).map(|a| a.data.borrow().clone())
}

/// The typecode of an array, for `memoryview`-style format checks.
pub fn typecode_of(v: Value) -> Option<char> {
    as_arr(v).map(|a| a.code as char)
}

fn new_array(cls: Value, code: u8, data: Vec<u8>) -> Value {
    gc::account(data.len());
    nc::native_instance(
        cls,
        Box::new(Arr {
            code,
            data: RefCell::new(data),
        }),
    )
}

/// Appends the items of an iterable one by one (a failure keeps the
/// ones before it, as CPython's `extend` does).
fn extend_iter(a: &Arr, it: Value) -> PyResult<()> {
    let roots = Roots::new();
    let iter = roots.push(protocol::iter(it)?);
    while let Some(v) = protocol::next(iter)? {
        roots.push(v);
        let b = item_bytes(a.code, v)?;
        a.data.borrow_mut().extend_from_slice(&b);
    }
    Ok(())
}

fn frombytes_into(a: &Arr, data: &[u8]) -> PyResult<()> {
    if !data.len().is_multiple_of(a.size()) {
        return Err(exc::value_error("bytes length not a multiple of item size"));
    }
    a.data.borrow_mut().extend_from_slice(data);
    gc::account(data.len());
    Ok(())
}

fn fromunicode_into(a: &Arr, s: &str) {
    let mut d = a.data.borrow_mut();
    for c in s.chars() {
        d.extend_from_slice(&(c as u32).to_ne_bytes());
    }
}

/// Items of a list or tuple, all converted before any is stored.
fn convert_all(code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * itemsize(code));
    for &v in items {
        out.extend_from_slice(&item_bytes(code, v)?);
    }
    Ok(out)
}

fn array_new(_r: Value, args: Args) -> PyResult {
    let (cls, rest) = nc::new_args(&args)?;
    if cls == class() && !rest.kwnames.is_empty() {
        return Err(exc::type_error("array.array() takes no keyword arguments"));
    }
    let p = rest.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(exc::type_error(if p.is_empty() {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({} given)", p.len())
        }));
    }
    let code = match pystr::as_str(p[0]) {
        Some(s) if s.chars().count() == 1 => s.chars().next().map_or(0, |c| c as u32),
        _ => {
            return Err(exc::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(p[0])
            )))
        }
    };
    let code = match u8::try_from(code) {
        Ok(c) if TYPECODES.as_bytes().contains(&c) => c,
        _ => {
            return Err(exc::value_error(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            ))
        }
    };
    let Some(&init) = p.get(1) else {
        return Ok(new_array(cls, code, Vec::new()));
    };
    if let Some(s) = pystr::as_str(init) {
        if code != b'u' {
            return Err(exc::type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let roots = Roots::new();
        let obj = roots.push(new_array(cls, code, Vec::new()));
        if let Some(a) = as_arr(obj) {
            fromunicode_into(a, s);
        }
        return Ok(obj);
    }
    if let Some(other) = as_arr(init) {
        if other.code == b'u' && code != b'u' {
            return Err(exc::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if other.code == code {
            return Ok(new_array(cls, code, other.data.borrow().clone()));
        }
    }
    if let Some(b) = crate::objects::bytes::as_bytes(init) {
        let roots = Roots::new();
        let obj = roots.push(new_array(cls, code, Vec::new()));
        if let Some(a) = as_arr(obj) {
            frombytes_into(a, b)?;
        }
        return Ok(obj);
    }
    let fixed = list::as_list(init)
        .map(|l| l.borrow().clone())
        .or_else(|| crate::objects::tuple::as_slice(init).map(|t| t.to_vec()));
    if let Some(items) = fixed {
        let roots = Roots::new();
        roots.extend(&items);
        let data = convert_all(code, &items)?;
        return Ok(new_array(cls, code, data));
    }
    let roots = Roots::new();
    let obj = roots.push(new_array(cls, code, Vec::new()));
    if let Some(a) = as_arr(obj) {
        extend_iter(a, init)?;
    }
    Ok(obj)
}

// ---- Methods.

fn append(r: Value, args: Args) -> PyResult {
    let a = this(r, "append")?;
    let v = args.check_one("array.append")?;
    let b = item_bytes(a.code, v)?;
    a.data.borrow_mut().extend_from_slice(&b);
    gc::account(b.len());
    Ok(Value::NONE)
}

fn extend(r: Value, args: Args) -> PyResult {
    let a = this(r, "extend")?;
    let v = args.check_one("array.extend")?;
    if let Some(o) = as_arr(v) {
        if o.code != a.code {
            return Err(exc::type_error("can only extend with array of same kind"));
        }
        let more = o.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&more);
        return Ok(Value::NONE);
    }
    extend_iter(a, v)?;
    Ok(Value::NONE)
}

/// Clamps an insertion index the way `list.insert` does.
fn clamp(i: i64, len: usize) -> usize {
    let n = len as i64;
    (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
}

fn insert(r: Value, args: Args) -> PyResult {
    let a = this(r, "insert")?;
    args.check_pos("insert", 2, 2)?;
    let p = args.pos();
    let i = nc::int_arg(p[0])?;
    let b = item_bytes(a.code, p[1])?;
    let at = clamp(i, a.len()) * a.size();
    a.data.borrow_mut().splice(at..at, b);
    Ok(Value::NONE)
}

fn pop(r: Value, args: Args) -> PyResult {
    let a = this(r, "pop")?;
    args.check_pos("pop", 0, 1)?;
    let i = match args.pos().first() {
        Some(&v) => nc::int_arg(v)?,
        None => -1,
    };
    let n = a.len();
    if n == 0 {
        return Err(exc::raise_new("IndexError", "pop from empty array"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if !(0..n as i64).contains(&j) {
        return Err(exc::raise_new("IndexError", "pop index out of range"));
    }
    let j = j as usize;
    let v = a.item(j);
    let s = a.size();
    a.data.borrow_mut().drain(j * s..j * s + s);
    Ok(v)
}

/// The first index in `start..stop` whose item equals `x`.
fn find(a: &Arr, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let roots = Roots::new();
    let mut i = start;
    while i < stop.min(a.len()) {
        let v = roots.push(a.item(i));
        if protocol::eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(r: Value, args: Args) -> PyResult {
    let a = this(r, "remove")?;
    let x = args.check_one("array.remove")?;
    match find(a, x, 0, usize::MAX)? {
        Some(i) => {
            let s = a.size();
            a.data.borrow_mut().drain(i * s..i * s + s);
            Ok(Value::NONE)
        }
        None => Err(exc::value_error("array.remove(x): x not in array")),
    }
}

/// A slice bound of `index(x, start, stop)`, clamped like `list.index`.
fn bound(v: Option<&Value>, len: usize, dflt: usize) -> PyResult<usize> {
    match v {
        Some(&v) => {
            let i = nc::int_arg(v)?;
            Ok(clamp(i, len))
        }
        None => Ok(dflt),
    }
}

fn index(r: Value, args: Args) -> PyResult {
    let a = this(r, "index")?;
    args.check_pos("index", 1, 3)?;
    let p = args.pos();
    let n = a.len();
    let start = bound(p.get(1), n, 0)?;
    let stop = bound(p.get(2), n, n)?;
    match find(a, p[0], start, stop)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(exc::value_error("array.index(x): x not in array")),
    }
}

fn count(r: Value, args: Args) -> PyResult {
    let a = this(r, "count")?;
    let x = args.check_one("array.count")?;
    let roots = Roots::new();
    let mut c = 0;
    let mut i = 0;
    while i < a.len() {
        let v = roots.push(a.item(i));
        if protocol::eq(v, x)? {
            c += 1;
        }
        i += 1;
    }
    Ok(int::from_i64(c))
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(&format!("array.{name}"))?;
    if args.pos().is_empty() {
        Ok(())
    } else {
        Err(exc::type_error(format!(
            "array.{name}() takes no arguments ({} given)",
            args.pos().len()
        )))
    }
}

fn reverse(r: Value, args: Args) -> PyResult {
    let a = this(r, "reverse")?;
    no_args(&args, "reverse")?;
    let s = a.size();
    let mut d = a.data.borrow_mut();
    let items: Vec<Vec<u8>> = d.chunks_exact(s).rev().map(|c| c.to_vec()).collect();
    *d = items.concat();
    Ok(Value::NONE)
}

fn byteswap(r: Value, args: Args) -> PyResult {
    let a = this(r, "byteswap")?;
    no_args(&args, "byteswap")?;
    let s = a.size();
    for c in a.data.borrow_mut().chunks_exact_mut(s) {
        c.reverse();
    }
    Ok(Value::NONE)
}

fn tolist(r: Value, args: Args) -> PyResult {
    let a = this(r, "tolist")?;
    no_args(&args, "tolist")?;
    Ok(list::new(a.items()))
}

fn tobytes(r: Value, args: Args) -> PyResult {
    let a = this(r, "tobytes")?;
    no_args(&args, "tobytes")?;
    Ok(crate::objects::bytes::new(a.data.borrow().clone()))
}

fn frombytes(r: Value, args: Args) -> PyResult {
    let a = this(r, "frombytes")?;
    let v = args.check_one("array.frombytes")?;
    let data = buffer::data_arg(v)?;
    frombytes_into(a, &data)?;
    Ok(Value::NONE)
}

fn fromlist(r: Value, args: Args) -> PyResult {
    let a = this(r, "fromlist")?;
    let v = args.check_one("array.fromlist")?;
    let Some(l) = list::as_list(v) else {
        return Err(exc::type_error("arg must be list"));
    };
    let items = l.borrow().clone();
    let data = convert_all(a.code, &items)?;
    a.data.borrow_mut().extend_from_slice(&data);
    Ok(Value::NONE)
}

fn tounicode(r: Value, args: Args) -> PyResult {
    let a = this(r, "tounicode")?;
    no_args(&args, "tounicode")?;
    if a.code != b'u' {
        return Err(exc::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let s: String = a
        .data
        .borrow()
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(pystr::from_string(s))
}

fn fromunicode(r: Value, args: Args) -> PyResult {
    let a = this(r, "fromunicode")?;
    let v = args.check_one("array.fromunicode")?;
    let Some(s) = pystr::as_str(v) else {
        return Err(exc::type_error(format!(
            "fromunicode() argument must be str, not {}",
            type_name(v)
        )));
    };
    if a.code != b'u' {
        return Err(exc::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    fromunicode_into(a, s);
    Ok(Value::NONE)
}

fn copy(r: Value, _args: Args) -> PyResult {
    let a = this(r, "__copy__")?;
    Ok(new_array(
        types::type_of(r),
        a.code,
        a.data.borrow().clone(),
    ))
}

// ---- The sequence protocol.

fn len(r: Value, _args: Args) -> PyResult {
    Ok(int::from_i64(this(r, "__len__")?.len() as i64))
}

fn is_slice(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.kind), Some(Kind::Slice { .. }))
}

fn is_index(v: Value) -> bool {
    (int::is_int(v) && !v.is_float()) || protocol::special(v, "__index__").is_some()
}

/// An item index in range, or `IndexError(msg)`.
fn position(a: &Arr, key: Value, msg: &str) -> PyResult<usize> {
    let i = protocol::index_value(key)?;
    let n = a.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Ok(j as usize)
    } else {
        Err(exc::raise_new("IndexError", msg))
    }
}

fn getitem(r: Value, args: Args) -> PyResult {
    let a = this(r, "__getitem__")?;
    let key = args.check_one("__getitem__")?;
    if is_slice(key) {
        let (start, _, step, n) = crate::attr::slice_indices(key, a.len())?;
        let s = a.size();
        let d = a.data.borrow();
        let mut out = Vec::with_capacity(n * s);
        for k in 0..n as i64 {
            let i = (start + k * step) as usize;
            out.extend_from_slice(d.get(i * s..i * s + s).unwrap_or(&[]));
        }
        drop(d);
        return Ok(new_array(class(), a.code, out));
    }
    if !is_index(key) {
        return Err(exc::type_error("array indices must be integers"));
    }
    let i = position(a, key, "array index out of range")?;
    Ok(a.item(i))
}

fn setitem(r: Value, args: Args) -> PyResult {
    let a = this(r, "__setitem__")?;
    args.check_pos("__setitem__", 2, 2)?;
    let (key, v) = (args.pos()[0], args.pos()[1]);
    let s = a.size();
    if is_slice(key) {
        let Some(o) = as_arr(v) else {
            return Err(exc::type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                type_name(v)
            )));
        };
        if o.code != a.code {
            return Err(exc::type_error("bad argument type for built-in operation"));
        }
        let src = o.data.borrow().clone();
        let (start, stop, step, n) = crate::attr::slice_indices(key, a.len())?;
        let mut d = a.data.borrow_mut();
        if step == 1 {
            let lo = start.max(0) as usize;
            let hi = (stop.max(start)).max(0) as usize;
            d.splice(lo * s..hi * s, src);
            return Ok(Value::NONE);
        }
        if src.len() / s != n {
            return Err(exc::value_error(format!(
                "attempt to assign array of size {} to extended slice of size {n}",
                src.len() / s
            )));
        }
        for (k, item) in src.chunks_exact(s).enumerate() {
            let i = (start + k as i64 * step) as usize;
            if let Some(dst) = d.get_mut(i * s..i * s + s) {
                dst.copy_from_slice(item);
            }
        }
        return Ok(Value::NONE);
    }
    if !is_index(key) {
        return Err(exc::type_error("array indices must be integers"));
    }
    let i = position(a, key, "array assignment index out of range")?;
    let b = item_bytes(a.code, v)?;
    if let Some(dst) = a.data.borrow_mut().get_mut(i * s..i * s + s) {
        dst.copy_from_slice(&b);
    }
    Ok(Value::NONE)
}

fn delitem(r: Value, args: Args) -> PyResult {
    let a = this(r, "__delitem__")?;
    let key = args.check_one("__delitem__")?;
    let s = a.size();
    if is_slice(key) {
        let (start, _, step, n) = crate::attr::slice_indices(key, a.len())?;
        let mut gone: Vec<usize> = (0..n as i64).map(|k| (start + k * step) as usize).collect();
        gone.sort_unstable();
        let mut d = a.data.borrow_mut();
        let mut kept = Vec::with_capacity(d.len());
        let mut next = gone.iter().peekable();
        for (i, item) in d.chunks_exact(s).enumerate() {
            if next.peek() == Some(&&i) {
                next.next();
            } else {
                kept.extend_from_slice(item);
            }
        }
        *d = kept;
        return Ok(Value::NONE);
    }
    if !is_index(key) {
        return Err(exc::type_error("array indices must be integers"));
    }
    let i = position(a, key, "array assignment index out of range")?;
    a.data.borrow_mut().drain(i * s..i * s + s);
    Ok(Value::NONE)
}

fn contains(r: Value, args: Args) -> PyResult {
    let a = this(r, "__contains__")?;
    let x = args.check_one("__contains__")?;
    Ok(Value::bool(find(a, x, 0, usize::MAX)?.is_some()))
}

fn iter(r: Value, _args: Args) -> PyResult {
    this(r, "__iter__")?;
    Ok(nc::instance(iter_class(), vec![r, Value::small_int(0)]))
}

fn iter_next(r: Value, _args: Args) -> PyResult {
    let s = nc::receiver(r, iter_class(), "__next__")?;
    let Some(a) = as_arr(nc::get(s, 0)) else {
        return Err(nc::stop());
    };
    let i = int::to_i64(nc::get(s, 1)).unwrap_or(0).max(0) as usize;
    if i >= a.len() {
        nc::set(s, 0, Value::NONE);
        return Err(nc::stop());
    }
    nc::set(s, 1, int::from_i64(i as i64 + 1));
    Ok(a.item(i))
}

fn reversed(r: Value, _args: Args) -> PyResult {
    let a = this(r, "__reversed__")?;
    let mut items = a.items();
    items.reverse();
    let roots = Roots::new();
    let l = roots.push(list::new(items));
    protocol::iter(l)
}

fn repr(r: Value, _args: Args) -> PyResult {
    let a = this(r, "__repr__")?;
    let name = nc::class_name(r);
    let code = a.code as char;
    if a.len() == 0 {
        return Ok(pystr::from_string(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        let roots = Roots::new();
        let s = roots.push(tounicode(r, Args::positional(&[]))?);
        protocol::repr(s)?
    } else {
        let roots = Roots::new();
        let l = roots.push(list::new(a.items()));
        protocol::repr(l)?
    };
    Ok(pystr::from_string(format!("{name}('{code}', {body})")))
}

/// The type name CPython prints in messages: `array.array` for the class
/// itself (its C name), a subclass's own name otherwise.
fn display_name(r: Value) -> String {
    if types::type_of(r) == class() {
        "array.array".to_string()
    } else {
        type_name(r)
    }
}

fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Eq => "==",
        _ => "!=",
    }
}

fn hash(r: Value, _args: Args) -> PyResult {
    Err(exc::type_error(format!(
        "unhashable type: '{}'",
        display_name(r)
    )))
}

// ---- Operators.

fn add(r: Value, args: Args) -> PyResult {
    let a = this(r, "__add__")?;
    let v = args.check_one("__add__")?;
    let Some(o) = as_arr(v) else {
        return Err(exc::type_error(format!(
            "can only append array (not \"{}\") to array",
            type_name(v)
        )));
    };
    if o.code != a.code {
        return Err(exc::type_error("bad argument type for built-in operation"));
    }
    let mut d = a.data.borrow().clone();
    d.extend_from_slice(&o.data.borrow());
    Ok(new_array(class(), a.code, d))
}

fn iadd(r: Value, args: Args) -> PyResult {
    let a = this(r, "__iadd__")?;
    let v = args.check_one("__iadd__")?;
    let Some(o) = as_arr(v) else {
        return Err(exc::type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_name(v)
        )));
    };
    if o.code != a.code {
        return Err(exc::type_error("can only extend with array of same kind"));
    }
    let more = o.data.borrow().clone();
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(r)
}

/// The repeat count of `a * n`.
fn repeat_count(v: Value) -> PyResult<i64> {
    if !is_index(v) {
        return Err(exc::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(v)
        )));
    }
    protocol::index_value(v)
}

fn repeated(a: &Arr, n: i64) -> PyResult<Vec<u8>> {
    let d = a.data.borrow();
    let n = n.max(0) as usize;
    let Some(total) = d.len().checked_mul(n) else {
        return Err(exc::raise_new("MemoryError", ""));
    };
    let mut out = buffer::with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(&d);
    }
    Ok(out)
}

fn mul(r: Value, args: Args) -> PyResult {
    let a = this(r, "__mul__")?;
    let v = args.check_one("__mul__")?;
    let n = repeat_count(v)?;
    Ok(new_array(class(), a.code, repeated(a, n)?))
}

fn imul(r: Value, args: Args) -> PyResult {
    let a = this(r, "__imul__")?;
    let v = args.check_one("__imul__")?;
    let d = repeated(a, repeat_count(v)?)?;
    *a.data.borrow_mut() = d;
    Ok(r)
}

fn compare(r: Value, args: &Args, op: CmpOp) -> PyResult {
    let a = this(r, "__eq__")?;
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    let Some(b) = as_arr(v) else {
        // A built-in operand has no reflected method that could accept an
        // array, so the error is raised here, naming the type as CPython
        // does; a user's object still gets its reflected method tried.
        let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
        if ordering && !matches!(v.obj().map(|o| &o.kind), Some(Kind::Instance(_))) {
            return Err(exc::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op_symbol(op),
                display_name(r),
                type_name(v)
            )));
        }
        return Ok(protocol::not_implemented());
    };
    let (na, nb) = (a.len(), b.len());
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let roots = Roots::new();
    let mut i = 0;
    while i < na.min(nb) && i < a.len() && i < b.len() {
        let x = roots.push(a.item(i));
        let y = roots.push(b.item(i));
        if !protocol::eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::FALSE),
                CmpOp::Ne => Ok(Value::TRUE),
                _ => protocol::compare(op, x, y),
            };
        }
        i += 1;
    }
    let (na, nb) = (na as i64, nb as i64);
    Ok(Value::bool(match op {
        CmpOp::Eq => na == nb,
        CmpOp::Ne => na != nb,
        CmpOp::Lt => na < nb,
        CmpOp::Le => na <= nb,
        CmpOp::Gt => na > nb,
        _ => na >= nb,
    }))
}

macro_rules! cmps {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(r: Value, args: Args) -> PyResult { compare(r, &args, $op) })*
    };
}

cmps! {
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

fn prop_typecode(_r: Value, args: Args) -> PyResult {
    let a = this(
        args.pos().first().copied().unwrap_or(Value::NONE),
        "typecode",
    )?;
    Ok(pystr::from_string((a.code as char).to_string()))
}

fn prop_itemsize(_r: Value, args: Args) -> PyResult {
    let a = this(
        args.pos().first().copied().unwrap_or(Value::NONE),
        "itemsize",
    )?;
    Ok(int::from_i64(a.size() as i64))
}

pub fn init(attrs: &mut AttrMap) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", array_new),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("byteswap", byteswap),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__hash__", hash),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let cls = nc::new_class("array", "array", None, methods);
    let props: [(&'static str, NativeFn); 2] =
        [("typecode", prop_typecode), ("itemsize", prop_itemsize)];
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
    let it = nc::new_class(
        "arrayiterator",
        "array",
        None,
        &[("__next__", iter_next), ("__iter__", nc::iter_self)],
    );
    CLASSES.with(|c| c.set([cls, it]));
    attrs.set("array", cls);
    attrs.set("ArrayType", cls);
    attrs.set("typecodes", gc::alloc_permanent_str(TYPECODES));
}
