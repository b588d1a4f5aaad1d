//! `io`: the in-memory streams `StringIO` (text, positions in code points,
//! CPython's newline translation) and `BytesIO`. Their buffers are Rust
//! data of native-class instances; both classes live in `_io`, as
//! CPython's do.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::types::AttrMap;
use crate::objects::{bytes, int, list, str as pystr};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    /// (StringIO, BytesIO)
    static CLASSES: Cell<(Value, Value)> = const { Cell::new((Value::NONE, Value::NONE)) };
}

fn sio_class() -> Value {
    CLASSES.with(|c| c.get().0)
}

fn bio_class() -> Value {
    CLASSES.with(|c| c.get().1)
}

/// How a StringIO translates newlines (its `newline` argument).
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: `\r\n` and `\r` become `\n` on write.
    Universal,
    /// `""`: no translation; lines end at `\r`, `\n` or `\r\n`.
    Untranslated,
    /// `"\n"`, `"\r"`, `"\r\n"`: lines end there; `\n` written becomes it.
    Fixed(&'static str),
}

struct Sio {
    buf: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: Cell<Newline>,
    /// Kinds of line ending written so far (`SEEN_*`), for `newlines`.
    seen: Cell<u8>,
}

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The line-ending kinds in one write (each write is complete, so a
/// final `\r` is a CR).
fn seen_in(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// Records what a write brings to `newlines` (universal modes only).
fn note_newlines(s: &Sio, text: &str) {
    if matches!(s.newline.get(), Newline::Universal | Newline::Untranslated) {
        s.seen.set(s.seen.get() | seen_in(text));
    }
}

impl NativeData for Sio {
    fn size(&self) -> usize {
        self.buf.try_borrow().map_or(0, |b| b.capacity() * 4)
    }
}

struct Bio {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl NativeData for Bio {
    fn size(&self) -> usize {
        self.buf.try_borrow().map_or(0, |b| b.capacity())
    }
}

/// The error of StringIO's own methods on a closed stream (no period).
fn closed_sio() -> exc::Raised {
    exc::value_error("I/O operation on closed file")
}

/// The error of BytesIO and of the `IOBase` methods (with a period).
fn closed_io() -> exc::Raised {
    exc::value_error("I/O operation on closed file.")
}

fn sio(r: Value, method: &str) -> PyResult<&'static Sio> {
    nc::native_receiver::<Sio>(r, sio_class(), method)
}

/// The receiver's StringIO, which must be open.
fn open_sio(r: Value, method: &str) -> PyResult<&'static Sio> {
    let s = sio(r, method)?;
    if s.closed.get() {
        return Err(closed_sio());
    }
    Ok(s)
}

fn bio(r: Value, method: &str) -> PyResult<&'static Bio> {
    nc::native_receiver::<Bio>(r, bio_class(), method)
}

fn open_bio(r: Value, method: &str) -> PyResult<&'static Bio> {
    let b = bio(r, method)?;
    if b.closed.get() {
        return Err(closed_io());
    }
    Ok(b)
}

