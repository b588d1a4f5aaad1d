//! `re`: Python's regular expressions on the `molt-regex` engine. This
//! file holds the module functions, the compile cache, flags and
//! `re.error`; `pattern.rs` and `matchobj.rs` the two classes.

mod flags;
mod matchobj;
mod pattern;
mod subject;

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::Args;
use crate::objects::native::NativeData;
use crate::objects::types::{self, AttrMap, Layout};
use crate::objects::{bytes, int, list, str as pystr, tuple};
use crate::protocol::type_name;
use crate::value::Value;
use molt_regex::{CompileError, Regex, Unicode};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    static ERROR: Cell<Value> = const { Cell::new(Value::NONE) };
    static PATTERN: Cell<Value> = const { Cell::new(Value::NONE) };
    static MATCH: Cell<Value> = const { Cell::new(Value::NONE) };
    /// Compiled patterns by (pattern type, text, flags); the values are
    /// also held by `CACHE_ROOT` (a permanent list) so they stay alive.
    static CACHE: RefCell<HashMap<CacheKey, Value>> = RefCell::new(HashMap::new());
    static CACHE_ROOT: Cell<Value> = const { Cell::new(Value::NONE) };
}

/// A cache key: bytes pattern?, the pattern's text, the flags.
type CacheKey = (bool, Vec<u8>, i64);

/// CPython's `_MAXCACHE`.
const MAX_CACHE: usize = 512;

pub(crate) fn pattern_class() -> Value {
    PATTERN.with(|c| c.get())
}
pub(crate) fn match_class() -> Value {
    MATCH.with(|c| c.get())
}

/// A compiled pattern's engine and a reusable scratch space.
pub struct PatData {
    pub re: Regex,
    cache: RefCell<Option<molt_regex::Cache>>,
}

impl NativeData for PatData {
    fn size(&self) -> usize {
        1024
    }
}

impl PatData {
    /// The scratch space (a fresh one when a nested call holds it).
    pub fn take_cache(&self) -> molt_regex::Cache {
        self.cache.borrow_mut().take().unwrap_or_default()
    }
    pub fn put_cache(&self, c: molt_regex::Cache) {
        *self.cache.borrow_mut() = Some(c);
    }
}

fn unicode() -> Unicode {
    use crate::objects::str_methods as sm;
    Unicode {
        alnum: sm::char_isalnum,
        decimal: sm::char_isdecimal,
        space: sm::char_isspace,
        ..Unicode::std()
    }
}

/// Raises `re.error(msg, pattern, pos)`.
pub(crate) fn raise_error(msg: &str, pattern: Value, pos: Option<usize>) -> exc::Raised {
    let roots = Roots::new();
    let mut full = msg.to_string();
    let (mut lineno, mut colno) = (Value::NONE, Value::NONE);
    if let Some(p) = pos {
        full = format!("{msg} at position {p}");
        let (text, newline): (Vec<u32>, u32) = if let Some(s) = pystr::as_str(pattern) {
            (s.chars().map(|c| c as u32).collect(), '\n' as u32)
        } else {
            (
                bytes::as_bytes(pattern)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&b| b as u32)
                    .collect(),
                10,
            )
        };
        let before = text.get(..p).unwrap_or(&text);
        let line = before.iter().filter(|&&c| c == newline).count() + 1;
        let col = match before.iter().rposition(|&c| c == newline) {
            Some(i) => p - i,
            None => p + 1,
        };
        if text.contains(&newline) {
            full = format!("{full} (line {line}, column {col})");
        }
        lineno = int::from_i64(line as i64);
        colno = int::from_i64(col as i64);
    }
    let arg = roots.push(pystr::from_string(full));
    let args = roots.push(tuple::new(vec![arg]));
    let cls = ERROR.with(|c| c.get());
    let e = roots.push(gc::alloc(Kind::Exception(Box::new(ExcObj::new(cls, args)))));
    if let Some(eo) = exc::as_exc(e) {
        let m = roots.push(pystr::new(msg));
        let mut a = eo.attrs.borrow_mut();
        a.set("msg", m);
        a.set("pattern", if pos.is_some() { pattern } else { Value::NONE });
        a.set("pos", pos.map_or(Value::NONE, |p| int::from_i64(p as i64)));
        a.set("lineno", lineno);
        a.set("colno", colno);
    }
    exc::raise(e)
}

