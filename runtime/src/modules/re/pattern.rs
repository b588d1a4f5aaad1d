//! `re.Pattern`: matching methods, findall/finditer, sub/subn and split,
//! with CPython's rules for empty matches (a match right after an empty
//! one must not be empty at the same place).

use super::matchobj;
use super::subject::{PosMap, Subject};
use super::{flags_repr, pattern_class, PatData};
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{bytes, dict, int, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use molt_regex::template::{self, Piece, TemplateError};
use molt_regex::{Anchor, Cache, NONE};
use std::cell::Cell;

fn data(r: Value, method: &str) -> PyResult<&'static PatData> {
    nc::native_receiver::<PatData>(r, pattern_class(), method)
}

fn pattern_value(r: Value) -> Value {
    nc::state(r).map_or(Value::NONE, |s| nc::get(s, 1))
}

/// One operation of a pattern over one subject.
pub(crate) struct Run {
    pub inst: Value,
    pub pd: &'static PatData,
    pub string: Value,
    pub subj: Subject,
    pub pm: PosMap,
    pub cache: Cache,
    pub start: usize,
    pub end: usize,
    pub pos_c: usize,
    pub end_c: usize,
}

impl Run {
    fn new(
        inst: Value,
        method: &str,
        string: Value,
        pos: Option<Value>,
        endpos: Option<Value>,
    ) -> PyResult<Run> {
        let pd = data(inst, method)?;
        let subj = Subject::for_pattern(string, pd.re.bytes)?;
        let len = subj.len as i64;
        let clamp = |v: Option<Value>, d: i64| -> PyResult<usize> {
            let x = match v {
                Some(v) => nc::int_arg(v)?,
                None => d,
            };
            Ok(x.clamp(0, len) as usize)
        };
        let pos_c = clamp(pos, 0)?;
        let end_c = clamp(endpos, len)?;
        let mut pm = subj.positions();
        // Defaults need no scan of a non-ASCII subject.
        let start = if pos_c == 0 { 0 } else { pm.byte_index(pos_c) };
        let end = if end_c == subj.len {
            subj.text.len()
        } else {
            pm.byte_index(end_c)
        };
        Ok(Run {
            inst,
            pd,
            string,
            subj,
            pm,
            cache: pd.take_cache(),
            start,
            end,
            pos_c,
            end_c,
        })
    }

    fn exec(&mut self, at: usize, anchor: Option<Anchor>, not_empty: bool) -> bool {
        if at > self.end || self.pos_c > self.end_c {
            return false;
        }
        self.pd.re.exec(
            self.subj.text,
            at,
            self.end,
            anchor,
            not_empty,
            &mut self.cache,
        )
    }

    fn span(&self, g: usize) -> (usize, usize) {
        let r = &self.cache.regs;
        (
            r.get(2 * g).copied().unwrap_or(NONE),
            r.get(2 * g + 1).copied().unwrap_or(NONE),
        )
    }

    /// Group `g` of the last match as a value (`default` when unmatched).
    fn group(&self, g: usize, default: Value) -> Value {
        let (s, e) = self.span(g);
        if s == NONE || e == NONE {
            default
        } else {
            self.subj.slice(s, e)
        }
    }

    fn make_match(&mut self) -> Value {
        let groups = self.pd.re.groups;
        let mut b = Vec::with_capacity(4 * groups);
        for g in 0..groups {
            let (s, e) = self.span(g);
            b.push(s);
            b.push(e);
        }
        let last = self.pd.re.lastindex(&self.cache);
        matchobj::new(
            self.inst,
            self.string,
            &self.subj,
            &mut self.pm,
            b,
            last,
            self.pos_c,
            self.end_c,
        )
    }

    fn empty(&self) -> Value {
        self.subj.slice(0, 0)
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        self.pd.put_cache(std::mem::take(&mut self.cache));
    }
}

fn matching(r: Value, args: Args, name: &str, anchor: Option<Anchor>) -> PyResult {
    // The common call, `p.search(s)`, skips the general binding.
    let mut run = match (args.kwnames.is_empty(), args.pos()) {
        (true, &[string]) => Run::new(r, name, string, None, None)?,
        _ => {
            let b = nc::bind(&args, name, &["string", "pos", "endpos"], &[], 1)?;
            Run::new(r, name, b[0].unwrap_or(Value::NONE), b[1], b[2])?
        }
    };
    if run.exec(run.start, anchor, false) {
        Ok(run.make_match())
    } else {
        Ok(Value::NONE)
    }
}

