//! `json`: `dumps`/`loads`/`dump`/`load` with CPython 3.11's output and
//! error messages.
//!
//! Decoding is split in two: `decode` is a pure, iterative parser over
//! UTF-8 text (no object model, no recursion, never panics; fuzzed by
//! `fuzz/fuzz_targets/json_loads.rs`) that follows CPython's C scanner
//! (`_json.c`) step by step, so errors carry the same messages and
//! positions; it hands every value it recognises to a `Sink`. The module's
//! sink builds Python objects. Positions are byte offsets inside the
//! parser and are turned into CPython's character positions only when an
//! error is reported.
//!
//! Encoding follows `json.encoder`: the C encoder's messages when `indent`
//! is None (as `dumps` uses it), the Python encoder's otherwise.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::frames::DepthGuard;
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, Layout, ModuleObj};
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub use scan::{decode, encode_string, error_position, raw_decode, DecodeError, Sink};

/// The pure parser and string encoder (no object model), a file of its own
/// so the fuzz target can compile it alone.
#[path = "json_scan.rs"]
pub mod scan;

// ---------------------------------------------------------------------------
// The Python-object sink.

#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

struct PySink {
    memo: HashMap<Box<str>, Value, BuildHasherDefault<Fx>>,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    /// Present when a hook can run Python code (and so a collection):
    /// every value made is rooted until decoding ends.
    roots: Option<Roots>,
    guards: Vec<DepthGuard>,
}

impl PySink {
    fn keep(&self, v: Value) -> Value {
        if let Some(r) = &self.roots {
            r.push(v);
        }
        v
    }

    fn call_hook(&self, f: Value, text: &str) -> PyResult {
        let s = pystr::new(text);
        self.keep(s);
        let v = protocol::call1(f, s)?;
        Ok(self.keep(v))
    }
}

impl Sink for PySink {
    type V = Value;
    type E = exc::Raised;

    fn null(&mut self) -> PyResult {
        Ok(Value::NONE)
    }

    fn boolean(&mut self, b: bool) -> PyResult {
        Ok(Value::bool(b))
    }

    fn string(&mut self, s: &str) -> PyResult {
        Ok(self.keep(pystr::new(s)))
    }

    fn key(&mut self, s: &str) -> PyResult {
        if let Some(&v) = self.memo.get(s) {
            return Ok(v);
        }
        let v = self.keep(pystr::new(s));
        self.memo.insert(s.into(), v);
        Ok(v)
    }

    fn number(&mut self, text: &str, is_float: bool) -> PyResult {
        if is_float {
            if !self.parse_float.is_none() {
                return self.call_hook(self.parse_float, text);
            }
            let f = text.parse::<f64>().unwrap_or(f64::NAN);
            return Ok(Value::float(f));
        }
        if !self.parse_int.is_none() {
            return self.call_hook(self.parse_int, text);
        }
        if text.len() <= 15 {
            if let Ok(i) = text.parse::<i64>() {
                return Ok(int::from_i64(i));
            }
        }
        let b =
            crate::format::parse_int(text, 10).map_err(crate::builtins::formatting::fmt_error)?;
        Ok(self.keep(int::from_bigint(b)))
    }

