//! Traceback text: the cause or context chain, then for each exception its
//! frames (oldest first) with the source line and the column markers under
//! the failing part, then `Type: message` and any notes. Two printers of
//! CPython 3.11 are reproduced: the interpreter's, for an uncaught
//! exception, and the `traceback` module's, which quotes lines stripped of
//! trailing blanks too and counts "the whole line" accordingly.

use crate::exc;
use crate::object::Kind;
use crate::objects::exception::{ExcObj, TbEntry};
use crate::objects::types::{self, as_type};
use crate::objects::{list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;
use molt_abi::{SourcePos, NO_ANCHOR};

/// Runs of the same frame line longer than this are summarised.
const REPEAT_CUTOFF: usize = 3;
/// The interpreter prints at most this many (most recent) frames, like
/// CPython's default `sys.tracebacklimit`.
const INTERPRETER_FRAME_LIMIT: usize = 1000;

/// Which of CPython's two traceback printers to reproduce.
#[derive(Clone, Copy, PartialEq)]
pub enum Style {
    /// The interpreter's, for uncaught exceptions.
    Interpreter,
    /// The `traceback` module's.
    Module,
}

fn exc_obj(v: Value) -> Option<&'static ExcObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Exception(e)) => Some(e),
        _ => None,
    }
}

/// How to format an exception.
#[derive(Clone, Copy)]
pub struct Options {
    /// Precede it with its cause or context chain.
    pub chain: bool,
    /// Keep the oldest `n` frames of each traceback (the newest `-n` when
    /// negative).
    pub limit: Option<i64>,
    pub style: Style,
}

/// The whole text CPython prints for the uncaught exception `e`.
pub fn uncaught_text(e: Value) -> String {
    let opts = Options {
        chain: true,
        limit: None,
        style: Style::Interpreter,
    };
    exception_text(e, &own_entries(e), opts).concat()
}

/// The traceback records (innermost first) exception `e` carries.
pub fn own_entries(e: Value) -> Vec<TbEntry> {
    exc_obj(e).map_or_else(Vec::new, |x| x.traceback.borrow().clone())
}

/// `e`'s text as a list of pieces (the way `traceback.format_exception`
/// returns it), showing `entries` (innermost first) as its traceback.
pub fn exception_text(e: Value, entries: &[TbEntry], opts: Options) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    format_chain(e, entries, opts, &mut seen, &mut out);
    out
}

fn format_chain(
    e: Value,
    entries: &[TbEntry],
    opts: Options,
    seen: &mut Vec<Value>,
    out: &mut Vec<String>,
) {
    let style = opts.style;
    seen.push(e);
    let Some(x) = exc_obj(e) else {
        out.push(format!("{}\n", protocol::repr(e).unwrap_or_default()));
        return;
    };
    if opts.chain {
        let cause = x.cause.get();
        let context = x.context.get();
        if exc_obj(cause).is_some() && !seen.contains(&cause) {
            format_chain(cause, &own_entries(cause), opts, seen, out);
            out.push(
                "\nThe above exception was the direct cause of the following exception:\n\n".into(),
            );
        } else if !x.suppress_context.get()
            && exc_obj(context).is_some()
            && !seen.contains(&context)
        {
            format_chain(context, &own_entries(context), opts, seen, out);
            out.push(
                "\nDuring handling of the above exception, another exception occurred:\n\n".into(),
            );
        }
    }
    let mut oldest_first = entries.to_vec();
    oldest_first.reverse();
    let frames = limited(&oldest_first, opts.limit, style);
    if !frames.is_empty() {
        out.push("Traceback (most recent call last):\n".into());
        out.extend(stack_text(frames, style));
    }
    out.extend(exception_only(e, style));
}

/// The frames a printer shows, of `oldest_first`, within `limit`.
pub fn limited(oldest_first: &[TbEntry], limit: Option<i64>, style: Style) -> &[TbEntry] {
    let n = oldest_first.len();
    match (limit, style) {
        (None, Style::Interpreter) => &oldest_first[n.saturating_sub(INTERPRETER_FRAME_LIMIT)..],
        (None, Style::Module) => oldest_first,
        (Some(l), _) if l >= 0 => &oldest_first[..n.min(l as usize)],
        (Some(l), _) => &oldest_first[n.saturating_sub(l.unsigned_abs() as usize)..],
    }
}

/// One string per frame (oldest first), with runs of the same line
/// summarised after three.
pub fn stack_text(oldest_first: &[TbEntry], style: Style) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for entry in oldest_first {
        let code = crate::frames::code_text(entry.code);
        let key = (code.file, entry.line(), code.name);
        if last != Some(key) {
            out.extend(repeated(count));
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= REPEAT_CUTOFF {
            out.push(frame_text(entry, style));
        }
    }
    out.extend(repeated(count));
    out
}

fn repeated(count: usize) -> Option<String> {
    (count > REPEAT_CUTOFF).then(|| {
        let more = count - REPEAT_CUTOFF;
        let s = if more > 1 { "s" } else { "" };
        format!("  [Previous line repeated {more} more time{s}]\n")
    })
}

