//! `textwrap`: `wrap`, `fill`, `shorten`, `dedent`, `indent` and
//! `TextWrapper`, with CPython's algorithm: the text is split into chunks
//! exactly as `TextWrapper.wordsep_re` (hyphenated words, em-dashes) or
//! `wordsep_simple_re` split it (the regular expressions are written out
//! as a scanner here), then `_wrap_chunks` fills lines.

use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::format::unicode::is_space;
use crate::gc::Roots;
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{int, list, str as pystr};
use crate::protocol;
use crate::value::Value;

const WS: &[char] = &['\t', '\n', '\u{b}', '\u{c}', '\r', ' '];

fn ws(c: char) -> bool {
    WS.contains(&c)
}

/// `\w`.
fn word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`.
fn letter(c: char) -> bool {
    word(c) && crate::format::unicode::decimal_value(c).is_none()
}

/// `[\w!"\'&.,?]`.
fn word_punct(c: char) -> bool {
    word(c) || "!\"'&.,?".contains(c)
}

/// `str.splitlines(keepends=True)`.
pub fn split_lines(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

#[derive(Clone)]
struct Opts {
    width: i64,
    initial_indent: String,
    subsequent_indent: String,
    expand_tabs: bool,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    break_on_hyphens: bool,
    tabsize: i64,
    max_lines: Option<i64>,
    placeholder: String,
}

impl Default for Opts {
    fn default() -> Self {
        Opts {
            width: 70,
            initial_indent: String::new(),
            subsequent_indent: String::new(),
            expand_tabs: true,
            replace_whitespace: true,
            fix_sentence_endings: false,
            break_long_words: true,
            drop_whitespace: true,
            break_on_hyphens: true,
            tabsize: 8,
            max_lines: None,
            placeholder: " [...]".to_string(),
        }
    }
}

const OPTS: &[&str] = &[
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];

impl Opts {
    fn set(&mut self, name: &str, v: Value) -> PyResult<()> {
        let text = |v: Value| -> PyResult<String> {
            pystr::as_str(v)
                .map(str::to_string)
                .ok_or_else(|| exc::type_error(format!("{name} must be a str")))
        };
        match name {
            "width" => self.width = nc::int_arg(v)?,
            "initial_indent" => self.initial_indent = text(v)?,
            "subsequent_indent" => self.subsequent_indent = text(v)?,
            "expand_tabs" => self.expand_tabs = protocol::truthy(v)?,
            "replace_whitespace" => self.replace_whitespace = protocol::truthy(v)?,
            "fix_sentence_endings" => self.fix_sentence_endings = protocol::truthy(v)?,
            "break_long_words" => self.break_long_words = protocol::truthy(v)?,
            "drop_whitespace" => self.drop_whitespace = protocol::truthy(v)?,
            "break_on_hyphens" => self.break_on_hyphens = protocol::truthy(v)?,
            "tabsize" => self.tabsize = nc::int_arg(v)?,
            "max_lines" => {
                self.max_lines = if v.is_none() {
                    None
                } else {
                    Some(nc::int_arg(v)?)
                }
            }
            "placeholder" => self.placeholder = text(v)?,
            _ => {
                return Err(exc::type_error(format!(
                    "TextWrapper.__init__() got an unexpected keyword argument '{name}'"
                )))
            }
        }
        Ok(())
    }

    /// Options from keyword arguments.
    fn from_kw(args: &Args, skip: &[&str]) -> PyResult<Opts> {
        let mut o = Opts::default();
        for (k, v) in args.kw() {
            if !skip.contains(&k) {
                o.set(k, v)?;
            }
        }
        Ok(o)
    }

    /// Options from a TextWrapper's attributes.
    fn from_obj(obj: Value) -> PyResult<Opts> {
        let mut o = Opts::default();
        for name in OPTS {
            let v = crate::attr::getattr(obj, name)?;
            o.set(name, v)?;
        }
        Ok(o)
    }
}

fn expand_tabs(s: &[char], tabsize: i64) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for &c in s {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn at(t: &[char], i: isize) -> Option<char> {
    if i < 0 {
        None
    } else {
        t.get(i as usize).copied()
    }
}

/// `-{2,}\w` at `i`.
fn emdash_ahead(t: &[char], i: usize) -> bool {
    let mut j = i;
    while j < t.len() && t[j] == '-' {
        j += 1;
    }
    j - i >= 2 && j < t.len() && word(t[j])
}

/// `wordsep_re.split(text)` without empty strings.
fn split_hyphens(t: &[char]) -> Vec<Vec<char>> {
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let start = i;
        if ws(t[i]) {
            while i < t.len() && ws(t[i]) {
                i += 1;
            }
        } else if t[i] == '-' && at(t, i as isize - 1).is_some_and(word_punct) && emdash_ahead(t, i)
        {
            while i < t.len() && t[i] == '-' {
                i += 1;
            }
        } else {
            let mut j = i + 1;
            loop {
                // hyphenated word: `-` then lookbehind and lookahead
                if j < t.len() && t[j] == '-' {
                    let jj = j as isize;
                    let behind = (at(t, jj - 2).is_some_and(letter)
                        && at(t, jj - 1).is_some_and(letter))
                        || (at(t, jj - 3).is_some_and(letter)
                            && at(t, jj - 2) == Some('-')
                            && at(t, jj - 1).is_some_and(letter));
                    let ahead = at(t, jj + 1).is_some_and(letter)
                        && (at(t, jj + 2).is_some_and(letter)
                            || (at(t, jj + 2) == Some('-') && at(t, jj + 3).is_some_and(letter)));
                    if behind && ahead {
                        j += 1;
                        break;
                    }
                }
                if j >= t.len() || ws(t[j]) {
                    break;
                }
                if at(t, j as isize - 1).is_some_and(word_punct) && emdash_ahead(t, j) {
                    break;
                }
                j += 1;
            }
            i = j;
        }
        chunks.push(t[start..i].to_vec());
    }
    chunks
}

fn split_simple(t: &[char]) -> Vec<Vec<char>> {
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let start = i;
        let w = ws(t[i]);
        while i < t.len() && ws(t[i]) == w {
            i += 1;
        }
        chunks.push(t[start..i].to_vec());
    }
    chunks
}

fn is_blank(c: &[char]) -> bool {
    c.iter().all(|&ch| is_space(ch))
}

fn handle_long_word(
    o: &Opts,
    chunks: &mut Vec<Vec<char>>,
    cur: &mut Vec<Vec<char>>,
    cur_len: i64,
    width: i64,
) {
    let space_left = if width < 1 { 1 } else { width - cur_len };
    if o.break_long_words {
        let Some(chunk) = chunks.last().cloned() else {
            return;
        };
        let mut end = space_left.max(0) as usize;
        if o.break_on_hyphens && chunk.len() as i64 > space_left {
            let lim = end.min(chunk.len());
            if let Some(h) = chunk[..lim].iter().rposition(|&c| c == '-') {
                if h > 0 && chunk[..h].iter().any(|&c| c != '-') {
                    end = h + 1;
                }
            }
        }
        let end = end.min(chunk.len());
        cur.push(chunk[..end].to_vec());
        if let Some(last) = chunks.last_mut() {
            *last = chunk[end..].to_vec();
        }
    } else if cur.is_empty() {
        if let Some(c) = chunks.pop() {
            cur.push(c);
        }
    }
}

fn wrap_text(o: &Opts, text: &str) -> PyResult<Vec<String>> {
    let mut t: Vec<char> = text.chars().collect();
    if o.expand_tabs {
        t = expand_tabs(&t, o.tabsize);
    }
    if o.replace_whitespace {
        for c in t.iter_mut() {
            if ws(*c) {
                *c = ' ';
            }
        }
    }
    let mut chunks = if o.break_on_hyphens {
        split_hyphens(&t)
    } else {
        split_simple(&t)
    };
    if o.fix_sentence_endings {
        let mut i = 0;
        while i + 1 < chunks.len() {
            let c = &chunks[i];
            let n = c.len();
            let ends = |k: usize| -> bool {
                // [a-z][\.\!\?][\"\']?\Z
                n >= k + 2
                    && c[n - k - 2].is_ascii_lowercase()
                    && matches!(c[n - k - 1], '.' | '!' | '?')
            };
            let sentence = ends(0) || (n >= 1 && matches!(c[n - 1], '"' | '\'') && ends(1));
            if chunks[i + 1] == [' '] && sentence {
                chunks[i + 1] = vec![' ', ' '];
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    wrap_chunks(o, chunks)
}

fn clen(s: &str) -> i64 {
    s.chars().count() as i64
}

fn wrap_chunks(o: &Opts, mut chunks: Vec<Vec<char>>) -> PyResult<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    if o.width <= 0 {
        return Err(exc::value_error(format!(
            "invalid width {} (must be > 0)",
            o.width
        )));
    }
    if let Some(ml) = o.max_lines {
        let indent = if ml > 1 {
            &o.subsequent_indent
        } else {
            &o.initial_indent
        };
        if clen(indent) + clen(o.placeholder.trim_start_matches(is_space)) > o.width {
            return Err(exc::value_error("placeholder too large for max width"));
        }
    }
    chunks.reverse();
    let ph_len = clen(&o.placeholder);
    while !chunks.is_empty() {
        let mut cur: Vec<Vec<char>> = Vec::new();
        let mut cur_len: i64 = 0;
        let indent = if lines.is_empty() {
            &o.initial_indent
        } else {
            &o.subsequent_indent
        };
        let width = o.width - clen(indent);
        if o.drop_whitespace && chunks.last().is_some_and(|c| is_blank(c)) && !lines.is_empty() {
            chunks.pop();
        }
        while let Some(c) = chunks.last() {
            let l = c.len() as i64;
            if cur_len + l <= width {
                cur_len += l;
                if let Some(c) = chunks.pop() {
                    cur.push(c);
                }
            } else {
                break;
            }
        }
        if chunks.last().is_some_and(|c| c.len() as i64 > width) {
            handle_long_word(o, &mut chunks, &mut cur, cur_len, width);
            cur_len = cur.iter().map(|c| c.len() as i64).sum();
        }
        if o.drop_whitespace && cur.last().is_some_and(|c| is_blank(c)) {
            cur_len -= cur.last().map_or(0, |c| c.len() as i64);
            cur.pop();
        }
        if !cur.is_empty() {
            let fits = match o.max_lines {
                None => true,
                Some(ml) => {
                    (lines.len() as i64) + 1 < ml
                        || ((chunks.is_empty()
                            || (o.drop_whitespace && chunks.len() == 1 && is_blank(&chunks[0])))
                            && cur_len <= width)
                }
            };
            if fits {
                let s: String = cur.iter().flatten().collect();
                lines.push(format!("{indent}{s}"));
            } else {
                let mut placed = false;
                while let Some(last) = cur.last() {
                    if !is_blank(last) && cur_len + ph_len <= width {
                        let s: String = cur.iter().flatten().collect();
                        lines.push(format!("{indent}{s}{}", o.placeholder));
                        placed = true;
                        break;
                    }
                    cur_len -= last.len() as i64;
                    cur.pop();
                }
                if !placed {
                    if let Some(prev) = lines.last() {
                        let prev_line = prev.trim_end_matches(is_space).to_string();
                        if clen(&prev_line) + ph_len <= o.width {
                            if let Some(l) = lines.last_mut() {
                                *l = format!("{prev_line}{}", o.placeholder);
                            }
                            break;
                        }
                    }
                    lines.push(format!(
                        "{indent}{}",
                        o.placeholder.trim_start_matches(is_space)
                    ));
                }
                break;
            }
        }
    }
    Ok(lines)
}

fn str_list(lines: Vec<String>) -> Value {
    let roots = Roots::new();
    let items: Vec<Value> = lines.iter().map(|l| roots.push(pystr::new(l))).collect();
    list::new(items)
}

fn text_arg(args: &Args, fname: &str) -> PyResult<&'static str> {
    let v = match args.pos().first() {
        Some(v) => *v,
        None => args.kwarg("text").ok_or_else(|| {
            exc::type_error(format!(
                "{fname}() missing 1 required positional argument: 'text'"
            ))
        })?,
    };
    pystr::as_str(v).ok_or_else(|| {
        exc::raise_new(
            "AttributeError",
            &format!(
                "'{}' object has no attribute 'expandtabs'",
                protocol::type_name(v)
            ),
        )
    })
}

fn opts_for(args: &Args, fname: &str) -> PyResult<Opts> {
    let mut o = Opts::from_kw(args, &["text"])?;
    if args.pos().len() > 2 {
        return Err(exc::type_error(format!(
            "{fname}() takes from 1 to 2 positional arguments but {} were given",
            args.pos().len()
        )));
    }
    if let Some(&w) = args.pos().get(1) {
        o.width = nc::int_arg(w)?;
    }
    Ok(o)
}

fn wrap(_r: Value, args: Args) -> PyResult {
    let text = text_arg(&args, "wrap")?;
    let o = opts_for(&args, "wrap")?;
    Ok(str_list(wrap_text(&o, text)?))
}

fn fill(_r: Value, args: Args) -> PyResult {
    let text = text_arg(&args, "fill")?;
    let o = opts_for(&args, "fill")?;
    Ok(pystr::from_string(wrap_text(&o, text)?.join("\n")))
}

fn shorten(_r: Value, args: Args) -> PyResult {
    let text = text_arg(&args, "shorten")?;
    let mut o = Opts::from_kw(&args, &["text", "width"])?;
    let width = match (args.pos().get(1).copied(), args.kwarg("width")) {
        (Some(w), _) | (None, Some(w)) => w,
        (None, None) => {
            return Err(exc::type_error(
                "shorten() missing 1 required positional argument: 'width'",
            ))
        }
    };
    o.width = nc::int_arg(width)?;
    o.max_lines = Some(1);
    let joined = text
        .split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(pystr::from_string(wrap_text(&o, &joined)?.join("\n")))
}

fn dedent(_r: Value, args: Args) -> PyResult {
    let v = args.check_one("dedent")?;
    let text = pystr::as_str(v).ok_or_else(|| {
        exc::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            protocol::type_name(v)
        ))
    })?;
    // Lines of only spaces and tabs become empty.
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| {
            if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                ""
            } else {
                l
            }
        })
        .collect();
    let mut margin: Option<&str> = None;
    for l in &lines {
        let n = l.len() - l.trim_start_matches([' ', '\t']).len();
        if n == l.len() {
            continue;
        }
        let indent = &l[..n];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    let out: Vec<&str> = lines
        .iter()
        .map(|l| {
            if !margin.is_empty() {
                l.strip_prefix(margin).unwrap_or(l)
            } else {
                l
            }
        })
        .collect();
    Ok(pystr::from_string(out.join("\n")))
}