    fn constant(&mut self, name: &'static str) -> PyResult {
        if !self.parse_constant.is_none() {
            return self.call_hook(self.parse_constant, name);
        }
        Ok(Value::float(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    fn enter(&mut self, is_object: bool) -> PyResult<()> {
        let g = DepthGuard::enter(if is_object {
            " while decoding a JSON object from a unicode string"
        } else {
            " while decoding a JSON array from a unicode string"
        })?;
        self.guards.push(g);
        Ok(())
    }

    fn leave(&mut self) {
        self.guards.pop();
    }

    fn array(&mut self, items: &[Value]) -> PyResult {
        Ok(self.keep(list::new(items.to_vec())))
    }

    fn object(&mut self, kv: &[Value]) -> PyResult {
        if !self.pairs_hook.is_none() {
            let mut pairs = Vec::with_capacity(kv.len() / 2);
            for p in kv.chunks_exact(2) {
                pairs.push(self.keep(tuple::new(p.to_vec())));
            }
            let l = self.keep(list::new(pairs));
            let v = protocol::call1(self.pairs_hook, l)?;
            return Ok(self.keep(v));
        }
        let d = self.keep(dict::with_capacity(kv.len() / 2));
        if let Some(dd) = dict::as_dict(d) {
            for p in kv.chunks_exact(2) {
                dict::set(dd, p[0], p[1])?;
            }
        }
        if !self.object_hook.is_none() {
            let v = protocol::call1(self.object_hook, d)?;
            return Ok(self.keep(v));
        }
        Ok(d)
    }
}

// ---------------------------------------------------------------------------
// The module.

thread_local! {
    /// JSONDecodeError.
    static DECODE_ERROR: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn decode_error_class() -> Value {
    DECODE_ERROR.with(|c| c.get())
}

/// Raises `JSONDecodeError(msg, doc, pos)` with `pos` a byte offset in `doc`.
fn raise_decode_error(msg: &str, doc: Value, pos: usize) -> exc::Raised {
    let text = pystr::as_str(doc).unwrap_or("");
    let (chars, lineno, colno) = error_position(text, pos);
    let full = format!("{msg}: line {lineno} column {colno} (char {chars})");
    let roots = Roots::new();
    let arg = roots.push(pystr::from_string(full));
    let args = roots.push(tuple::new(vec![arg]));
    let e = gc::alloc(Kind::Exception(Box::new(ExcObj::new(
        decode_error_class(),
        args,
    ))));
    roots.push(e);
    if let Some(eo) = exc::as_exc(e) {
        let mut a = eo.attrs.borrow_mut();
        a.set("msg", roots.push(pystr::new(msg)));
        a.set("doc", doc);
        a.set("pos", int::from_i64(chars as i64));
        a.set("lineno", int::from_i64(lineno as i64));
        a.set("colno", int::from_i64(colno as i64));
    }
    exc::raise(e)
}

const LOADS_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

fn loads_value(doc: Value, b: &[Option<Value>]) -> PyResult {
    let roots = Roots::new();
    let doc = match doc.obj().map(|o| &o.kind) {
        Some(Kind::Str(_)) => doc,
        Some(Kind::Bytes(bytes)) => {
            let enc = detect_encoding(bytes);
            let (doc, enc) = if enc == "utf-8-sig" {
                let rest = bytes.get(3..).unwrap_or(&[]).to_vec();
                (roots.push(crate::objects::bytes::new(rest)), "utf-8")
            } else {
                (doc, enc)
            };
            let e = roots.push(pystr::new(enc));
            let s = nc::call_method_kw(doc, "decode", &[e], &[])?;
            roots.push(s)
        }
        _ => {
            return Err(exc::type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                type_name(doc)
            )))
        }
    };
    let get = |i: usize| b.get(i).copied().flatten().unwrap_or(Value::NONE);
    if !get(0).is_none() {
        return Err(exc::type_error(
            "json.loads(): the cls argument is not supported by Molt",
        ));
    }
    let mut parse_float = get(2);
    if parse_float == nc::builtin("float") {
        parse_float = Value::NONE;
    }
    let mut parse_int = get(3);
    if parse_int == nc::builtin("int") {
        parse_int = Value::NONE;
    }
    let strict = match b.get(6).copied().flatten() {
        Some(v) => protocol::truthy(v)?,
        None => true,
    };
    let mut sink = PySink {
        memo: HashMap::default(),
        object_hook: get(1),
        pairs_hook: get(5),
        parse_float,
        parse_int,
        parse_constant: get(4),
        roots: None,
        guards: Vec::new(),
    };
    let hooks = [
        sink.object_hook,
        sink.pairs_hook,
        sink.parse_float,
        sink.parse_int,
        sink.parse_constant,
    ];
    if hooks.iter().any(|h| !h.is_none()) {
        roots.extend(&hooks);
        sink.roots = Some(Roots::new());
    }
    let text = pystr::as_str(doc).unwrap_or("");
    let r = decode(text, strict, &mut sink);
    drop(sink);
    match r {
        Ok(v) => Ok(v),
        Err(DecodeError::Sink(e)) => Err(e),
        Err(DecodeError::Syntax(msg, pos)) => Err(raise_decode_error(msg, doc, pos)),
        Err(DecodeError::LoneSurrogate(pos)) => {
            let (chars, _, _) = error_position(text, pos);
            Err(exc::value_error(format!(
                "json: a lone surrogate \\u escape (char {chars}) is not supported by Molt (its strings are UTF-8)"
            )))
        }
    }
}

/// `json.detect_encoding`.
fn detect_encoding(b: &[u8]) -> &'static str {
    if b.starts_with(&[0, 0, 0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe, 0, 0]) {
        return "utf-32";
    }
    if b.starts_with(&[0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe]) {
        return "utf-16";
    }
    if b.starts_with(&[0xef, 0xbb, 0xbf]) {
        return "utf-8-sig";
    }
    if b.len() >= 4 {
        if b[0] == 0 {
            return if b[1] != 0 { "utf-16-be" } else { "utf-32-be" };
        }
        if b[1] == 0 {
            return if b[2] != 0 || b[3] != 0 {
                "utf-16-le"
            } else {
                "utf-32-le"
            };
        }
    } else if b.len() == 2 {
        if b[0] == 0 {
            return "utf-16-be";
        }
        if b[1] == 0 {
            return "utf-16-le";
        }
    }
    "utf-8"
}

fn loads(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "loads", &["s"], LOADS_KW, 1)?;
    let doc = b[0].unwrap_or(Value::NONE);
    loads_value(doc, &b[1..])
}