/// A frame's `File` line, its quoted source line and the markers.
fn frame_text(entry: &TbEntry, style: Style) -> String {
    let code = crate::frames::code_text(entry.code);
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        code.file,
        entry.line(),
        code.name
    );
    if let Some(pos) = entry.pos() {
        source_lines(code.source, pos, style, &mut out);
    }
    out
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Line `n` (1-based) of `source`, without its line ending.
fn source_line(source: &str, n: u32) -> Option<&str> {
    let line = source.split('\n').nth(n.checked_sub(1)? as usize)?;
    Some(line.strip_suffix('\r').unwrap_or(line))
}

/// The quoted source line of a frame and, unless the failing part is the
/// whole line, a marker line under it: `^` under the failing part, or for
/// an operator or subscript `~` under the operands and `^` under the
/// operator or brackets.
fn source_lines(source: &str, pos: &SourcePos, style: Style, out: &mut String) {
    let Some(text) = source_line(source, pos.line) else {
        return;
    };
    let quoted = match style {
        Style::Interpreter => text.trim_start_matches(is_blank),
        Style::Module => text.trim(),
    };
    if style == Style::Module && quoted.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(quoted);
    out.push('\n');
    let chars: Vec<char> = text.chars().collect();
    let indent = chars.len()
        - match style {
            Style::Interpreter => quoted.chars().count(),
            Style::Module => text.trim_start().chars().count(),
        };
    let start = pos.col as usize;
    let single_line = pos.line == pos.end_line;
    let end = if single_line {
        pos.end_col as usize
    } else {
        // A multi-line span is marked to the end of its first line.
        let last = match style {
            Style::Interpreter => chars.iter().rposition(|&c| !is_blank(c)),
            Style::Module => chars.iter().rposition(|c| !c.is_whitespace()),
        };
        last.map_or(0, |i| i + 1)
    };
    let anchors = (single_line && pos.anchor_start != NO_ANCHOR)
        .then_some((pos.anchor_start as usize, pos.anchor_end as usize));
    let whole_line = end.saturating_sub(start) >= quoted.chars().count();
    if whole_line && anchors.is_none() {
        return;
    }
    let primary = if anchors.is_some() { '~' } else { '^' };
    out.push_str("    ");
    for i in indent..end {
        out.push(match anchors {
            _ if i < start => ' ',
            Some((a, b)) if (a..b).contains(&i) => '^',
            _ => primary,
        });
    }
    out.push('\n');
}

/// `format_exception_only`: `Type: message`, then each note on its own
/// line.
pub fn exception_only(e: Value, style: Style) -> Vec<String> {
    let line = match style {
        Style::Interpreter => interpreter_exception_line(e),
        Style::Module => exception_line(e),
    };
    let mut out = vec![format!("{line}\n")];
    let Some(x) = exc_obj(e) else {
        return out;
    };
    let Some(notes) = x.attrs.borrow().get("__notes__") else {
        return out;
    };
    let items = list::as_list(notes)
        .map(|l| l.borrow().clone())
        .or_else(|| tuple::as_slice(notes).map(<[Value]>::to_vec));
    let Some(items) = items else {
        out.push(format!("{}\n", str_or(notes, "<__notes__ str() failed>")));
        return out;
    };
    for note in items {
        match pystr::as_str(note) {
            Some(s) => out.extend(s.split('\n').map(|l| format!("{l}\n"))),
            None => out.push(format!("{}\n", str_or(note, "<note str() failed>"))),
        }
    }
    out
}

fn str_or(v: Value, fallback: &str) -> String {
    protocol::str_of(v).unwrap_or_else(|_| {
        exc::take_pending();
        fallback.to_string()
    })
}

/// The interpreter's exception line: `exception_line` and, for a NameError
/// whose name is close to a variable, "Did you mean".
fn interpreter_exception_line(e: Value) -> String {
    let line = exception_line(e);
    match suggestion(e) {
        Some(s) => format!("{line}. Did you mean: '{s}'?"),
        None => line,
    }
}

/// What CPython's interpreter suggests for exception `e`.
fn suggestion(e: Value) -> Option<String> {
    let x = exc_obj(e)?;
    let name = x.attrs.borrow().get("name").and_then(pystr::as_str)?;
    if types::isinstance(e, types::exc_type("NameError")?) {
        let innermost = *x.traceback.borrow().first()?;
        return crate::suggestions::for_name_error(name, innermost.code).map(str::to_string);
    }
    if types::isinstance(e, types::exc_type("AttributeError")?) {
        let obj = x.attrs.borrow().get("obj")?;
        return crate::suggestions::for_attribute_error(name, obj);
    }
    None
}

/// `TypeName: message` (or just `TypeName` when the message is empty).
pub fn exception_line(e: Value) -> String {
    let cls = types::type_of(e);
    let name = match as_type(cls) {
        Some(t) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
        Some(t) => format!("{}.{}", t.module, t.qualname),
        None => "?".into(),
    };
    let msg = str_or(e, "<exception str() failed>");
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