fn indent(_r: Value, args: Args) -> PyResult {
    let b = nc::bind(&args, "indent", &["text", "prefix", "predicate"], &[], 2)?;
    let text = nc::str_arg(
        b[0].unwrap_or(Value::NONE),
        "indent() argument 'text' must be str",
    )?;
    let prefix = nc::str_arg(
        b[1].unwrap_or(Value::NONE),
        "can only concatenate str to str",
    )?;
    let pred = b[2].filter(|p| !p.is_none());
    let roots = Roots::new();
    let mut out = String::with_capacity(text.len());
    for line in split_lines(text) {
        let yes = match pred {
            None => !line.chars().all(is_space),
            Some(p) => {
                let l = roots.push(pystr::new(line));
                protocol::truthy(protocol::call1(p, l)?)?
            }
        };
        if yes {
            out.push_str(prefix);
        }
        out.push_str(line);
    }
    Ok(pystr::from_string(out))
}

// ---- TextWrapper: options are instance attributes.

fn tw_init(r: Value, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() > OPTS.len() {
        return Err(exc::type_error(
            "TextWrapper.__init__() takes too many positional arguments",
        ));
    }
    let mut o = Opts::default();
    for (i, &v) in p.iter().enumerate() {
        o.set(OPTS[i], v)?;
    }
    for (k, v) in args.kw() {
        o.set(k, v)?;
    }
    let roots = Roots::new();
    let set = |name: &str, v: Value| crate::attr::generic_setattr(r, name, v);
    set("width", int::from_i64(o.width))?;
    set("initial_indent", roots.push(pystr::new(&o.initial_indent)))?;
    set(
        "subsequent_indent",
        roots.push(pystr::new(&o.subsequent_indent)),
    )?;
    set("expand_tabs", Value::bool(o.expand_tabs))?;
    set("replace_whitespace", Value::bool(o.replace_whitespace))?;
    set("fix_sentence_endings", Value::bool(o.fix_sentence_endings))?;
    set("break_long_words", Value::bool(o.break_long_words))?;
    set("drop_whitespace", Value::bool(o.drop_whitespace))?;
    set("break_on_hyphens", Value::bool(o.break_on_hyphens))?;
    set("tabsize", int::from_i64(o.tabsize))?;
    set("max_lines", o.max_lines.map_or(Value::NONE, int::from_i64))?;
    set("placeholder", roots.push(pystr::new(&o.placeholder)))?;
    Ok(Value::NONE)
}

