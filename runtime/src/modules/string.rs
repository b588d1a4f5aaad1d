//! `string`: the constants, `capwords`, and `Template` (`substitute`,
//! `safe_substitute`, `get_identifiers`, `is_valid`) with CPython's
//! placeholder rules and errors. A subclass may change `delimiter`; the
//! identifier rule is the default `(?a:[_a-z][_a-z0-9]*)` with IGNORECASE.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{dict, list, str as pystr};
use crate::protocol;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static TEMPLATE: Cell<Value> = const { Cell::new(Value::NONE) };
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\u{b}\u{c}";

fn capwords(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "capwords", &["s", "sep"], &[], 1)?;
    let s = b[0].unwrap_or(Value::NONE);
    let sep = b[1].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let parts = roots.push(crate::entry::call_method(
        s,
        "split",
        Args::positional(&[sep]),
    )?);
    let mut caps = Vec::new();
    for p in nc::list_items(parts) {
        let c = crate::entry::call_method(p, "capitalize", Args::positional(&[]))?;
        caps.push(roots.push(c));
    }
    let joiner = if sep.is_none() || !protocol::truthy(sep)? {
        roots.push(pystr::new(" "))
    } else {
        sep
    };
    let l = roots.push(list::new(caps));
    crate::entry::call_method(joiner, "join", Args::positional(&[l]))
}

/// One placeholder found in a template.
enum Piece<'a> {
    Text(&'a str),
    Escaped,
    /// A name, and the placeholder's own text (for `safe_substitute`).
    Name(&'a str, &'a str),
    /// An invalid placeholder at this byte offset (just after the delimiter).
    Invalid(usize),
}

fn ident_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.is_empty() || !(b[0].is_ascii_alphabetic() || b[0] == b'_') {
        return 0;
    }
    1 + b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count()
}

fn parse<'a>(t: &'a str, delim: &str) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    if delim.is_empty() {
        out.push(Piece::Text(t));
        return out;
    }
    while let Some(off) = t.get(i..).and_then(|r| r.find(delim)) {
        let at = i + off;
        let after = at + delim.len();
        let rest = t.get(after..).unwrap_or("");
        out.push(Piece::Text(t.get(text_start..at).unwrap_or("")));
        if rest.starts_with(delim) {
            out.push(Piece::Escaped);
            i = after + delim.len();
        } else if ident_len(rest) > 0 {
            let n = ident_len(rest);
            out.push(Piece::Name(&rest[..n], t.get(at..after + n).unwrap_or("")));
            i = after + n;
        } else if rest.starts_with('{')
            && ident_len(&rest[1..]) > 0
            && rest[1 + ident_len(&rest[1..])..].starts_with('}')
        {
            let n = ident_len(&rest[1..]);
            out.push(Piece::Name(
                &rest[1..1 + n],
                t.get(at..after + n + 2).unwrap_or(""),
            ));
            i = after + n + 2;
        } else {
            out.push(Piece::Invalid(after));
            i = after;
        }
        text_start = i;
    }
    out.push(Piece::Text(t.get(text_start..).unwrap_or("")));
    out
}

fn invalid_error(t: &str, i: usize) -> exc::Raised {
    // lines = template[:i].splitlines(keepends=True)
    let prefix = t.get(..i).unwrap_or(t);
    let (lineno, colno) = if prefix.is_empty() {
        (1, 1)
    } else {
        let lines = crate::modules::textwrap::split_lines(prefix);
        let before: usize = lines[..lines.len().saturating_sub(1)]
            .iter()
            .map(|l| l.chars().count())
            .sum();
        (lines.len(), prefix.chars().count() - before)
    };
    exc::value_error(format!(
        "Invalid placeholder in string: line {lineno}, col {colno}"
    ))
}

fn template_parts(r: Value) -> PyResult<(Value, &'static str, String)> {
    let t = crate::attr::getattr(r, "template")?;
    let ts = pystr::as_str(t).ok_or_else(|| exc::type_error("template must be a str"))?;
    let d = crate::attr::getattr(r, "delimiter")?;
    let ds = pystr::as_str(d).unwrap_or("$").to_string();
    Ok((t, ts, ds))
}