/// A size argument: None or negative means "no limit".
fn size_arg(v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if int::is_int(v) => {
            let n = ssize(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => Err(exc::type_error(format!(
            "argument should be integer or None, not '{}'",
            type_name(v)
        ))),
    }
}

/// An int that must fit a C `Py_ssize_t`.
fn ssize(v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    match int::to_i64(v) {
        Some(n) => Ok(n),
        None if int::is_int(v) => Err(exc::raise_new(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        None => protocol::index_value(v),
    }
}

// ---- StringIO

fn parse_newline(v: Option<Value>) -> PyResult<Newline> {
    let Some(v) = v else {
        return Ok(Newline::Fixed("\n"));
    };
    if v.is_none() {
        return Ok(Newline::Universal);
    }
    let Some(s) = pystr::as_str(v) else {
        return Err(exc::type_error(format!(
            "newline must be str or None, not {}",
            type_name(v)
        )));
    };
    Ok(match s {
        "" => Newline::Untranslated,
        "\n" => Newline::Fixed("\n"),
        "\r" => Newline::Fixed("\r"),
        "\r\n" => Newline::Fixed("\r\n"),
        _ => {
            return Err(exc::value_error(format!(
                "illegal newline value: {}",
                protocol::repr(v)?
            )))
        }
    })
}

/// The text as stored after the stream's newline translation.
fn translate(text: &str, nl: Newline) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, nl) {
            ('\r', Newline::Universal) => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            ('\n', Newline::Fixed(t)) if t != "\n" => out.extend(t.chars()),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `chars` at the position, padding with NULs past the end.
fn sio_put(s: &Sio, chars: &[char]) {
    let mut buf = s.buf.borrow_mut();
    let pos = s.pos.get();
    if pos > buf.len() {
        buf.resize(pos, '\0');
    }
    let end = pos + chars.len();
    let overlap = end.min(buf.len()) - pos;
    buf[pos..pos + overlap].copy_from_slice(&chars[..overlap]);
    buf.extend_from_slice(&chars[overlap..]);
    s.pos.set(end);
}

fn sio_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let data = Sio {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
        newline: Cell::new(Newline::Fixed("\n")),
        seen: Cell::new(0),
    };
    let obj = roots.push(nc::native_instance(cls, Box::new(data)));
    if nc::runs_native_init(cls) {
        sio_init(obj, args)?;
    }
    Ok(obj)
}

fn sio_init(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "StringIO", &["initial_value", "newline"], &[], 0)?;
    let s = sio(r, "__init__")?;
    let nl = parse_newline(b[1])?;
    let init = match b[0] {
        None => "",
        Some(v) if v.is_none() => "",
        Some(v) => pystr::as_str(v).ok_or_else(|| {
            exc::type_error(format!(
                "initial_value must be str or None, not {}",
                type_name(v)
            ))
        })?,
    };
    s.newline.set(nl);
    s.closed.set(false);
    s.seen.set(0);
    note_newlines(s, init);
    *s.buf.borrow_mut() = translate(init, nl);
    s.pos.set(0);
    Ok(Value::NONE)
}

fn sio_write(r: Value, args: Args) -> PyResult {
    args.check_pos("write", 1, 1)?;
    let v = args.pos()[0];
    let Some(text) = pystr::as_strobj(v) else {
        return Err(exc::type_error(format!(
            "string argument expected, got '{}'",
            type_name(v)
        )));
    };
    let s = open_sio(r, "write")?;
    if text.char_len() > 0 {
        note_newlines(s, text.as_str());
        sio_put(s, &translate(text.as_str(), s.newline.get()));
    }
    Ok(int::from_i64(text.char_len() as i64))
}

/// `writelines`: each item of `lines` through the object's own `write`
/// (so subclasses that override it see every line), as CPython does.
fn write_each(r: Value, lines: Value) -> PyResult {
    let it = protocol::iter(lines)?;
    let roots = Roots::new();
    roots.push(it);
    while let Some(line) = protocol::next(it)? {
        roots.push(line);
        crate::entry::call_method(r, "write", Args::positional(&[line]))?;
    }
    Ok(Value::NONE)
}

fn sio_writelines(r: Value, args: Args) -> PyResult {
    args.check_pos("writelines", 1, 1)?;
    open_sio(r, "writelines")?;
    write_each(r, args.pos()[0])
}

fn sio_read(r: Value, args: Args) -> PyResult {
    args.check_pos("read", 0, 1)?;
    let n = size_arg(args.pos().first().copied())?;
    let s = open_sio(r, "read")?;
    let buf = s.buf.borrow();
    let pos = s.pos.get().min(buf.len());
    let end = match n {
        Some(n) => pos.saturating_add(n).min(buf.len()),
        None => buf.len(),
    };
    let out: String = buf[pos..end].iter().collect();
    s.pos.set(s.pos.get().max(end));
    Ok(pystr::from_string(out))
}

/// The end of the line starting at `pos` (just past its terminator, or the
/// end of the buffer), reading at most `limit` characters.
fn line_end(buf: &[char], pos: usize, limit: Option<usize>, nl: Newline) -> usize {
    let stop = match limit {
        Some(l) => pos.saturating_add(l).min(buf.len()),
        None => buf.len(),
    };
    let mut i = pos;
    while i < stop {
        let c = buf[i];
        match nl {
            Newline::Universal | Newline::Fixed("\n") => {
                if c == '\n' {
                    return i + 1;
                }
            }
            Newline::Fixed("\r") => {
                if c == '\r' {
                    return i + 1;
                }
            }
            Newline::Fixed(_) => {
                // "\r\n"
                if c == '\r' && buf.get(i + 1) == Some(&'\n') {
                    return (i + 2).min(stop);
                }
            }
            Newline::Untranslated => {
                if c == '\n' {
                    return i + 1;
                }
                if c == '\r' {
                    if buf.get(i + 1) == Some(&'\n') {
                        return (i + 2).min(stop);
                    }
                    return i + 1;
                }
            }
        }
        i += 1;
    }
    stop
}

/// Reads one line (at most `limit` characters) and advances.
fn sio_line(s: &Sio, limit: Option<usize>) -> String {
    let buf = s.buf.borrow();
    let pos = s.pos.get();
    if pos >= buf.len() {
        return String::new();
    }
    let end = line_end(&buf, pos, limit, s.newline.get());
    s.pos.set(end);
    buf[pos..end].iter().collect()
}

fn sio_readline(r: Value, args: Args) -> PyResult {
    args.check_pos("readline", 0, 1)?;
    let n = size_arg(args.pos().first().copied())?;
    let s = open_sio(r, "readline")?;
    Ok(pystr::from_string(sio_line(s, n)))
}

fn sio_readlines(r: Value, args: Args) -> PyResult {
    args.check_pos("readlines", 0, 1)?;
    let hint = size_arg(args.pos().first().copied())?.filter(|&h| h > 0);
    // Inherited from IOBase in CPython, hence its wording.
    let s = sio(r, "readlines")?;
    if s.closed.get() {
        return Err(closed_io());
    }
    let roots = Roots::new();
    let out = roots.push(list::new(Vec::new()));
    let mut total = 0usize;
    loop {
        let line = sio_line(s, None);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        let v = pystr::from_string(line);
        if let Some(l) = list::as_list(out) {
            l.borrow_mut().push(v);
        }
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(out)
}

fn sio_getvalue(r: Value, args: Args) -> PyResult {
    args.check_pos("getvalue", 0, 0)?;
    let s = open_sio(r, "getvalue")?;
    let text: String = s.buf.borrow().iter().collect();
    Ok(pystr::from_string(text))
}

fn sio_seek(r: Value, args: Args) -> PyResult {
    args.check_pos("seek", 1, 2)?;
    let p = args.pos();
    let pos = ssize(p[0])?;
    let whence = match p.get(1) {
        Some(&w) => ssize(w)?,
        None => 0,
    };
    let s = open_sio(r, "seek")?;
    if !(0..=2).contains(&whence) {
        return Err(exc::value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    if pos < 0 && whence == 0 {
        return Err(exc::value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        // CPython 3.11 words both cases this way.
        return Err(exc::raise_new(
            "OSError",
            "Can't do nonzero cur-relative seeks",
        ));
    }
    match whence {
        0 => s.pos.set(pos as usize),
        2 => s.pos.set(s.buf.borrow().len()),
        _ => {}
    }
    Ok(int::from_i64(s.pos.get() as i64))
}

fn sio_tell(r: Value, args: Args) -> PyResult {
    args.check_pos("tell", 0, 0)?;
    let s = open_sio(r, "tell")?;
    Ok(int::from_i64(s.pos.get() as i64))
}

/// The `size` of `truncate(size=None)`: the position when None.
fn truncate_size(args: &Args, pos: usize, msg: &str) -> PyResult<usize> {
    args.check_pos("truncate", 0, 1)?;
    match args.pos().first() {
        None => Ok(pos),
        Some(v) if v.is_none() => Ok(pos),
        Some(&v) if int::is_int(v) => {
            let n = ssize(v)?;
            if n < 0 {
                return Err(exc::value_error(format!("{msg} {n}")));
            }
            Ok(n as usize)
        }
        Some(&v) => Err(exc::type_error(format!(
            "argument should be integer or None, not '{}'",
            type_name(v)
        ))),
    }
}

fn sio_truncate(r: Value, args: Args) -> PyResult {
    let s = open_sio(r, "truncate")?;
    let size = truncate_size(&args, s.pos.get(), "Negative size value")?;
    s.buf.borrow_mut().truncate(size);
    Ok(int::from_i64(size as i64))
}

fn sio_close(r: Value, args: Args) -> PyResult {
    args.check_pos("close", 0, 0)?;
    let s = sio(r, "close")?;
    s.closed.set(true);
    s.buf.borrow_mut().clear();
    Ok(Value::NONE)
}

fn sio_newlines(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    let s = open_sio(obj, "newlines")?;
    let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| s.seen.get() & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    Ok(match names.as_slice() {
        [] => Value::NONE,
        [one] => pystr::new(one),
        many => {
            let roots = Roots::new();
            let items: Vec<Value> = many.iter().map(|n| roots.push(pystr::new(n))).collect();
            crate::objects::tuple::new(items)
        }
    })
}

fn sio_line_buffering(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    open_sio(obj, "line_buffering")?;
    Ok(Value::FALSE)
}

/// `encoding` and `errors`: always None for a StringIO.
fn sio_none_attr(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    sio(obj, "encoding")?;
    Ok(Value::NONE)
}

fn sio_closed(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::bool(sio(obj, "closed")?.closed.get()))
}

/// `readable()`, `writable()`, `seekable()`: always true while open.
fn sio_able(r: Value, args: Args) -> PyResult {
    args.check_pos("readable", 0, 0)?;
    open_sio(r, "readable")?;
    Ok(Value::TRUE)
}

fn sio_next(r: Value, _args: Args) -> PyResult {
    let s = open_sio(r, "__next__")?;
    let line = sio_line(s, None);
    if line.is_empty() {
        return Err(nc::stop());
    }
    Ok(pystr::from_string(line))
}

fn sio_iter(r: Value, _args: Args) -> PyResult {
    if sio(r, "__iter__")?.closed.get() {
        return Err(closed_io());
    }
    Ok(r)
}

fn sio_enter(r: Value, _args: Args) -> PyResult {
    if sio(r, "__enter__")?.closed.get() {
        return Err(closed_io());
    }
    Ok(r)
}

fn exit_close(r: Value, _args: Args) -> PyResult {
    crate::entry::call_method(r, "close", Args::positional(&[]))?;
    Ok(Value::NONE)
}

fn sio_flush(r: Value, args: Args) -> PyResult {
    args.check_pos("flush", 0, 0)?;
    sio(r, "flush")?;
    Ok(Value::NONE)
}

fn sio_isatty(r: Value, args: Args) -> PyResult {
    args.check_pos("isatty", 0, 0)?;
    if sio(r, "isatty")?.closed.get() {
        return Err(closed_io());
    }
    Ok(Value::FALSE)
}

// ---- BytesIO

/// The bytes of a bytes-like argument.
fn bytes_arg(v: Value) -> PyResult<&'static [u8]> {
    bytes::as_bytes(v).ok_or_else(|| {
        exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn bio_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let data = Bio {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
    };
    let obj = roots.push(nc::native_instance(cls, Box::new(data)));
    if nc::runs_native_init(cls) {
        bio_init(obj, args)?;
    }
    Ok(obj)
}

fn bio_init(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "BytesIO", &["initial_bytes"], &[], 0)?;
    let s = bio(r, "__init__")?;
    let init = match b[0] {
        None => &[][..],
        Some(v) if v.is_none() => &[][..],
        Some(v) => bytes_arg(v)?,
    };
    s.closed.set(false);
    *s.buf.borrow_mut() = init.to_vec();
    s.pos.set(0);
    Ok(Value::NONE)
}

fn bio_write(r: Value, args: Args) -> PyResult {
    args.check_pos("write", 1, 1)?;
    let s = open_bio(r, "write")?;
    let data = bytes_arg(args.pos()[0])?;
    if !data.is_empty() {
        let mut buf = s.buf.borrow_mut();
        let pos = s.pos.get();
        if pos > buf.len() {
            buf.resize(pos, 0);
        }
        let end = pos + data.len();
        let overlap = end.min(buf.len()) - pos;
        buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
        buf.extend_from_slice(&data[overlap..]);
        s.pos.set(end);
    }
    Ok(int::from_i64(data.len() as i64))
}

fn bio_writelines(r: Value, args: Args) -> PyResult {
    args.check_pos("writelines", 1, 1)?;
    open_bio(r, "writelines")?;
    write_each(r, args.pos()[0])
}

fn bio_read(r: Value, args: Args) -> PyResult {
    args.check_pos("read", 0, 1)?;
    let n = size_arg(args.pos().first().copied())?;
    let s = open_bio(r, "read")?;
    let buf = s.buf.borrow();
    let pos = s.pos.get().min(buf.len());
    let end = match n {
        Some(n) => pos.saturating_add(n).min(buf.len()),
        None => buf.len(),
    };
    let out = buf[pos..end].to_vec();
    s.pos.set(s.pos.get().max(end));
    Ok(bytes::new(out))
}

fn bio_line(s: &Bio, limit: Option<usize>) -> Vec<u8> {
    let buf = s.buf.borrow();
    let pos = s.pos.get();
    if pos >= buf.len() {
        return Vec::new();
    }
    let stop = match limit {
        Some(l) => pos.saturating_add(l).min(buf.len()),
        None => buf.len(),
    };
    let end = buf[pos..stop]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(stop, |i| pos + i + 1);
    s.pos.set(end);
    buf[pos..end].to_vec()
}

fn bio_readline(r: Value, args: Args) -> PyResult {
    args.check_pos("readline", 0, 1)?;
    let n = size_arg(args.pos().first().copied())?;
    let s = open_bio(r, "readline")?;
    Ok(bytes::new(bio_line(s, n)))
}

fn bio_readlines(r: Value, args: Args) -> PyResult {
    args.check_pos("readlines", 0, 1)?;
    let hint = size_arg(args.pos().first().copied())?.filter(|&h| h > 0);
    let s = open_bio(r, "readlines")?;
    let roots = Roots::new();
    let out = roots.push(list::new(Vec::new()));
    let mut total = 0usize;
    loop {
        let line = bio_line(s, None);
        if line.is_empty() {
            break;
        }
        total += line.len();
        let v = bytes::new(line);
        if let Some(l) = list::as_list(out) {
            l.borrow_mut().push(v);
        }
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(out)
}

fn bio_getvalue(r: Value, args: Args) -> PyResult {
    args.check_pos("getvalue", 0, 0)?;
    let s = open_bio(r, "getvalue")?;
    let data = s.buf.borrow().clone();
    Ok(bytes::new(data))
}

fn bio_seek(r: Value, args: Args) -> PyResult {
    args.check_pos("seek", 1, 2)?;
    let p = args.pos();
    let pos = ssize(p[0])?;
    let whence = match p.get(1) {
        Some(&w) => ssize(w)?,
        None => 0,
    };
    let s = open_bio(r, "seek")?;
    if pos < 0 && whence == 0 {
        return Err(exc::value_error(format!("negative seek value {pos}")));
    }
    let base = match whence {
        0 => 0,
        1 => s.pos.get() as i64,
        2 => s.buf.borrow().len() as i64,
        _ => {
            return Err(exc::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    let new = base.saturating_add(pos).max(0);
    s.pos.set(new as usize);
    Ok(int::from_i64(new))
}

fn bio_tell(r: Value, args: Args) -> PyResult {
    args.check_pos("tell", 0, 0)?;
    let s = open_bio(r, "tell")?;
    Ok(int::from_i64(s.pos.get() as i64))
}

fn bio_truncate(r: Value, args: Args) -> PyResult {
    let s = open_bio(r, "truncate")?;
    let size = truncate_size(&args, s.pos.get(), "negative size value")?;
    s.buf.borrow_mut().truncate(size);
    Ok(int::from_i64(size as i64))
}

fn bio_close(r: Value, args: Args) -> PyResult {
    args.check_pos("close", 0, 0)?;
    let s = bio(r, "close")?;
    s.closed.set(true);
    s.buf.borrow_mut().clear();
    Ok(Value::NONE)
}

fn bio_closed(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(Value::bool(bio(obj, "closed")?.closed.get()))
}

fn bio_able(r: Value, args: Args) -> PyResult {
    args.check_pos("readable", 0, 0)?;
    open_bio(r, "readable")?;
    Ok(Value::TRUE)
}

fn bio_next(r: Value, _args: Args) -> PyResult {
    let s = open_bio(r, "__next__")?;
    let line = bio_line(s, None);
    if line.is_empty() {
        return Err(nc::stop());
    }
    Ok(bytes::new(line))
}

fn bio_iter(r: Value, _args: Args) -> PyResult {
    bio(r, "__iter__")?;
    Ok(r)
}

fn bio_enter(r: Value, _args: Args) -> PyResult {
    open_bio(r, "__enter__")?;
    Ok(r)
}

fn bio_flush(r: Value, args: Args) -> PyResult {
    args.check_pos("flush", 0, 0)?;
    open_bio(r, "flush")?;
    Ok(Value::NONE)
}

fn bio_isatty(r: Value, args: Args) -> PyResult {
    args.check_pos("isatty", 0, 0)?;
    open_bio(r, "isatty")?;
    Ok(Value::FALSE)
}

fn property(name: &'static str, f: NativeFn) -> Value {
    crate::gc::alloc_permanent(Kind::Property {
        fget: crate::builtins::native(name, f),
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}

pub fn init(m: &mut AttrMap) {
    let sio_cls = nc::new_class(
        "StringIO",
        "_io",
        None,
        &[
            ("__new__", sio_new as NativeFn),
            ("__init__", sio_init),
            ("write", sio_write),
            ("writelines", sio_writelines),
            ("read", sio_read),
            ("readline", sio_readline),
            ("readlines", sio_readlines),
            ("getvalue", sio_getvalue),
            ("seek", sio_seek),
            ("tell", sio_tell),
            ("truncate", sio_truncate),
            ("close", sio_close),
            ("readable", sio_able),
            ("writable", sio_able),
            ("seekable", sio_able),
            ("flush", sio_flush),
            ("isatty", sio_isatty),
            ("__iter__", sio_iter),
            ("__next__", sio_next),
            ("__enter__", sio_enter),
            ("__exit__", exit_close),
        ],
    );
    nc::set_class_attr(sio_cls, "closed", property("closed", sio_closed));
    nc::set_class_attr(sio_cls, "newlines", property("newlines", sio_newlines));
    nc::set_class_attr(
        sio_cls,
        "line_buffering",
        property("line_buffering", sio_line_buffering),
    );
    nc::set_class_attr(sio_cls, "encoding", property("encoding", sio_none_attr));
    nc::set_class_attr(sio_cls, "errors", property("errors", sio_none_attr));
    let bio_cls = nc::new_class(
        "BytesIO",
        "_io",
        None,
        &[
            ("__new__", bio_new as NativeFn),
            ("__init__", bio_init),
            ("write", bio_write),
            ("writelines", bio_writelines),
            ("read", bio_read),
            ("readline", bio_readline),
            ("readlines", bio_readlines),
            ("getvalue", bio_getvalue),
            ("seek", bio_seek),
            ("tell", bio_tell),
            ("truncate", bio_truncate),
            ("close", bio_close),
            ("readable", bio_able),
            ("writable", bio_able),
            ("seekable", bio_able),
            ("flush", bio_flush),
            ("isatty", bio_isatty),
            ("__iter__", bio_iter),
            ("__next__", bio_next),
            ("__enter__", bio_enter),
            ("__exit__", exit_close),
        ],
    );
    nc::set_class_attr(bio_cls, "closed", property("closed", bio_closed));
    CLASSES.with(|c| c.set((sio_cls, bio_cls)));
    m.set("StringIO", sio_cls);
    m.set("BytesIO", bio_cls);
    m.set("SEEK_SET", Value::small_int(0));
    m.set("SEEK_CUR", Value::small_int(1));
    m.set("SEEK_END", Value::small_int(2));
}