fn load(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "load", &["fp"], LOADS_KW, 1)?;
    let fp = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let doc = roots.push(nc::call_method_kw(fp, "read", &[], &[])?);
    loads_value(doc, &b[1..])
}

// ---------------------------------------------------------------------------
// The encoder.

pub(super) struct Encoder {
    out: String,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Value,
    /// The C encoder's behaviour (`dumps` without indent).
    c_mode: bool,
    markers: std::collections::HashSet<u64>,
}

fn int_text(v: Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    match int::big_ref(v) {
        Some(b) => crate::format::int_to_decimal(b).map_err(crate::builtins::formatting::fmt_error),
        None => Ok(int::to_i64(v).unwrap_or(0).to_string()),
    }
}

impl Encoder {
    /// The text encoded so far.
    pub(super) fn into_text(self) -> String {
        self.out
    }

    fn float_text(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::format::float_repr(f));
        }
        let (text, repr) = if f.is_nan() {
            ("NaN", "nan")
        } else if f > 0.0 {
            ("Infinity", "inf")
        } else {
            ("-Infinity", "-inf")
        };
        if !self.allow_nan {
            return Err(exc::value_error(if self.c_mode {
                "Out of range float values are not JSON compliant".to_string()
            } else {
                format!("Out of range float values are not JSON compliant: {repr}")
            }));
        }
        Ok(text.to_string())
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn mark(&mut self, v: Value) -> PyResult<()> {
        if self.check_circular && !self.markers.insert(v.0) {
            return Err(exc::value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn unmark(&mut self, v: Value) {
        if self.check_circular {
            self.markers.remove(&v.0);
        }
    }

    pub(super) fn encode(&mut self, v: Value, level: usize) -> PyResult<()> {
        if v.is_none() {
            self.out.push_str("null");
            return Ok(());
        }
        if let Some(b) = v.as_bool() {
            self.out.push_str(if b { "true" } else { "false" });
            return Ok(());
        }
        if let Some(i) = v.as_small_int() {
            self.out.push_str(itoa(i, &mut [0u8; 24]));
            return Ok(());
        }
        if let Some(f) = v.as_float() {
            let t = self.float_text(f)?;
            self.out.push_str(&t);
            return Ok(());
        }
        match v.obj().map(|o| &o.kind) {
            Some(Kind::Str(s)) => {
                encode_string(&mut self.out, s.as_str(), self.ensure_ascii);
                Ok(())
            }
            Some(Kind::Int(_)) => {
                let t = int_text(v)?;
                self.out.push_str(&t);
                Ok(())
            }
            Some(Kind::List(_)) | Some(Kind::Tuple(_)) => self.encode_list(v, level),
            Some(Kind::Dict(_)) => self.encode_dict(v, level),
            _ => self.encode_other(v, level),
        }
    }

    fn encode_other(&mut self, v: Value, level: usize) -> PyResult<()> {
        let _g = self.guard()?;
        self.mark(v)?;
        let roots = Roots::new();
        let r = if self.default.is_none() {
            Err(exc::type_error(format!(
                "Object of type {} is not JSON serializable",
                type_name(v)
            )))
        } else {
            protocol::call1(self.default, v)
        };
        let r = roots.push(r?);
        self.encode(r, level)?;
        self.unmark(v);
        Ok(())
    }

    fn guard(&self) -> PyResult<DepthGuard> {
        DepthGuard::enter(if self.c_mode {
            " while encoding a JSON object"
        } else {
            ""
        })
    }

    fn encode_list(&mut self, v: Value, level: usize) -> PyResult<()> {
        let items: Vec<Value> = match v.obj().map(|o| &o.kind) {
            Some(Kind::List(l)) => l.borrow().clone(),
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let _g = self.guard()?;
        self.mark(v)?;
        let roots = Roots::new();
        if !self.default.is_none() {
            roots.extend(&items);
        }
        self.out.push('[');
        self.newline(level + 1);
        for (k, &it) in items.iter().enumerate() {
            if k > 0 {
                self.out.push_str(&self.item_sep);
                self.newline(level + 1);
            }
            self.encode(it, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.unmark(v);
        Ok(())
    }

    fn key_text(&self, k: Value) -> PyResult<Option<String>> {
        if let Some(s) = pystr::as_str(k) {
            return Ok(Some(s.to_string()));
        }
        if let Some(f) = k.as_float() {
            return self.float_text(f).map(Some);
        }
        if let Some(b) = k.as_bool() {
            return Ok(Some((if b { "true" } else { "false" }).to_string()));
        }
        if k.is_none() {
            return Ok(Some("null".to_string()));
        }
        if int::is_int(k) {
            return int_text(k).map(Some);
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(exc::type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            type_name(k)
        )))
    }

    fn encode_dict(&mut self, v: Value, level: usize) -> PyResult<()> {
        let Some(d) = dict::as_dict(v) else {
            return Ok(());
        };
        let mut items = dict::items(d)?;
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let _g = self.guard()?;
        self.mark(v)?;
        let roots = Roots::new();
        if !self.default.is_none() || self.sort_keys {
            for (k, x) in &items {
                roots.push(*k);
                roots.push(*x);
            }
        }
        if self.sort_keys {
            items = sort_items(items)?;
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, x) in items {
            let Some(key) = self.key_text(k)? else {
                continue;
            };
            if first {
                first = false;
            } else {
                self.out.push_str(&self.item_sep);
                self.newline(level + 1);
            }
            encode_string(&mut self.out, &key, self.ensure_ascii);
            self.out.push_str(&self.key_sep);
            self.encode(x, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.unmark(v);
        Ok(())
    }
}

fn itoa(mut i: i64, buf: &mut [u8; 24]) -> &str {
    let neg = i < 0;
    let mut p = buf.len();
    loop {
        let d = (i % 10).unsigned_abs() as u8;
        p -= 1;
        buf[p] = b'0' + d;
        i /= 10;
        if i == 0 {
            break;
        }
    }
    if neg {
        p -= 1;
        buf[p] = b'-';
    }
    std::str::from_utf8(&buf[p..]).unwrap_or("0")
}

/// `sorted(d.items())`: by key (keys of a dict are distinct), stable.
fn sort_items(items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if items.iter().all(|(k, _)| pystr::as_str(*k).is_some()) {
        let mut items = items;
        items.sort_by(|a, b| pystr::as_str(a.0).cmp(&pystr::as_str(b.0)));
        return Ok(items);
    }
    let keys: Vec<Value> = items.iter().map(|(k, _)| *k).collect();
    let sorted = crate::builtins::methods::sort_values(keys, Value::NONE, false)?;
    let mut out = Vec::with_capacity(items.len());
    for k in sorted {
        if let Some(&(_, v)) = items.iter().find(|(kk, _)| *kk == k) {
            out.push((k, v));
        }
    }
    Ok(out)
}

pub(super) const DUMPS_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

/// Binds `dumps`/`dump` arguments: the positional ones, then the options
/// in `DUMPS_KW` order.
fn bind_dumps(args: &Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let cls_given = args.kw().any(|(k, v)| k == "cls" && !v.is_none());
    // Without `cls`, unknown keywords go to JSONEncoder(**kw), which
    // rejects them; with it, they go to that class.
    if !cls_given {
        for (k, _) in args.kw() {
            if !names.contains(&k) && !DUMPS_KW.contains(&k) {
                return Err(exc::type_error(format!(
                    "JSONEncoder.__init__() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let known: Vec<Value> = args.values.to_vec();
    let mut kwnames = Vec::new();
    let mut values = args.pos().to_vec();
    for (i, &n) in args.kwnames.iter().enumerate() {
        let k = pystr::as_str(n).unwrap_or("");
        if names.contains(&k) || DUMPS_KW.contains(&k) {
            kwnames.push(n);
            values.push(known[args.pos().len() + i]);
        }
    }
    let filtered = Args {
        values: &values,
        kwnames: &kwnames,
    };
    nc::bind(&filtered, fname, names, DUMPS_KW, names.len())
}

/// `cls(**options, **extra)` for `dumps(obj, cls=...)`: options as given
/// (CPython passes all of them, with its defaults), extra keywords as is.
fn custom_encoder(args: &Args, names: &[&str], cls: Value) -> PyResult {
    let mut kw: Vec<(&str, Value)> = Vec::new();
    let defaults = [
        Value::FALSE,
        Value::TRUE,
        Value::TRUE,
        Value::TRUE,
        Value::NONE,
        Value::NONE,
        Value::NONE,
        Value::NONE,
        Value::FALSE,
    ];
    for (i, &name) in DUMPS_KW.iter().enumerate() {
        if name == "cls" {
            continue;
        }
        let given = args.kw().find(|(k, _)| *k == name).map(|(_, v)| v);
        kw.push((name, given.unwrap_or(defaults[i])));
    }
    for (k, v) in args.kw() {
        if !names.contains(&k) && !DUMPS_KW.contains(&k) {
            kw.push((k, v));
        }
    }
    nc::call_kw(cls, &[], &kw)
}

/// An encoder from options in `DUMPS_KW` order (`cls` is ignored here).
pub(super) fn encoder_from_options(b: &[Option<Value>], one_shot: bool) -> PyResult<Encoder> {
    let get = |i: usize| b.get(i).copied().flatten();
    let flag = |i: usize, d: bool| -> PyResult<bool> {
        match get(i) {
            Some(v) => protocol::truthy(v),
            None => Ok(d),
        }
    };
    let indent = match get(5) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            if let Some(s) = pystr::as_str(v) {
                Some(s.to_string())
            } else if int::is_int(v) && !v.is_float() {
                let n = int::to_i64(v).unwrap_or(0).max(0) as usize;
                Some(" ".repeat(n))
            } else {
                return Err(exc::type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(v)
                )));
            }
        }
    };
    let (item_sep, key_sep) = match get(6) {
        Some(v) if !v.is_none() => {
            let parts = protocol::collect(v)?;
            if parts.len() != 2 {
                return Err(exc::value_error(format!(
                    "{} values to unpack (expected 2{})",
                    if parts.len() > 2 {
                        "too many"
                    } else {
                        "not enough"
                    },
                    if parts.len() > 2 {
                        String::new()
                    } else {
                        format!(", got {}", parts.len())
                    }
                )));
            }
            let s0 = pystr::as_str(parts[0])
                .ok_or_else(|| exc::type_error("separators must be strings"))?;
            let s1 = pystr::as_str(parts[1])
                .ok_or_else(|| exc::type_error("separators must be strings"))?;
            (s0.to_string(), s1.to_string())
        }
        _ => {
            if indent.is_some() {
                (",".to_string(), ": ".to_string())
            } else {
                (", ".to_string(), ": ".to_string())
            }
        }
    };
    Ok(Encoder {
        out: String::new(),
        c_mode: one_shot && indent.is_none(),
        indent,
        item_sep,
        key_sep,
        skipkeys: flag(0, false)?,
        ensure_ascii: flag(1, true)?,
        check_circular: flag(2, true)?,
        allow_nan: flag(3, true)?,
        default: get(7).unwrap_or(Value::NONE),
        sort_keys: flag(8, false)?,
        markers: Default::default(),
    })
}

fn make_encoder(
    args: &Args,
    fname: &str,
    names: &[&str],
    one_shot: bool,
) -> PyResult<(Encoder, Vec<Value>)> {
    let b = bind_dumps(args, fname, names)?;
    let np = names.len();
    let enc = encoder_from_options(&b[np..], one_shot)?;
    let pos: Vec<Value> = b[..np].iter().map(|v| v.unwrap_or(Value::NONE)).collect();
    Ok((enc, pos))
}

/// The `cls` argument of `dumps`/`dump`, when given.
fn encoder_class(args: &Args) -> Option<Value> {
    args.kw()
        .find(|(k, v)| *k == "cls" && !v.is_none())
        .map(|(_, v)| v)
}

fn dumps(_r: Value, args: Args) -> PyResult {
    if let Some(cls) = encoder_class(&args) {
        let b = bind_dumps(&args, "dumps", &["obj"])?;
        let roots = Roots::new();
        let enc = roots.push(custom_encoder(&args, &["obj"], cls)?);
        return nc::call_method_kw(enc, "encode", &[b[0].unwrap_or(Value::NONE)], &[]);
    }
    let (mut enc, pos) = make_encoder(&args, "dumps", &["obj"], true)?;
    let obj = pos[0];
    if let Some(s) = pystr::as_str(obj) {
        encode_string(&mut enc.out, s, enc.ensure_ascii);
    } else {
        enc.encode(obj, 0)?;
    }
    Ok(pystr::from_string(enc.out))
}

fn dump(_r: Value, args: Args) -> PyResult {
    let roots = Roots::new();
    if let Some(cls) = encoder_class(&args) {
        let b = bind_dumps(&args, "dump", &["obj", "fp"])?;
        let enc = roots.push(custom_encoder(&args, &["obj", "fp"], cls)?);
        let obj = b[0].unwrap_or(Value::NONE);
        let s = roots.push(nc::call_method_kw(enc, "encode", &[obj], &[])?);
        nc::call_method_kw(b[1].unwrap_or(Value::NONE), "write", &[s], &[])?;
        return Ok(Value::NONE);
    }
    let (mut enc, pos) = make_encoder(&args, "dump", &["obj", "fp"], false)?;
    enc.encode(pos[0], 0)?;
    let s = roots.push(pystr::from_string(enc.out));
    nc::call_method_kw(pos[1], "write", &[s], &[])?;
    Ok(Value::NONE)
}

pub fn init(attrs: &mut AttrMap) {
    let value_error = types::exc_type("ValueError").unwrap_or(Value::NONE);
    let cls = types::new_type(
        "JSONDecodeError",
        "json.decoder",
        vec![value_error],
        Layout::Exception,
        true,
    )
    .unwrap_or(Value::NONE);
    DECODE_ERROR.with(|c| c.set(cls));
    super::add_fn(attrs, "dumps", dumps);
    super::add_fn(attrs, "dump", dump);
    super::add_fn(attrs, "loads", loads);
    super::add_fn(attrs, "load", load);
    attrs.set("JSONDecodeError", cls);
    attrs.set("JSONEncoder", super::json_encoder::new_class());
    let mut dattrs = AttrMap::default();
    dattrs.set("JSONDecodeError", cls);
    dattrs.set("__name__", gc::alloc_permanent_str("json.decoder"));
    let decoder = gc::alloc_permanent(Kind::Module(Box::new(ModuleObj {
        name: "json.decoder".to_string(),
        attrs: RefCell::new(dattrs),
        globals: None,
    })));
    attrs.set("decoder", decoder);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that builds nothing (checks the parser alone).
    struct Count(usize);

    impl Sink for Count {
        type V = ();
        type E = ();
        fn null(&mut self) -> Result<(), ()> {
            Ok(())
        }
        fn boolean(&mut self, _b: bool) -> Result<(), ()> {
            Ok(())
        }
        fn string(&mut self, _s: &str) -> Result<(), ()> {
            Ok(())
        }
        fn key(&mut self, _s: &str) -> Result<(), ()> {
            Ok(())
        }
        fn number(&mut self, _t: &str, _f: bool) -> Result<(), ()> {
            Ok(())
        }
        fn constant(&mut self, _n: &'static str) -> Result<(), ()> {
            Ok(())
        }
        fn enter(&mut self, _o: bool) -> Result<(), ()> {
            self.0 += 1;
            if self.0 > 100 {
                Err(())
            } else {
                Ok(())
            }
        }
        fn leave(&mut self) {
            self.0 -= 1;
        }
        fn array(&mut self, _i: &[()]) -> Result<(), ()> {
            Ok(())
        }
        fn object(&mut self, _kv: &[()]) -> Result<(), ()> {
            Ok(())
        }
    }

    fn err(s: &str) -> (String, usize, usize, usize) {
        match decode(s, true, &mut Count(0)) {
            Err(DecodeError::Syntax(m, p)) => {
                let (c, l, col) = error_position(s, p);
                (m.to_string(), l, col, c)
            }
            other => panic!("{s:?}: {other:?}"),
        }
    }

    #[test]
    fn errors_match_cpython() {
        // (input, message, line, column, char) from CPython 3.11.
        let cases: &[(&str, &str, usize, usize, usize)] = &[
            ("\"\\u12x4\"", "Invalid \\uXXXX escape", 1, 3, 2),
            ("\"\\u12", "Invalid \\uXXXX escape", 1, 3, 2),
            ("\"\\u1234", "Invalid \\uXXXX escape", 1, 3, 2),
            ("\"\\ud800\\u12x4\"", "Invalid \\uXXXX escape", 1, 9, 8),
            ("\"\\ud800\\u", "Invalid \\uXXXX escape", 1, 9, 8),
            ("\"\\q\"", "Invalid \\escape", 1, 2, 1),
            ("\"abc", "Unterminated string starting at", 1, 1, 0),
            ("\"a\\", "Unterminated string starting at", 1, 1, 0),
            ("\"a\u{1}\"", "Invalid control character at", 1, 3, 2),
            ("[1,]", "Expecting value", 1, 4, 3),
            (
                "{\"a\":1,}",
                "Expecting property name enclosed in double quotes",
                1,
                8,
                7,
            ),
            ("{\"a\" 1}", "Expecting ':' delimiter", 1, 6, 5),
            ("[1 2]", "Expecting ',' delimiter", 1, 4, 3),
            ("", "Expecting value", 1, 1, 0),
            ("  ", "Expecting value", 1, 3, 2),
            ("-", "Expecting value", 1, 1, 0),
            ("1.e5", "Extra data", 1, 2, 1),
            ("1e", "Extra data", 1, 2, 1),
            ("01", "Extra data", 1, 2, 1),
            ("1.5e+", "Extra data", 1, 4, 3),
            ("[[[", "Expecting value", 1, 4, 3),
            ("{\"a\"", "Expecting ':' delimiter", 1, 5, 4),
            ("[\"é\",\n  x]", "Expecting value", 2, 3, 8),
        ];
        for &(s, m, l, c, p) in cases {
            assert_eq!(err(s), (m.to_string(), l, c, p), "{s:?}");
        }
    }

    #[test]
    fn depth_is_bounded_by_the_sink() {
        let deep = "[".repeat(1_000_000);
        assert_eq!(
            decode(&deep, true, &mut Count(0)),
            Err(DecodeError::Sink(()))
        );
        assert!(decode(
            "[[{\"a\": [1, 2.5e3, -0, null, true]}]]",
            true,
            &mut Count(0)
        )
        .is_ok());
    }

    #[test]
    fn strings_encode_like_cpython() {
        let mut out = String::new();
        encode_string(&mut out, "a\"\\\n\u{7f}é😀\u{1}", true);
        assert_eq!(out, "\"a\\\"\\\\\\n\\u007f\\u00e9\\ud83d\\ude00\\u0001\"");
        out.clear();
        encode_string(&mut out, "a\u{7f}é😀\u{1}", false);
        assert_eq!(out, "\"a\u{7f}é😀\\u0001\"");
    }
}