fn template_init(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "Template", &["template"], &[], 1)?;
    crate::attr::generic_setattr(r, "template", b[0].unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

fn substitute_impl(r: Value, args: Args, safe: bool) -> PyResult {
    let name = if safe {
        "safe_substitute"
    } else {
        "substitute"
    };
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(exc::type_error("Too many positional arguments"));
    }
    let roots = Roots::new();
    let kw = roots.push(dict::new());
    if let Some(d) = dict::as_dict(kw) {
        for (k, v) in args.kw() {
            let key = roots.push(pystr::new(k));
            dict::set(d, key, v)?;
        }
    }
    let has_kw = !args.kwnames.is_empty();
    let mapping = pos.first().copied();
    let (_t, ts, delim) = template_parts(r)?;
    let _ = name;
    let lookup = |n: &str| -> PyResult<Option<Value>> {
        let key = pystr::new(n);
        let roots = Roots::new();
        roots.push(key);
        if has_kw {
            if let Some(d) = dict::as_dict(kw) {
                if let Some(v) = dict::get(d, key)? {
                    return Ok(Some(v));
                }
            }
        }
        match mapping {
            Some(m) => match crate::attr::getitem(m, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if exc::pending_is("KeyError") {
                        if safe {
                            exc::take_pending();
                            return Ok(None);
                        }
                        if has_kw {
                            // ChainMap(kws, mapping) raises KeyError(key).
                            exc::take_pending();
                            let k = pystr::new(n);
                            return Err(exc::raise(exc::new_exc_with_args("KeyError", &[k])));
                        }
                    }
                    Err(e)
                }
            },
            None => {
                if safe {
                    return Ok(None);
                }
                Err(exc::raise(exc::new_exc_with_args("KeyError", &[key])))
            }
        }
    };
    let mut out = String::with_capacity(ts.len());
    for p in parse(ts, &delim) {
        match p {
            Piece::Text(s) => out.push_str(s),
            Piece::Escaped => out.push_str(&delim),
            Piece::Name(n, whole) => match lookup(n)? {
                Some(v) => {
                    roots.push(v);
                    out.push_str(&protocol::str_of(v)?);
                }
                None => out.push_str(whole),
            },
            Piece::Invalid(i) => {
                if !safe {
                    return Err(invalid_error(ts, i));
                }
                out.push_str(&delim);
            }
        }
    }
    Ok(pystr::from_string(out))
}

fn substitute(r: Value, args: Args) -> PyResult {
    substitute_impl(r, args, false)
}

fn safe_substitute(r: Value, args: Args) -> PyResult {
    substitute_impl(r, args, true)
}

fn get_identifiers(r: Value, args: Args) -> PyResult {
    args.check("get_identifiers", 0, 0, &[])?;
    let (_t, ts, delim) = template_parts(r)?;
    let mut names: Vec<&str> = Vec::new();
    for p in parse(ts, &delim) {
        if let Piece::Name(n, _) = p {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    let roots = Roots::new();
    let items: Vec<Value> = names.iter().map(|n| roots.push(pystr::new(n))).collect();
    Ok(list::new(items))
}

fn is_valid(r: Value, args: Args) -> PyResult {
    args.check("is_valid", 0, 0, &[])?;
    let (_t, ts, delim) = template_parts(r)?;
    Ok(Value::bool(
        !parse(ts, &delim)
            .iter()
            .any(|p| matches!(p, Piece::Invalid(_))),
    ))
}

/// `__new__`: a plain instance; runs this class's own `__init__` when a
/// subclass does not replace it (as native classes here do).
fn template_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![]));
    if nc::runs_native_init(cls) {
        template_init(obj, args)?;
    }
    Ok(obj)
}

pub fn init(attrs: &mut AttrMap) {
    let s = |t: &str| gc::alloc_permanent_str(t);
    attrs.set("ascii_lowercase", s(LOWER));
    attrs.set("ascii_uppercase", s(UPPER));
    attrs.set("ascii_letters", s(&format!("{LOWER}{UPPER}")));
    attrs.set("digits", s("0123456789"));
    attrs.set("hexdigits", s("0123456789abcdefABCDEF"));
    attrs.set("octdigits", s("01234567"));
    attrs.set("punctuation", s(PUNCT));
    attrs.set("whitespace", s(WHITESPACE));
    attrs.set(
        "printable",
        s(&format!("0123456789{LOWER}{UPPER}{PUNCT}{WHITESPACE}")),
    );
    super::add_fn(attrs, "capwords", capwords);
    let cls = nc::new_class(
        "Template",
        "string",
        None,
        &[
            ("__new__", template_new),
            ("__init__", template_init),
            ("substitute", substitute),
            ("safe_substitute", safe_substitute),
            ("get_identifiers", get_identifiers),
            ("is_valid", is_valid),
        ],
    );
    nc::set_class_attr(cls, "delimiter", s("$"));
    nc::set_class_attr(cls, "idpattern", s("(?a:[_a-z][_a-z0-9]*)"));
    nc::set_class_attr(cls, "braceidpattern", Value::NONE);
    TEMPLATE.with(|t| t.set(cls));
    attrs.set("Template", cls);
}