fn p_match(r: Value, args: Args) -> PyResult {
    matching(r, args, "match", Some(Anchor::Start))
}
fn p_fullmatch(r: Value, args: Args) -> PyResult {
    matching(r, args, "fullmatch", Some(Anchor::Full))
}
fn p_search(r: Value, args: Args) -> PyResult {
    matching(r, args, "search", None)
}

fn findall(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "findall", &["string", "pos", "endpos"], &[], 1)?;
    let mut run = Run::new(r, "findall", b[0].unwrap_or(Value::NONE), b[1], b[2])?;
    let roots = Roots::new();
    let out = roots.push(list::new(Vec::new()));
    let ngroups = run.pd.re.groups - 1;
    let mut at = run.start;
    let mut not_empty = false;
    while at <= run.end {
        if !run.exec(at, None, not_empty) {
            break;
        }
        let item = match ngroups {
            0 => run.group(0, Value::NONE),
            1 => run.group(1, run.empty()),
            n => {
                let r2 = Roots::new();
                let mut items = Vec::with_capacity(n);
                for g in 1..=n {
                    let e = run.empty();
                    items.push(r2.push(run.group(g, e)));
                }
                tuple::new(items)
            }
        };
        if let Some(l) = list::as_list(out) {
            l.borrow_mut().push(item);
        }
        let (s, e) = run.span(0);
        not_empty = s == e;
        at = e;
    }
    Ok(out)
}

/// The iterator `finditer` returns: where the next search starts, with
/// the run's bounds and the position map's cursor kept between calls.
struct Scanner {
    at: Cell<usize>,
    not_empty: Cell<bool>,
    done: Cell<bool>,
    start: usize,
    end: usize,
    pos_c: usize,
    end_c: usize,
    cursor: Cell<(usize, usize)>,
}

impl crate::objects::native::NativeData for Scanner {}

thread_local! {
    static SCANNER: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn finditer(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "finditer", &["string", "pos", "endpos"], &[], 1)?;
    let string = b[0].unwrap_or(Value::NONE);
    let run = Run::new(r, "finditer", string, b[1], b[2])?;
    let sc = Scanner {
        at: Cell::new(run.start),
        not_empty: Cell::new(false),
        done: Cell::new(false),
        start: run.start,
        end: run.end,
        pos_c: run.pos_c,
        end_c: run.end_c,
        cursor: Cell::new(run.pm.cursor()),
    };
    drop(run);
    let roots = Roots::new();
    let it = roots.push(nc::native_instance(SCANNER.with(|c| c.get()), Box::new(sc)));
    if let Some(s) = nc::state(it) {
        s.borrow_mut().push(r);
        s.borrow_mut().push(string);
    }
    Ok(it)
}

fn scanner_next(r: Value, _args: Args) -> PyResult {
    let cls = SCANNER.with(|c| c.get());
    let sc = nc::native_receiver::<Scanner>(r, cls, "__next__")?;
    if sc.done.get() {
        return Err(nc::stop());
    }
    let Some(st) = nc::state(r) else {
        return Err(nc::stop());
    };
    let (inst, string) = (nc::get(st, 1), nc::get(st, 2));
    let pd = data(inst, "finditer")?;
    let subj = Subject::for_pattern(string, pd.re.bytes)?;
    let mut pm = subj.positions();
    pm.set_cursor(sc.cursor.get());
    let mut run = Run {
        inst,
        pd,
        string,
        subj,
        pm,
        cache: pd.take_cache(),
        start: sc.start,
        end: sc.end,
        pos_c: sc.pos_c,
        end_c: sc.end_c,
    };
    let at = sc.at.get();
    if at > run.end || !run.exec(at, None, sc.not_empty.get()) {
        sc.done.set(true);
        return Err(nc::stop());
    }
    let (s, e) = run.span(0);
    sc.not_empty.set(s == e);
    sc.at.set(e);
    let m = run.make_match();
    sc.cursor.set(run.pm.cursor());
    Ok(m)
}

/// What `sub` puts in place of each match.
enum Repl {
    Template(Vec<Piece>),
    Func(Value),
}

