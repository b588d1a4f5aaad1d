//! `re.Match`: the groups of one match, by number or name, their spans
//! in code points, and template expansion.

use super::pattern::{expand_into, property};
use super::subject::{PosMap, Subject};
use super::{match_class, pattern_class, PatData};
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::{bytes, dict, int, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use molt_regex::NONE;

/// Group spans as byte offsets (for slicing) and code-point indices (for
/// Python), `NONE` for groups that did not take part.
pub struct MatchData {
    /// `2 * groups` byte offsets, then the same spans in code points (one
    /// allocation per match).
    spans: Vec<usize>,
    last: Option<usize>,
    pos: usize,
    endpos: usize,
}

impl NativeData for MatchData {}

#[allow(clippy::too_many_arguments)]
pub(crate) fn new(
    pattern: Value,
    string: Value,
    _subj: &Subject,
    pm: &mut PosMap,
    bytes: Vec<usize>,
    last: Option<usize>,
    pos: usize,
    endpos: usize,
) -> Value {
    let n = bytes.len();
    let mut spans = bytes;
    spans.reserve_exact(n);
    for i in 0..n {
        let b = spans[i];
        spans.push(if b == NONE { NONE } else { pm.char_index(b) });
    }
    let md = MatchData {
        spans,
        last,
        pos,
        endpos,
    };
    let roots = Roots::new();
    let m = roots.push(nc::native_instance(match_class(), Box::new(md)));
    if let Some(s) = nc::state(m) {
        let mut s = s.borrow_mut();
        s.push(pattern);
        s.push(string);
    }
    m
}

struct M {
    md: &'static MatchData,
    pattern: Value,
    string: Value,
}

fn get(r: Value, method: &str) -> PyResult<M> {
    let md = nc::native_receiver::<MatchData>(r, match_class(), method)?;
    let s = nc::state(r).ok_or_else(|| exc::type_error("not a match"))?;
    Ok(M {
        md,
        pattern: nc::get(s, 1),
        string: nc::get(s, 2),
    })
}

impl M {
    fn pd(&self) -> Option<&'static PatData> {
        nc::native_of::<PatData>(self.pattern, pattern_class())
    }
    fn ngroups(&self) -> usize {
        self.md.spans.len() / 4
    }
    fn subj(&self) -> Subject {
        Subject::of(self.string).unwrap_or(Subject {
            text: &[],
            is_bytes: false,
            ascii: true,
            len: 0,
        })
    }
    fn index(&self, g: Value) -> PyResult<usize> {
        let bad = || exc::raise_new("IndexError", "no such group");
        if int::is_int(g) {
            return match int::to_i64(g) {
                Some(i) if i >= 0 && (i as usize) < self.ngroups() => Ok(i as usize),
                _ => Err(bad()),
            };
        }
        if let Some(name) = pystr::as_str(g) {
            if let Some(pd) = self.pd() {
                if let Some(&(_, i)) = pd.re.names.iter().find(|(n, _)| n == name) {
                    return Ok(i);
                }
            }
        }
        Err(bad())
    }
    fn group(&self, g: usize, default: Value) -> Value {
        let (s, e) = (self.md.spans[2 * g], self.md.spans[2 * g + 1]);
        if s == NONE || e == NONE {
            default
        } else {
            self.subj().slice(s, e)
        }
    }
    fn span(&self, g: usize) -> (i64, i64) {
        let n = self.md.spans.len() / 2;
        let (s, e) = (self.md.spans[n + 2 * g], self.md.spans[n + 2 * g + 1]);
        if s == NONE || e == NONE {
            (-1, -1)
        } else {
            (s as i64, e as i64)
        }
    }
}

fn m_group(r: Value, args: Args) -> PyResult {
    args.no_kw("group")?;
    let m = get(r, "group")?;
    let pos = args.pos();
    match pos.len() {
        0 => Ok(m.group(0, Value::NONE)),
        1 => Ok(m.group(m.index(pos[0])?, Value::NONE)),
        _ => {
            let roots = Roots::new();
            let mut items = Vec::with_capacity(pos.len());
            for &g in pos {
                let i = m.index(g)?;
                items.push(roots.push(m.group(i, Value::NONE)));
            }
            Ok(tuple::new(items))
        }
    }
}

fn m_getitem(r: Value, args: Args) -> PyResult {
    let g = args.check_one("__getitem__")?;
    let m = get(r, "__getitem__")?;
    Ok(m.group(m.index(g)?, Value::NONE))
}

fn m_groups(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "groups", &["default"], &[], 0)?;
    let default = b[0].unwrap_or(Value::NONE);
    let m = get(r, "groups")?;
    let roots = Roots::new();
    let mut items = Vec::new();
    for g in 1..m.ngroups() {
        items.push(roots.push(m.group(g, default)));
    }
    Ok(tuple::new(items))
}

fn m_groupdict(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "groupdict", &["default"], &[], 0)?;
    let default = b[0].unwrap_or(Value::NONE);
    let m = get(r, "groupdict")?;
    let roots = Roots::new();
    let d = roots.push(dict::new());
    if let (Some(pd), Some(dd)) = (m.pd(), dict::as_dict(d)) {
        for (n, g) in &pd.re.names {
            let k = roots.push(pystr::new(n));
            let v = roots.push(m.group(*g, default));
            dict::set(dd, k, v)?;
        }
    }
    Ok(d)
}

fn group_arg(m: &M, args: &Args, name: &str) -> PyResult<usize> {
    args.no_kw(name)?;
    match args.pos() {
        [] => Ok(0),
        [g] => m.index(*g),
        p => Err(exc::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            p.len()
        ))),
    }
}

