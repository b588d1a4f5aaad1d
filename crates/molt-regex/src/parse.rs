//! Pattern text to syntax tree, with Python's `re` syntax and its error
//! messages and positions. The pattern is read as code points (bytes
//! patterns as Latin-1), so error positions are code-point indices.

use crate::{Error, Flags, MAXREPEAT};

/// Deepest group nesting accepted; CPython's recursive parser fails with
/// RecursionError a little below 500 levels; 100 groups (two steps each) keeps the native stack
/// small even in debug builds.
const MAX_DEPTH: usize = 200;
/// CPython's `MAXGROUPS` on 64-bit builds is far larger; groups are
/// bounded here so slot arrays stay small.
const MAXGROUPS: usize = 1 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    Set {
        negate: bool,
        items: Vec<SetItem>,
    },
    At(At),
    Group {
        index: Option<usize>,
        add: Flags,
        del: Flags,
        body: Vec<Node>,
    },
    Branch(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    Assert {
        behind: bool,
        neg: bool,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Cond {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// What a parse yields.
pub struct Parsed {
    pub body: Vec<Node>,
    pub flags: Flags,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub group_widths: Vec<(u64, u64)>,
}

/// Why parsing failed: `re.error`, or an exception of another type.
#[derive(Debug)]
pub enum ParseFail {
    Re(Error),
    Overflow(&'static str),
    Recursion,
    Value(String),
}

impl From<Error> for ParseFail {
    fn from(e: Error) -> Self {
        ParseFail::Re(e)
    }
}

type R<T> = Result<T, ParseFail>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Tok {
    pub(crate) c: u32,
    pub(crate) esc: bool,
}

impl Tok {
    pub(crate) fn len(self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    pub(crate) fn is(self, c: char) -> bool {
        !self.esc && self.c == c as u32
    }
    pub(crate) fn text(self) -> String {
        let ch = char::from_u32(self.c).unwrap_or('\u{fffd}');
        if self.esc {
            format!("\\{ch}")
        } else {
            ch.to_string()
        }
    }
}

/// Reads the pattern one token ahead, as CPython's tokenizer does: a
/// backslash and the character after it form one token.
pub(crate) struct Source<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    pub bytes: bool,
}

impl<'a> Source<'a> {
    pub(crate) fn new(s: &'a [u32], bytes: bool) -> R<Source<'a>> {
        let mut src = Source {
            s,
            index: 0,
            next: None,
            bytes,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> R<()> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&d) = self.s.get(self.index + 1) else {
                return Err(err("bad escape (end of pattern)", self.s.len() - 1).into());
            };
            self.next = Some(Tok { c: d, esc: true });
            self.index += 2;
        } else {
            self.next = Some(Tok { c, esc: false });
            self.index += 1;
        }
        Ok(())
    }

    pub(crate) fn peek(&self) -> Option<Tok> {
        self.next
    }

    fn peek_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    pub(crate) fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub(crate) fn matches(&mut self, c: char) -> R<bool> {
        if self.peek_is(c) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    pub(crate) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> R<()> {
        self.index = index;
        self.advance()
    }

    pub(crate) fn error(&self, msg: impl Into<String>, offset: usize) -> ParseFail {
        ParseFail::Re(err(msg, self.tell().saturating_sub(offset)))
    }

    /// Digits (plain tokens in `set`) up to `n` of them.
    fn getwhile(&mut self, n: usize, ok: fn(u32) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.esc && ok(t.c) => {
                    out.push(char::from_u32(t.c).unwrap_or('?'));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    pub(crate) fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(
                        format!("missing {term}, unterminated name"),
                        out.chars().count(),
                    ));
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    pub(crate) fn checkgroupname(&self, name: &str, offset: usize) -> R<()> {
        let ok = (name.is_ascii() || !self.bytes) && is_identifier(name);
        if !ok {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

pub(crate) fn err(msg: impl Into<String>, pos: usize) -> Error {
    Error {
        msg: msg.into(),
        pos: Some(pos),
    }
}

/// Python's `str.isidentifier` (ASCII rules plus Unicode letters).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// `repr()` of a str, as Python prints it in these messages.
pub(crate) fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

pub(crate) fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
pub(crate) fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
pub(crate) fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn flag_of(c: u32) -> Option<Flags> {
    Some(match char::from_u32(c)? {
        'i' => crate::IGNORECASE,
        'L' => crate::LOCALE,
        'm' => crate::MULTILINE,
        's' => crate::DOTALL,
        'x' => crate::VERBOSE,
        'a' => crate::ASCII,
        'u' => crate::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: Flags = crate::ASCII | crate::LOCALE | crate::UNICODE;

struct State {
    flags: Flags,
    names: Vec<(String, usize)>,
    /// Width of each group once closed (None while open); index 0 is the
    /// whole match.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    ref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn checkgroup(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }
    fn check_lookbehind_group(&self, g: usize, src: &Source) -> R<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
}

/// Parses `pattern` (code points) compiled with `flags`.
pub fn parse(pattern: &[u32], bytes: bool, flags: Flags) -> R<Parsed> {
    let mut src = Source::new(pattern, bytes)?;
    let mut st = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        ref_pos: Vec::new(),
    };
    let body = parse_sub(&mut src, &mut st, flags & crate::VERBOSE != 0, 0)?;
    let flags = fix_flags(bytes, st.flags)?;
    if src.peek().is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.ref_pos {
        if g >= st.groups() {
            return Err(err(format!("invalid group reference {g}"), pos).into());
        }
    }
    Ok(Parsed {
        body,
        flags,
        groups: st.groups(),
        names: st.names,
        group_widths: st.widths.iter().map(|w| w.unwrap_or((0, 0))).collect(),
    })
}

/// Checks the type flags against the pattern type and adds UNICODE to
/// str patterns, as CPython does.
pub fn fix_flags(bytes: bool, mut flags: Flags) -> R<Flags> {
    if !bytes {
        if flags & crate::LOCALE != 0 {
            return Err(ParseFail::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & crate::ASCII == 0 {
            flags |= crate::UNICODE;
        } else if flags & crate::UNICODE != 0 {
            return Err(ParseFail::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & crate::UNICODE != 0 {
            return Err(ParseFail::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & crate::LOCALE != 0 && flags & crate::ASCII != 0 {
            return Err(ParseFail::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

fn parse_sub(src: &mut Source, st: &mut State, mut verbose: bool, nested: usize) -> R<Vec<Node>> {
    if nested > MAX_DEPTH {
        return Err(ParseFail::Recursion);
    }
    let mut items: Vec<Vec<Node>> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, &mut verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = st.flags & crate::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse_seq(
    src: &mut Source,
    st: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> R<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.peek() {
        if this.is('|') || this.is(')') {
            break;
        }
        src.get()?;
        if *verbose && !this.esc {
            if matches!(this.c, 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d) {
                continue;
            }
            if this.c == '#' as u32 {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            seq.push(escape(src, st, this)?);
            continue;
        }
        let c = char::from_u32(this.c).unwrap_or('\0');
        match c {
            '[' => seq.push(parse_set(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max);
                if c == '?' {
                    (min, max) = (0, 1);
                } else if c == '*' {
                    (min, max) = (0, MAXREPEAT);
                } else if c == '+' {
                    (min, max) = (1, MAXREPEAT);
                } else {
                    if src.peek_is('}') {
                        seq.push(Node::Lit(this.c));
                        continue;
                    }
                    let lo = src.getwhile(usize::MAX, is_digit)?;
                    let hi = if src.matches(',')? {
                        src.getwhile(usize::MAX, is_digit)?
                    } else {
                        lo.clone()
                    };
                    if !src.matches('}')? {
                        seq.push(Node::Lit(this.c));
                        src.seek(here)?;
                        continue;
                    }
                    let num = |s: &str| -> R<u32> {
                        match s.parse::<u64>() {
                            Ok(n) if n < MAXREPEAT as u64 => Ok(n as u32),
                            _ => Err(ParseFail::Overflow("the repetition number is too large")),
                        }
                    };
                    let mn = if lo.is_empty() { 0 } else { num(&lo)? };
                    let mx = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                    if !hi.is_empty() && mx < mn {
                        return Err(
                            src.error("min repeat greater than max repeat", src.tell() - here)
                        );
                    }
                    (min, max) = (mn, mx);
                }
                let back = src.tell() - here + 1;
                match seq.last() {
                    None | Some(Node::At(_)) => {
                        return Err(src.error("nothing to repeat", back));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(src.error("multiple repeat", back));
                    }
                    _ => {}
                }
                let item = seq.pop().unwrap_or(Node::Any);
                let body = match item {
                    Node::Group {
                        index: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepKind::Lazy
                } else if src.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    body,
                });
            }
            '.' => seq.push(Node::Any),
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            '(' => {
                if let Some(n) = parse_paren(src, st, verbose, nested, first, seq.is_empty())? {
                    seq.push(n);
                }
            }
            _ => seq.push(Node::Lit(this.c)),
        }
    }
    Ok(seq)
}

/// A parenthesised construct after its `(`. `None` for comments and
/// global flags, which add nothing.
fn parse_paren(
    src: &mut Source,
    st: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq_empty: bool,
) -> R<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0, 0);
    if src.matches('?')? {
        let Some(ch) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        if ch.is('P') {
            if src.matches('<')? {
                let n = src.getuntil('>', "group name")?;
                src.checkgroupname(&n, 1)?;
                name = Some(n);
            } else if src.matches('=')? {
                let n = src.getuntil(')', "group name")?;
                src.checkgroupname(&n, 1)?;
                let len = n.chars().count();
                let Some(g) = st.group_named(&n) else {
                    return Err(src.error(format!("unknown group name {}", py_repr(&n)), len + 1));
                };
                if !st.checkgroup(g) {
                    return Err(src.error("cannot refer to an open group", len + 1));
                }
                st.check_lookbehind_group(g, src)?;
                return Ok(Some(Node::GroupRef(g)));
            } else {
                let Some(c2) = src.get()? else {
                    return Err(src.error("unexpected end of pattern", 0));
                };
                return Err(src.error(format!("unknown extension ?P{}", c2.text()), c2.len() + 2));
            }
        } else if ch.is(':') {
            capture = false;
        } else if ch.is('#') {
            loop {
                if src.peek().is_none() {
                    return Err(src.error("missing ), unterminated comment", src.tell() - start));
                }
                if src.get()?.is_some_and(|t| t.is(')')) {
                    return Ok(None);
                }
            }
        } else if ch.is('=') || ch.is('!') || ch.is('<') {
            let mut kind = ch;
            let mut behind = false;
            let mut saved_lb = None;
            if ch.is('<') {
                let Some(c2) = src.get()? else {
                    return Err(src.error("unexpected end of pattern", 0));
                };
                if !(c2.is('=') || c2.is('!')) {
                    return Err(
                        src.error(format!("unknown extension ?<{}", c2.text()), c2.len() + 2)
                    );
                }
                kind = c2;
                behind = true;
                saved_lb = Some(st.lookbehind_groups);
                if st.lookbehind_groups.is_none() {
                    st.lookbehind_groups = Some(st.groups());
                }
            }
            let body = parse_sub(src, st, *verbose, nested + 1)?;
            if let Some(None) = saved_lb {
                st.lookbehind_groups = None;
            }
            if !src.matches(')')? {
                return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
            }
            return Ok(Some(Node::Assert {
                behind,
                neg: kind.is('!'),
                body,
            }));
        } else if ch.is('(') {
            let cond = src.getuntil(')', "group name")?;
            let clen = cond.chars().count();
            let group = if is_identifier(&cond) {
                src.checkgroupname(&cond, 1)?;
                let Some(g) = st.group_named(&cond) else {
                    return Err(
                        src.error(format!("unknown group name {}", py_repr(&cond)), clen + 1)
                    );
                };
                g
            } else {
                let parsed = parse_py_int(&cond);
                let Some(g) = parsed else {
                    return Err(src.error(
                        format!("bad character in group name {}", py_repr(&cond)),
                        clen + 1,
                    ));
                };
                if g == 0 {
                    return Err(src.error("bad group number", clen + 1));
                }
                if g >= MAXGROUPS as u64 {
                    return Err(src.error(format!("invalid group reference {g}"), clen + 1));
                }
                let g = g as usize;
                if !st.ref_pos.iter().any(|&(x, _)| x == g) {
                    st.ref_pos.push((g, src.tell() - clen - 1));
                }
                g
            };
            st.check_lookbehind_group(group, src)?;
            let mut v = *verbose;
            let yes = parse_seq(src, st, &mut v, nested + 1, false)?;
            let no = if src.matches('|')? {
                let mut v = *verbose;
                let no = parse_seq(src, st, &mut v, nested + 1, false)?;
                if src.peek_is('|') {
                    return Err(src.error("conditional backref with more than two branches", 0));
                }
                Some(no)
            } else {
                None
            };
            if !src.matches(')')? {
                return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
            }
            return Ok(Some(Node::Cond { group, yes, no }));
        } else if ch.is('>') {
            capture = false;
            atomic = true;
        } else if !ch.esc && (flag_of(ch.c).is_some() || ch.c == '-' as u32) {
            match parse_flags(src, st, ch)? {
                None => {
                    if !first || !seq_empty {
                        return Err(src.error(
                            "global flags not at the start of the expression",
                            src.tell() - start,
                        ));
                    }
                    *verbose = st.flags & crate::VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            }
        } else {
            return Err(src.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1));
        }
    }
    let index = if capture {
        let gid = st.groups();
        if gid >= MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(og) = st.group_named(n) {
                return Err(src.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {og}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            st.names.push((n.clone(), gid));
        }
        st.widths.push(None);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & crate::VERBOSE != 0) && del & crate::VERBOSE == 0;
    let body = parse_sub(src, st, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    if let Some(g) = index {
        let w = width(&body, &st.widths);
        st.widths[g] = Some(w);
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        index,
        add,
        del,
        body,
    }))
}

/// Python's `int(s)` for a group number: optional sign, digits, `_`
/// between digits, surrounding whitespace. Negative numbers are refused.
pub(crate) fn parse_py_int(s: &str) -> Option<u64> {
    let t = s.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut n: u64 = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(10)?;
        n = n.saturating_mul(10).saturating_add(d as u64);
    }
    Some(n)
}

fn parse_flags(src: &mut Source, st: &mut State, first: Tok) -> R<Option<(Flags, Flags)>> {
    let mut add: Flags = 0;
    let mut del: Flags = 0;
    let mut ch = first;
    if !ch.is('-') {
        loop {
            let flag = flag_of(ch.c).unwrap_or(0);
            if !src.bytes {
                if ch.is('L') {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if ch.is('u') {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(c) = src.get()? else {
                return Err(src.error("missing -, : or )", 0));
            };
            ch = c;
            if ch.is(')') || ch.is('-') || ch.is(':') {
                break;
            }
            if ch.esc || flag_of(ch.c).is_none() {
                let alpha = !ch.esc && char::from_u32(ch.c).is_some_and(|c| c.is_alphabetic());
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if ch.is(')') {
        st.flags |= add;
        return Ok(None);
    }
    if ch.is('-') {
        let Some(c) = src.get()? else {
            return Err(src.error("missing flag", 0));
        };
        ch = c;
        if ch.esc || flag_of(ch.c).is_none() {
            let alpha = !ch.esc && char::from_u32(ch.c).is_some_and(|c| c.is_alphabetic());
            let msg = if alpha {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, ch.len()));
        }
        loop {
            let flag = flag_of(ch.c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(c) = src.get()? else {
                return Err(src.error("missing :", 0));
            };
            ch = c;
            if ch.is(':') {
                break;
            }
            if ch.esc || flag_of(ch.c).is_none() {
                let alpha = !ch.esc && char::from_u32(ch.c).is_some_and(|c| c.is_alphabetic());
                let msg = if alpha { "unknown flag" } else { "missing :" };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

fn parse_set(src: &mut Source) -> R<Node> {
    let here = src.tell() - 1;
    let negate = src.matches('^')?;
    let mut items: Vec<SetItem> = Vec::new();
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set", src.tell() - here));
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(src, this)?
        } else {
            SetItem::Lit(this.c)
        };
        if src.matches('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set", src.tell() - here));
            };
            if that.is(']') {
                push_uniq(&mut items, code1);
                push_uniq(&mut items, SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.esc {
                class_escape(src, that)?
            } else {
                SetItem::Lit(that.c)
            };
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            let off = this.len() + 1 + that.len();
            match (code1, code2) {
                (SetItem::Lit(lo), SetItem::Lit(hi)) => {
                    if hi < lo {
                        return Err(src.error(msg(), off));
                    }
                    push_uniq(&mut items, SetItem::Range(lo, hi));
                }
                _ => return Err(src.error(msg(), off)),
            }
        } else {
            push_uniq(&mut items, code1);
        }
    }
    if items.len() == 1 {
        if let SetItem::Lit(c) = items[0] {
            return Ok(if negate {
                Node::NotLit(c)
            } else {
                Node::Lit(c)
            });
        }
    }
    Ok(Node::Set { negate, items })
}

fn push_uniq(items: &mut Vec<SetItem>, it: SetItem) {
    if !items.contains(&it) {
        items.push(it);
    }
}

fn category(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        'w' => Category::Word,
        'W' => Category::NotWord,
        's' => Category::Space,
        'S' => Category::NotSpace,
        _ => return None,
    })
}

pub(crate) fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

/// `\x..`, `\u....`, `\U........`: the value, or CPython's error.
fn hex_escape(src: &mut Source, tok: Tok) -> R<Option<u32>> {
    let n = match char::from_u32(tok.c) {
        Some('x') => 2,
        Some('u') if !src.bytes => 4,
        Some('U') if !src.bytes => 8,
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hex)?;
    let text = format!("{}{}", tok.text(), digits);
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {text}"), text.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if n == 8 && char::from_u32(v).is_none() && !(0xd800..0xe000).contains(&v) {
        return Err(src.error(format!("bad escape {text}"), text.len()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, tok: Tok) -> R<SetItem> {
    if let Some(c) = simple_escape(tok.c) {
        return Ok(SetItem::Lit(c));
    }
    if let Some(cat) = category(tok.c) {
        return Ok(SetItem::Cat(cat));
    }
    if let Some(v) = hex_escape(src, tok)? {
        return Ok(SetItem::Lit(v));
    }
    if is_oct(tok.c) {
        let more = src.getwhile(2, is_oct)?;
        let text = format!("{}{}", tok.text(), more);
        let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(src.error(
                format!("octal escape value {text} outside of range 0-0o377"),
                text.len(),
            ));
        }
        return Ok(SetItem::Lit(v));
    }
    if is_digit(tok.c) || is_ascii_letter(tok.c) {
        return Err(src.error(format!("bad escape {}", tok.text()), 2));
    }
    Ok(SetItem::Lit(tok.c))
}

fn escape(src: &mut Source, st: &mut State, tok: Tok) -> R<Node> {
    let c = char::from_u32(tok.c).unwrap_or('\0');
    match c {
        'A' => return Ok(Node::At(At::BeginningString)),
        'Z' => return Ok(Node::At(At::EndString)),
        'b' => return Ok(Node::At(At::Boundary)),
        'B' => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(cat) = category(tok.c) {
        return Ok(Node::Set {
            negate: false,
            items: vec![SetItem::Cat(cat)],
        });
    }
    if let Some(v) = simple_escape(tok.c) {
        return Ok(Node::Lit(v));
    }
    if let Some(v) = hex_escape(src, tok)? {
        return Ok(Node::Lit(v));
    }
    if c == '0' {
        let more = src.getwhile(2, is_oct)?;
        return Ok(Node::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if is_digit(tok.c) {
        let mut text = tok.text();
        if let Some(t) = src.peek().filter(|t| !t.esc && is_digit(t.c)) {
            src.get()?;
            text.push(char::from_u32(t.c).unwrap_or('0'));
            let b: Vec<u32> = text.chars().map(|c| c as u32).collect();
            let next_oct = src.peek().is_some_and(|t| !t.esc && is_oct(t.c));
            if is_oct(b[1]) && is_oct(b[2]) && next_oct {
                if let Some(t3) = src.get()? {
                    text.push(char::from_u32(t3.c).unwrap_or('0'));
                }
                let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(src.error(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        text.len(),
                    ));
                }
                return Ok(Node::Lit(v));
            }
        }
        let g: usize = text[1..].parse().unwrap_or(0);
        if g < st.groups() {
            if !st.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            st.check_lookbehind_group(g, src)?;
            return Ok(Node::GroupRef(g));
        }
        return Err(src.error(format!("invalid group reference {g}"), text.len() - 1));
    }
    if is_ascii_letter(tok.c) {
        return Err(src.error(format!("bad escape {}", tok.text()), 2));
    }
    Ok(Node::Lit(tok.c))
}

/// The (min, max) number of characters `seq` can match, saturated.
pub fn width(seq: &[Node], groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    const MAXW: u64 = u64::MAX;
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in seq {
        let (a, b) = match n {
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => (1, 1),
            Node::At(_) | Node::Assert { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => width(body, groups),
            Node::Branch(alts) => {
                let mut a = MAXW;
                let mut b = 0;
                for alt in alts {
                    let (x, y) = width(alt, groups);
                    a = a.min(x);
                    b = b.max(y);
                }
                (a, b)
            }
            Node::Repeat { min, max, body, .. } => {
                let (x, y) = width(body, groups);
                let b = if *max == MAXREPEAT {
                    if y == 0 {
                        0
                    } else {
                        MAXW
                    }
                } else {
                    y.saturating_mul(*max as u64)
                };
                (x.saturating_mul(*min as u64), b)
            }
            Node::GroupRef(g) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::Cond { yes, no, .. } => {
                let (x, y) = width(yes, groups);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, groups);
                        (x.min(l), y.max(h))
                    }
                    None => (0, y),
                }
            }
        };
        lo = lo.saturating_add(a);
        hi = hi.saturating_add(b);
    }
    (lo, hi)
}
