//! The pure half of `json`: CPython's scanner (`_json.c`) as an
//! iterative parser over UTF-8 text, and `encode_basestring(_ascii)`. No
//! object model and no recursion, and it never panics: the module's tests
//! and `fuzz/fuzz_targets/json_loads.rs` exercise it directly.

/// What the parser builds values with.
pub trait Sink {
    type V: Copy;
    type E;
    fn null(&mut self) -> Result<Self::V, Self::E>;
    fn boolean(&mut self, b: bool) -> Result<Self::V, Self::E>;
    fn string(&mut self, s: &str) -> Result<Self::V, Self::E>;
    /// An object key (a sink may share equal keys).
    fn key(&mut self, s: &str) -> Result<Self::V, Self::E>;
    /// A number as matched by CPython's scanner (`-?(0|[1-9]\d*)(\.\d+)?
    /// ([eE][-+]?\d+)?`).
    fn number(&mut self, text: &str, is_float: bool) -> Result<Self::V, Self::E>;
    /// `NaN`, `Infinity` or `-Infinity`.
    fn constant(&mut self, name: &'static str) -> Result<Self::V, Self::E>;
    /// Entering an object (`is_object`) or array: one level of depth.
    fn enter(&mut self, is_object: bool) -> Result<(), Self::E>;
    fn leave(&mut self);
    fn array(&mut self, items: &[Self::V]) -> Result<Self::V, Self::E>;
    /// Keys and values alternate in `kv`.
    fn object(&mut self, kv: &[Self::V]) -> Result<Self::V, Self::E>;
}

/// Why decoding failed.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError<E> {
    /// CPython's `JSONDecodeError(msg, doc, pos)`; `pos` is a byte offset.
    Syntax(&'static str, usize),
    /// A `\uXXXX` escape of a lone surrogate (at the backslash), which a
    /// UTF-8 string cannot hold.
    LoneSurrogate(usize),
    Sink(E),
}

type DResult<T, E> = Result<T, DecodeError<E>>;

fn sink_err<E>(e: E) -> DecodeError<E> {
    DecodeError::Sink(e)
}

#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let mut c = 0u32;
    for k in 0..4 {
        let d = (*b.get(at + k)? as char).to_digit(16)?;
        c = (c << 4) | d;
    }
    Some(c)
}

/// Scans a string whose opening quote is at `begin`; returns the sink's
/// value and the index after the closing quote.
fn scan_string<S: Sink>(
    s: &str,
    begin: usize,
    strict: bool,
    is_key: bool,
    sink: &mut S,
    lone: &mut Option<usize>,
) -> DResult<(S::V, usize), S::E> {
    let b = s.as_bytes();
    let n = b.len();
    let mut buf: Option<String> = None;
    let mut chunk = begin + 1;
    let mut j = chunk;
    loop {
        while j < n {
            let c = b[j];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(DecodeError::Syntax("Invalid control character at", j));
            }
            j += 1;
        }
        if j >= n {
            return Err(DecodeError::Syntax(
                "Unterminated string starting at",
                begin,
            ));
        }
        let text = s.get(chunk..j).unwrap_or("");
        if b[j] == b'"' {
            let v = match &mut buf {
                None => {
                    if is_key {
                        sink.key(text)
                    } else {
                        sink.string(text)
                    }
                }
                Some(out) => {
                    out.push_str(text);
                    if is_key {
                        sink.key(out)
                    } else {
                        sink.string(out)
                    }
                }
            };
            return v.map(|v| (v, j + 1)).map_err(sink_err);
        }
        let out = buf.get_or_insert_with(String::new);
        out.push_str(text);
        let backslash = j;
        j += 1;
        if j >= n {
            return Err(DecodeError::Syntax(
                "Unterminated string starting at",
                begin,
            ));
        }
        let c = b[j];
        if c != b'u' {
            let ch = match c {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(DecodeError::Syntax("Invalid \\escape", backslash)),
            };
            out.push(ch);
            j += 1;
        } else {
            let u = j;
            let end = u + 5;
            if end >= n {
                return Err(DecodeError::Syntax("Invalid \\uXXXX escape", u));
            }
            let Some(mut code) = hex4(b, u + 1) else {
                return Err(DecodeError::Syntax("Invalid \\uXXXX escape", u));
            };
            j = end;
            if (0xd800..0xdc00).contains(&code)
                && end + 6 < n
                && b[end] == b'\\'
                && b[end + 1] == b'u'
            {
                let Some(c2) = hex4(b, end + 2) else {
                    return Err(DecodeError::Syntax("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&c2) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (c2 - 0xdc00));
                    j = end + 6;
                }
            }
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    // CPython keeps the lone surrogate and goes on; a UTF-8
                    // string cannot, so the first one is reported once the
                    // whole document has parsed without a syntax error.
                    lone.get_or_insert(backslash);
                    out.push('\u{fffd}');
                }
            }
        }
        chunk = j;
    }
}