fn m_start(r: Value, args: Args) -> PyResult {
    let m = get(r, "start")?;
    let g = group_arg(&m, &args, "start")?;
    Ok(int::from_i64(m.span(g).0))
}
fn m_end(r: Value, args: Args) -> PyResult {
    let m = get(r, "end")?;
    let g = group_arg(&m, &args, "end")?;
    Ok(int::from_i64(m.span(g).1))
}
fn m_span(r: Value, args: Args) -> PyResult {
    let m = get(r, "span")?;
    let g = group_arg(&m, &args, "span")?;
    let (s, e) = m.span(g);
    Ok(tuple::new(vec![int::from_i64(s), int::from_i64(e)]))
}

fn m_expand(r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "expand", &["template"], &[], 1)?;
    let t = b[0].unwrap_or(Value::NONE);
    let m = get(r, "expand")?;
    let subj = m.subj();
    let (points, is_bytes): (Vec<u32>, bool) = if let Some(s) = pystr::as_str(t) {
        (s.chars().map(|c| c as u32).collect(), false)
    } else if let Some(bs) = bytes::as_bytes(t) {
        (bs.iter().map(|&c| c as u32).collect(), true)
    } else {
        return Err(exc::type_error(format!(
            "expected str or bytes, got '{}'",
            protocol::type_name(t)
        )));
    };
    let Some(pd) = m.pd() else {
        return Ok(Value::NONE);
    };
    let pieces =
        match molt_regex::template::parse(&points, is_bytes, pd.re.groups - 1, &pd.re.names) {
            Ok(p) => p,
            Err(molt_regex::template::TemplateError::Re(e)) => {
                return Err(super::raise_error(&e.msg, t, e.pos))
            }
            Err(molt_regex::template::TemplateError::Index(msg)) => {
                return Err(exc::raise_new("IndexError", &msg))
            }
        };
    if is_bytes != subj.is_bytes {
        return Err(exc::type_error(if subj.is_bytes {
            "expected a bytes-like object, str found"
        } else {
            "expected str instance, bytes found"
        }));
    }
    let md = m.md;
    let spans = |g: usize| {
        (
            md.spans.get(2 * g).copied().unwrap_or(NONE),
            md.spans.get(2 * g + 1).copied().unwrap_or(NONE),
        )
    };
    let mut out = Vec::new();
    expand_into(&mut out, &pieces, subj.text, &spans, is_bytes);
    Ok(if is_bytes {
        bytes::new(out)
    } else {
        pystr::from_string(String::from_utf8(out).unwrap_or_default())
    })
}

fn m_repr(r: Value, _args: Args) -> PyResult {
    let m = get(r, "__repr__")?;
    let roots = Roots::new();
    let g0 = roots.push(m.group(0, Value::NONE));
    let (s, e) = m.span(0);
    // CPython formats the match with `%.50R`: its repr cut at 50 characters.
    let shown: String = protocol::repr(g0)?.chars().take(50).collect();
    Ok(pystr::from_string(format!(
        "<re.Match object; span=({s}, {e}), match={shown}>"
    )))
}

fn m_copy(r: Value, _args: Args) -> PyResult {
    Ok(r)
}

fn obj(args: &Args) -> Value {
    args.pos().first().copied().unwrap_or(Value::NONE)
}

fn p_string(_r: Value, args: Args) -> PyResult {
    Ok(get(obj(&args), "string")?.string)
}
fn p_re(_r: Value, args: Args) -> PyResult {
    Ok(get(obj(&args), "re")?.pattern)
}
fn p_pos(_r: Value, args: Args) -> PyResult {
    Ok(int::from_i64(get(obj(&args), "pos")?.md.pos as i64))
}
fn p_endpos(_r: Value, args: Args) -> PyResult {
    Ok(int::from_i64(get(obj(&args), "endpos")?.md.endpos as i64))
}
fn p_lastindex(_r: Value, args: Args) -> PyResult {
    let m = get(obj(&args), "lastindex")?;
    Ok(m.md.last.map_or(Value::NONE, |g| int::from_i64(g as i64)))
}
fn p_lastgroup(_r: Value, args: Args) -> PyResult {
    let m = get(obj(&args), "lastgroup")?;
    let (Some(g), Some(pd)) = (m.md.last, m.pd()) else {
        return Ok(Value::NONE);
    };
    Ok(match pd.re.names.iter().find(|&&(_, i)| i == g) {
        Some((n, _)) => pystr::new(n),
        None => Value::NONE,
    })
}
fn p_regs(_r: Value, args: Args) -> PyResult {
    let m = get(obj(&args), "regs")?;
    let roots = Roots::new();
    let mut items = Vec::new();
    for g in 0..m.ngroups() {
        let (s, e) = m.span(g);
        items.push(roots.push(tuple::new(vec![int::from_i64(s), int::from_i64(e)])));
    }
    Ok(tuple::new(items))
}

pub(crate) fn make_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("group", m_group),
        ("__getitem__", m_getitem),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("expand", m_expand),
        ("__repr__", m_repr),
        ("__copy__", m_copy),
        ("__deepcopy__", m_copy),
    ];
    let cls = nc::new_class("Match", "re", None, methods);
    let props: &[(&'static str, NativeFn)] = &[
        ("string", p_string),
        ("re", p_re),
        ("pos", p_pos),
        ("endpos", p_endpos),
        ("lastindex", p_lastindex),
        ("lastgroup", p_lastgroup),
        ("regs", p_regs),
    ];
    for &(n, f) in props {
        nc::set_class_attr(cls, n, property(n, f));
    }
    cls
}