fn parse_repl(run: &Run, repl: Value) -> PyResult<Repl> {
    if crate::builtins::functions::is_callable(repl) {
        return Ok(Repl::Func(repl));
    }
    let (points, is_bytes): (Vec<u32>, bool) = if let Some(s) = pystr::as_str(repl) {
        (s.chars().map(|c| c as u32).collect(), false)
    } else if let Some(b) = bytes::as_bytes(repl) {
        (b.iter().map(|&c| c as u32).collect(), true)
    } else if run.subj.is_bytes {
        return Err(exc::type_error(format!(
            "expected a bytes-like object, {} found",
            protocol::type_name(repl)
        )));
    } else {
        return Err(exc::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            protocol::type_name(repl)
        )));
    };
    if is_bytes != run.subj.is_bytes {
        return Err(exc::type_error(if run.subj.is_bytes {
            "sequence item 0: expected a bytes-like object, str found"
        } else {
            "sequence item 0: expected str instance, bytes found"
        }));
    }
    let re = &run.pd.re;
    match template::parse(&points, is_bytes, re.groups - 1, &re.names) {
        Ok(t) => Ok(Repl::Template(t)),
        Err(TemplateError::Re(e)) => Err(super::raise_error(&e.msg, repl, e.pos)),
        Err(TemplateError::Index(m)) => Err(exc::raise_new("IndexError", &m)),
    }
}

fn push_point(out: &mut Vec<u8>, c: u32, is_bytes: bool) {
    if is_bytes {
        out.push(c as u8);
    } else {
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
}

/// Expands `pieces` for the groups at `spans` into `out`.
pub(crate) fn expand_into(
    out: &mut Vec<u8>,
    pieces: &[Piece],
    text: &[u8],
    spans: &dyn Fn(usize) -> (usize, usize),
    is_bytes: bool,
) {
    for p in pieces {
        match p {
            Piece::Lit(l) => {
                for &c in l {
                    push_point(out, c, is_bytes);
                }
            }
            Piece::Group(g) => {
                let (s, e) = spans(*g);
                if s != NONE && e != NONE {
                    if let Some(t) = text.get(s..e) {
                        out.extend_from_slice(t);
                    }
                }
            }
        }
    }
}

fn subx(r: Value, args: Args, name: &str, with_count: bool) -> PyResult {
    let b = nc::bind(&args, name, &["repl", "string", "count"], &[], 2)?;
    let repl = b[0].unwrap_or(Value::NONE);
    let count = match b[2] {
        Some(v) => nc::int_arg(v)?,
        None => 0,
    };
    let mut run = Run::new(r, name, b[1].unwrap_or(Value::NONE), None, None)?;
    let repl = parse_repl(&run, repl)?;
    let roots = Roots::new();
    roots.push(r);
    let text = run.subj.text;
    let is_bytes = run.subj.is_bytes;
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut last = 0usize;
    let mut at = 0usize;
    let mut n: i64 = 0;
    let mut pieces = 0usize;
    let mut not_empty = false;
    // A negative count replaces nothing, as in CPython.
    while count >= 0 && (count == 0 || n < count) && at <= run.end {
        if !run.exec(at, None, not_empty) {
            break;
        }
        let (s, e) = run.span(0);
        if last < s {
            out.extend_from_slice(&text[last..s]);
            pieces += 1;
        }
        match &repl {
            Repl::Template(t) => {
                let regs = &run.cache.regs;
                let spans = |g: usize| {
                    (
                        regs.get(2 * g).copied().unwrap_or(NONE),
                        regs.get(2 * g + 1).copied().unwrap_or(NONE),
                    )
                };
                expand_into(&mut out, t, text, &spans, is_bytes);
                pieces += 1;
            }
            Repl::Func(f) => {
                let m = roots.push(run.make_match());
                let v = protocol::call1(*f, m)?;
                if v != Value::NONE {
                    let piece = if is_bytes {
                        bytes::as_bytes(v)
                    } else {
                        pystr::as_str(v).map(|s| s.as_bytes())
                    };
                    match piece {
                        Some(p) => out.extend_from_slice(p),
                        None => {
                            return Err(exc::type_error(format!(
                                "sequence item {pieces}: expected {}, {} found",
                                if is_bytes {
                                    "a bytes-like object"
                                } else {
                                    "str instance"
                                },
                                protocol::type_name(v)
                            )))
                        }
                    }
                    pieces += 1;
                }
            }
        }
        last = e;
        n += 1;
        not_empty = s == e;
        at = e;
    }
    out.extend_from_slice(&text[last.min(text.len())..]);
    let result = if is_bytes {
        bytes::new(out)
    } else {
        pystr::from_string(String::from_utf8(out).unwrap_or_default())
    };
    if with_count {
        roots.push(result);
        Ok(tuple::new(vec![result, int::from_i64(n)]))
    } else {
        Ok(result)
    }
}

fn p_sub(r: Value, args: Args) -> PyResult {
    subx(r, args, "sub", false)
}
fn p_subn(r: Value, args: Args) -> PyResult {
    subx(r, args, "subn", true)
}

fn p_split(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "split", &["string", "maxsplit"], &[], 1)?;
    let maxsplit = match b[1] {
        Some(v) => nc::int_arg(v)?,
        None => 0,
    };
    let mut run = Run::new(r, "split", b[0].unwrap_or(Value::NONE), None, None)?;
    let roots = Roots::new();
    let out = roots.push(list::new(Vec::new()));
    let push = |v: Value| {
        if let Some(l) = list::as_list(out) {
            l.borrow_mut().push(v);
        }
    };
    let ngroups = run.pd.re.groups;
    let mut last = 0usize;
    let mut at = 0usize;
    let mut n = 0i64;
    let mut not_empty = false;
    // A negative maxsplit splits nothing, as in CPython.
    while maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && at <= run.end {
        if !run.exec(at, None, not_empty) {
            break;
        }
        let (s, e) = run.span(0);
        push(run.subj.slice(last, s));
        for g in 1..ngroups {
            push(run.group(g, Value::NONE));
        }
        n += 1;
        not_empty = s == e;
        last = e;
        at = e;
    }
    push(run.subj.slice(last, run.subj.text.len()));
    Ok(out)
}