/// Matches a number at `start` (CPython's `_match_number_unicode`).
fn scan_number<S: Sink>(s: &str, start: usize, sink: &mut S) -> DResult<(S::V, usize), S::E> {
    let b = s.as_bytes();
    let n = b.len();
    let digit = |i: usize| i < n && b[i].is_ascii_digit();
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
        if i >= n {
            return Err(DecodeError::Syntax("Expecting value", start));
        }
    }
    match b.get(i) {
        Some(b'1'..=b'9') => {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        Some(b'0') => i += 1,
        _ => return Err(DecodeError::Syntax("Expecting value", start)),
    }
    let mut is_float = false;
    if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        is_float = true;
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
        let e_start = i;
        i += 1;
        if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        while digit(i) {
            i += 1;
        }
        if b[i - 1].is_ascii_digit() {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    let text = s.get(start..i).unwrap_or("0");
    sink.number(text, is_float)
        .map(|v| (v, i))
        .map_err(sink_err)
}

enum Open {
    Array(usize),
    Object(usize),
}

enum Next {
    Value,
    Key,
    After,
}

/// `JSONDecoder.raw_decode`: one value starting at `start`; returns it and
/// the index after it. Iterative, so nesting depth is bounded only by the
/// sink's `enter`.
pub fn raw_decode<S: Sink>(
    s: &str,
    start: usize,
    strict: bool,
    sink: &mut S,
) -> DResult<(S::V, usize), S::E> {
    let (v, end, lone) = scan_value(s, start, strict, sink)?;
    match lone {
        Some(pos) => Err(DecodeError::LoneSurrogate(pos)),
        None => Ok((v, end)),
    }
}

/// `raw_decode`, also returning where the first lone surrogate escape was.
fn scan_value<S: Sink>(
    s: &str,
    start: usize,
    strict: bool,
    sink: &mut S,
) -> DResult<(S::V, usize, Option<usize>), S::E> {
    let mut lone: Option<usize> = None;
    let b = s.as_bytes();
    let n = b.len();
    let mut stack: Vec<Open> = Vec::new();
    let mut vals: Vec<S::V> = Vec::new();
    let mut i = start;
    let mut next = Next::Value;
    let result = loop {
        match next {
            Next::Value => {
                if i >= n {
                    break Err(DecodeError::Syntax("Expecting value", i));
                }
                let rest = &b[i..];
                let parsed = match b[i] {
                    b'"' => scan_string(s, i, strict, false, sink, &mut lone),
                    b'{' | b'[' => {
                        let is_obj = b[i] == b'{';
                        if let Err(e) = sink.enter(is_obj) {
                            break Err(sink_err(e));
                        }
                        let close = if is_obj { b'}' } else { b']' };
                        let j = skip_ws(b, i + 1);
                        if j < n && b[j] == close {
                            sink.leave();
                            let v = if is_obj {
                                sink.object(&[])
                            } else {
                                sink.array(&[])
                            };
                            v.map(|v| (v, j + 1)).map_err(sink_err)
                        } else {
                            i = j;
                            if is_obj {
                                stack.push(Open::Object(vals.len()));
                                next = Next::Key;
                            } else {
                                stack.push(Open::Array(vals.len()));
                            }
                            continue;
                        }
                    }
                    b'n' if rest.starts_with(b"null") => {
                        sink.null().map(|v| (v, i + 4)).map_err(sink_err)
                    }
                    b't' if rest.starts_with(b"true") => {
                        sink.boolean(true).map(|v| (v, i + 4)).map_err(sink_err)
                    }
                    b'f' if rest.starts_with(b"false") => {
                        sink.boolean(false).map(|v| (v, i + 5)).map_err(sink_err)
                    }
                    b'N' if rest.starts_with(b"NaN") => {
                        sink.constant("NaN").map(|v| (v, i + 3)).map_err(sink_err)
                    }
                    b'I' if rest.starts_with(b"Infinity") => sink
                        .constant("Infinity")
                        .map(|v| (v, i + 8))
                        .map_err(sink_err),
                    b'-' if rest.starts_with(b"-Infinity") => sink
                        .constant("-Infinity")
                        .map(|v| (v, i + 9))
                        .map_err(sink_err),
                    _ => scan_number(s, i, sink),
                };
                match parsed {
                    Ok((v, j)) => {
                        vals.push(v);
                        i = j;
                        next = Next::After;
                    }
                    Err(e) => break Err(e),
                }
            }
            Next::Key => {
                if i >= n || b[i] != b'"' {
                    break Err(DecodeError::Syntax(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                match scan_string(s, i, strict, true, sink, &mut lone) {
                    Ok((k, j)) => {
                        vals.push(k);
                        i = skip_ws(b, j);
                    }
                    Err(e) => break Err(e),
                }
                if i >= n || b[i] != b':' {
                    break Err(DecodeError::Syntax("Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                next = Next::Value;
            }
            Next::After => {
                let Some(top) = stack.last() else {
                    break match vals.pop() {
                        Some(v) => Ok((v, i, lone)),
                        None => Err(DecodeError::Syntax("Expecting value", i)),
                    };
                };
                let (is_obj, from) = match *top {
                    Open::Array(f) => (false, f),
                    Open::Object(f) => (true, f),
                };
                i = skip_ws(b, i);
                let close = if is_obj { b'}' } else { b']' };
                if i < n && b[i] == close {
                    sink.leave();
                    let items = vals.get(from..).unwrap_or(&[]);
                    let v = if is_obj {
                        sink.object(items)
                    } else {
                        sink.array(items)
                    };
                    match v {
                        Ok(v) => {
                            vals.truncate(from);
                            vals.push(v);
                            stack.pop();
                            i += 1;
                        }
                        Err(e) => {
                            stack.pop();
                            break Err(sink_err(e));
                        }
                    }
                    continue;
                }
                if i >= n || b[i] != b',' {
                    break Err(DecodeError::Syntax("Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                next = if is_obj { Next::Key } else { Next::Value };
            }
        }
    };
    for _ in 0..stack.len() {
        sink.leave();
    }
    result
}

/// `json.loads(s)` on text: the whole document must be one value, with
/// only whitespace around it.
pub fn decode<S: Sink>(s: &str, strict: bool, sink: &mut S) -> DResult<S::V, S::E> {
    if s.starts_with('\u{feff}') {
        return Err(DecodeError::Syntax(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    let b = s.as_bytes();
    let start = skip_ws(b, 0);
    let (v, end, lone) = scan_value(s, start, strict, sink)?;
    let end = skip_ws(b, end);
    if end != b.len() {
        return Err(DecodeError::Syntax("Extra data", end));
    }
    match lone {
        Some(pos) => Err(DecodeError::LoneSurrogate(pos)),
        None => Ok(v),
    }
}

/// CPython's `JSONDecodeError` text for an error at byte offset `pos`:
/// `msg: line L column C (char P)`, counted in code points.
pub fn error_position(doc: &str, pos: usize) -> (usize, usize, usize) {
    let prefix = doc.get(..pos).unwrap_or(doc);
    let chars = prefix.chars().count();
    let lineno = prefix.bytes().filter(|&c| c == b'\n').count() + 1;
    let colno = match prefix.rfind('\n') {
        Some(nl) => prefix.get(nl + 1..).map_or(0, |t| t.chars().count()) + 1,
        None => chars + 1,
    };
    (chars, lineno, colno)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u16(out: &mut String, u: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xf) as usize] as char);
    }
}

/// `encode_basestring(_ascii)`.
pub fn encode_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let plain = if ensure_ascii {
            (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\'
        } else {
            c >= 0x20 && c != b'"' && c != b'\\'
        };
        if plain {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ if c < 0x80 => push_u16(out, c as u32),
            _ => {
                let ch = s
                    .get(i..)
                    .and_then(|t| t.chars().next())
                    .unwrap_or('\u{fffd}');
                let cp = ch as u32;
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    push_u16(out, 0xd800 | (v >> 10));
                    push_u16(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_u16(out, cp);
                }
                i += ch.len_utf8();
                run = i;
                continue;
            }
        }
        i += 1;
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out.push('"');
}