fn tw_wrap(r: Value, args: Args) -> PyResult {
    args.check("wrap", 1, 1, &[])?;
    let text = pystr::as_str(args.pos()[0]).ok_or_else(|| exc::type_error("expected a str"))?;
    let o = Opts::from_obj(r)?;
    Ok(str_list(wrap_text(&o, text)?))
}

fn tw_fill(r: Value, args: Args) -> PyResult {
    args.check("fill", 1, 1, &[])?;
    let text = pystr::as_str(args.pos()[0]).ok_or_else(|| exc::type_error("expected a str"))?;
    let o = Opts::from_obj(r)?;
    Ok(pystr::from_string(wrap_text(&o, text)?.join("\n")))
}

/// `__new__`: a plain instance; runs this class's own `__init__` when a
/// subclass does not replace it (as native classes here do).
fn textwrapper_new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![]));
    if nc::runs_native_init(cls) {
        tw_init(obj, args)?;
    }
    Ok(obj)
}

pub fn init(attrs: &mut AttrMap) {
    super::add_fn(attrs, "wrap", wrap);
    super::add_fn(attrs, "fill", fill);
    super::add_fn(attrs, "shorten", shorten);
    super::add_fn(attrs, "dedent", dedent);
    super::add_fn(attrs, "indent", indent);
    let cls = nc::new_class(
        "TextWrapper",
        "textwrap",
        None,
        &[
            ("__new__", textwrapper_new),
            ("__init__", tw_init),
            ("wrap", tw_wrap),
            ("fill", tw_fill),
        ],
    );
    attrs.set("TextWrapper", cls);
}