fn p_repr(r: Value, _args: Args) -> PyResult {
    let pd = data(r, "__repr__")?;
    let pat = pattern_value(r);
    let mut text = protocol::repr(pat)?;
    if text.chars().count() > 200 {
        text = text.chars().take(200).collect();
    }
    let mut flags = pd.re.flags as i64;
    if !pd.re.bytes && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    if flags == 0 {
        Ok(pystr::from_string(format!("re.compile({text})")))
    } else {
        Ok(pystr::from_string(format!(
            "re.compile({text}, {})",
            flags_repr(flags)
        )))
    }
}

fn p_eq(r: Value, args: Args) -> PyResult {
    let other = args.pos().first().copied().unwrap_or(Value::NONE);
    let a = data(r, "__eq__")?;
    let Some(bd) = nc::native_of::<PatData>(other, pattern_class()) else {
        return Ok(protocol::not_implemented());
    };
    if std::ptr::eq(a, bd) {
        return Ok(Value::TRUE);
    }
    let same = a.re.flags == bd.re.flags
        && a.re.bytes == bd.re.bytes
        && protocol::eq(pattern_value(r), pattern_value(other))?;
    Ok(Value::bool(same))
}

fn p_hash(r: Value, _args: Args) -> PyResult {
    let pd = data(r, "__hash__")?;
    let h = protocol::hash(pattern_value(r))? ^ (pd.re.flags as i64);
    Ok(int::from_i64(if h == -1 { -2 } else { h }))
}

fn p_copy(r: Value, _args: Args) -> PyResult {
    Ok(r)
}

fn prop_pattern(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    data(obj, "pattern")?;
    Ok(pattern_value(obj))
}
fn prop_flags(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(int::from_i64(data(obj, "flags")?.re.flags as i64))
}
fn prop_groups(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(int::from_i64(data(obj, "groups")?.re.groups as i64 - 1))
}
fn prop_groupindex(_r: Value, args: Args) -> PyResult {
    let obj = args.pos().first().copied().unwrap_or(Value::NONE);
    let pd = data(obj, "groupindex")?;
    let roots = Roots::new();
    let d = roots.push(dict::new());
    if let Some(dd) = dict::as_dict(d) {
        for (n, g) in &pd.re.names {
            let k = roots.push(pystr::new(n));
            dict::set(dd, k, int::from_i64(*g as i64))?;
        }
    }
    Ok(d)
}

pub(crate) fn make_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("match", p_match),
        ("search", p_search),
        ("fullmatch", p_fullmatch),
        ("findall", findall),
        ("finditer", finditer),
        ("sub", p_sub),
        ("subn", p_subn),
        ("split", p_split),
        ("__repr__", p_repr),
        ("__eq__", p_eq),
        ("__hash__", p_hash),
        ("__copy__", p_copy),
        ("__deepcopy__", p_copy),
    ];
    let cls = nc::new_class("Pattern", "re", None, methods);
    let props: &[(&'static str, NativeFn)] = &[
        ("pattern", prop_pattern),
        ("flags", prop_flags),
        ("groups", prop_groups),
        ("groupindex", prop_groupindex),
    ];
    for &(n, f) in props {
        nc::set_class_attr(cls, n, property(n, f));
    }
    let sc = nc::new_class(
        "callable_iterator",
        "builtins",
        None,
        &[("__next__", scanner_next), ("__iter__", nc::iter_self)],
    );
    SCANNER.with(|c| c.set(sc));
    cls
}

pub(crate) fn property(name: &'static str, f: NativeFn) -> Value {
    crate::gc::alloc_permanent(crate::object::Kind::Property {
        fget: crate::builtins::native(name, f),
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
    })
}