fn flags_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => nc::int_arg(v),
    }
}

/// `re.compile(pattern, flags)`, through the cache.
pub(crate) fn compile_value(pattern: Value, flags: i64) -> PyResult {
    if types::isinstance(pattern, pattern_class()) {
        if flags != 0 {
            return Err(exc::value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern);
    }
    let (is_bytes, key_text, points): (bool, Vec<u8>, Vec<u32>) =
        if let Some(s) = pystr::as_str(pattern) {
            (
                false,
                s.as_bytes().to_vec(),
                s.chars().map(|c| c as u32).collect(),
            )
        } else if let Some(b) = bytes::as_bytes(pattern) {
            (true, b.to_vec(), b.iter().map(|&x| x as u32).collect())
        } else {
            return Err(exc::type_error(
                "first argument must be string or compiled pattern",
            ));
        };
    let key = (is_bytes, key_text, flags);
    if let Some(v) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return Ok(v);
    }
    let re = match Regex::new(&points, is_bytes, flags as u32, unicode()) {
        Ok(re) => re,
        Err(CompileError::Re(e)) => {
            return Err(raise_error(&e.msg, pattern, e.pos));
        }
        Err(CompileError::Overflow(m)) => return Err(exc::raise_new("OverflowError", m)),
        Err(CompileError::Recursion) => {
            return Err(exc::raise_new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ))
        }
        Err(CompileError::Value(m)) => return Err(exc::value_error(m)),
    };
    let roots = Roots::new();
    let data = PatData {
        re,
        cache: RefCell::new(None),
    };
    let inst = roots.push(nc::native_instance(pattern_class(), Box::new(data)));
    if let Some(s) = nc::state(inst) {
        s.borrow_mut().push(pattern);
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() < MAX_CACHE {
            c.insert(key, inst);
            if let Some(l) = list::as_list(CACHE_ROOT.with(|r| r.get())) {
                l.borrow_mut().push(inst);
            }
        }
    });
    Ok(inst)
}

fn compile(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "compile", &["pattern", "flags"], &[], 1)?;
    compile_value(b[0].unwrap_or(Value::NONE), flags_arg(b[1])?)
}

fn purge(_r: Value, args: Args) -> PyResult {
    args.check("purge", 0, 0, &[])?;
    CACHE.with(|c| c.borrow_mut().clear());
    if let Some(l) = list::as_list(CACHE_ROOT.with(|r| r.get())) {
        l.borrow_mut().clear();
    }
    Ok(Value::NONE)
}

/// `re.f(pattern, string, *rest, flags=0)` → `compile(pattern, flags).f(string, *rest)`.
fn via_pattern(
    args: &Args,
    fname: &str,
    names: &[&str],
    required: usize,
    method: &str,
) -> PyResult {
    let b = nc::bind(args, fname, names, &[], required)?;
    let flags = flags_arg(*b.last().unwrap_or(&None))?;
    let p = compile_value(b[0].unwrap_or(Value::NONE), flags)?;
    let roots = Roots::new();
    roots.push(p);
    let rest: Vec<Value> = b[1..b.len() - 1].iter().map_while(|v| *v).collect();
    nc::call_method_kw(p, method, &rest, &[])
}

fn search(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "search",
        &["pattern", "string", "flags"],
        2,
        "search",
    )
}
fn match_(_r: Value, args: Args) -> PyResult {
    via_pattern(&args, "match", &["pattern", "string", "flags"], 2, "match")
}
fn fullmatch(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "fullmatch",
        &["pattern", "string", "flags"],
        2,
        "fullmatch",
    )
}
fn findall(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "findall",
        &["pattern", "string", "flags"],
        2,
        "findall",
    )
}
fn finditer(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "finditer",
        &["pattern", "string", "flags"],
        2,
        "finditer",
    )
}
fn split(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "split",
        &["pattern", "string", "maxsplit", "flags"],
        2,
        "split",
    )
}
fn sub(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "sub",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        "sub",
    )
}
fn subn(_r: Value, args: Args) -> PyResult {
    via_pattern(
        &args,
        "subn",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        "subn",
    )
}

fn is_special(c: u32) -> bool {
    matches!(
        char::from_u32(c),
        Some(
            '(' | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '?'
                | '*'
                | '+'
                | '-'
                | '|'
                | '^'
                | '$'
                | '\\'
                | '.'
                | '&'
                | '~'
                | '#'
                | ' '
                | '\t'
                | '\n'
                | '\r'
                | '\x0b'
                | '\x0c'
        )
    )
}

fn escape(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "escape", &["pattern"], &[], 1)?;
    let v = b[0].unwrap_or(Value::NONE);
    if let Some(s) = pystr::as_str(v) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if is_special(c as u32) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(pystr::from_string(out));
    }
    if let Some(bs) = bytes::as_bytes(v) {
        let mut out = Vec::with_capacity(bs.len());
        for &c in bs {
            if is_special(c as u32) {
                out.push(b'\\');
            }
            out.push(c);
        }
        return Ok(bytes::new(out));
    }
    Err(exc::type_error(format!(
        "decoding to str: need a bytes-like object, {} found",
        type_name(v)
    )))
}

pub fn init(attrs: &mut AttrMap) {
    let base = types::exc_type("Exception").unwrap_or(Value::NONE);
    let err =
        types::new_type("error", "re", vec![base], Layout::Exception, true).unwrap_or(Value::NONE);
    ERROR.with(|c| c.set(err));
    let root = gc::alloc_permanent(Kind::List(RefCell::new(Vec::new())));
    CACHE_ROOT.with(|c| c.set(root));
    let p = pattern::make_class();
    PATTERN.with(|c| c.set(p));
    let m = matchobj::make_class();
    MATCH.with(|c| c.set(m));
    attrs.set("error", err);
    attrs.set("Pattern", p);
    attrs.set("Match", m);
    flags::init(attrs);
    super::add_fn(attrs, "compile", compile);
    super::add_fn(attrs, "search", search);
    super::add_fn(attrs, "match", match_);
    super::add_fn(attrs, "fullmatch", fullmatch);
    super::add_fn(attrs, "findall", findall);
    super::add_fn(attrs, "finditer", finditer);
    super::add_fn(attrs, "split", split);
    super::add_fn(attrs, "sub", sub);
    super::add_fn(attrs, "subn", subn);
    super::add_fn(attrs, "escape", escape);
    super::add_fn(attrs, "purge", purge);
}

/// The names of the flags set in `flags`, as a Pattern's repr shows them.
pub(crate) fn flags_repr(flags: i64) -> String {
    const NAMES: &[(&str, i64)] = &[
        ("TEMPLATE", 1),
        ("IGNORECASE", 2),
        ("LOCALE", 4),
        ("MULTILINE", 8),
        ("DOTALL", 16),
        ("UNICODE", 32),
        ("VERBOSE", 64),
        ("DEBUG", 128),
        ("ASCII", 256),
    ];
    let mut parts = Vec::new();
    let mut left = flags;
    for &(n, v) in NAMES {
        if flags & v != 0 {
            parts.push(format!("re.{n}"));
            left &= !v;
        }
    }
    if left != 0 {
        parts.push(format!("0x{left:x}"));
    }
    parts.join("|")
}
