//! Traceback text, as CPython 3.11 prints an uncaught exception: the cause
//! or context chain, then for each exception its frames (oldest first)
//! with the source line and the column markers under the failing part,
//! then `Type: message`.

use crate::exc;
use crate::object::Kind;
use crate::objects::exception::{ExcObj, TbEntry};
use crate::objects::types::{self, as_type};
use crate::protocol;
use crate::value::Value;
use molt_abi::{SourcePos, NO_ANCHOR};

/// Runs of the same frame line longer than this are summarised.
const REPEAT_CUTOFF: usize = 3;
/// At most this many (most recent) frames are printed, like CPython's
/// default `sys.tracebacklimit`.
const FRAME_LIMIT: usize = 1000;

fn exc_obj(v: Value) -> Option<&'static ExcObj> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Exception(e)) => Some(e),
        _ => None,
    }
}

/// The traceback text of `e`, preceded by its cause or context chain.
pub fn format_chain(e: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(e);
    let Some(x) = exc_obj(e) else {
        out.push_str(&format!("{}\n", protocol::repr(e).unwrap_or_default()));
        return;
    };
    let cause = x.cause.get();
    let context = x.context.get();
    if exc_obj(cause).is_some() && !seen.contains(&cause) {
        format_chain(cause, seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !x.suppress_context.get() && exc_obj(context).is_some() && !seen.contains(&context) {
        format_chain(context, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let tb = x.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_entries(&tb, out);
    }
    out.push_str(&exception_line(e));
    out.push('\n');
}

/// The frames of a traceback, oldest first. `entries` is in the order the
/// exception passed through them (innermost first).
pub fn format_entries(entries: &[TbEntry], out: &mut String) {
    let shown = &entries[..entries.len().min(FRAME_LIMIT)];
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for entry in shown.iter().rev() {
        let code = crate::frames::code_text(entry.code);
        let key = (code.file, entry.line(), code.name);
        if last != Some(key) {
            repeated(count, out);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= REPEAT_CUTOFF {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.file,
                entry.line(),
                code.name
            ));
            if let Some(pos) = entry.pos() {
                source_lines(code.source, pos, out);
            }
        }
    }
    repeated(count, out);
}

fn repeated(count: usize, out: &mut String) {
    if count > REPEAT_CUTOFF {
        let more = count - REPEAT_CUTOFF;
        let s = if more > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
    }
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
fn source_lines(source: &str, pos: &SourcePos, out: &mut String) {
    let Some(text) = source_line(source, pos.line) else {
        return;
    };
    let code = text.trim_start_matches(is_blank);
    out.push_str("    ");
    out.push_str(code);
    out.push('\n');
    let chars: Vec<char> = text.chars().collect();
    let indent = chars.len() - code.chars().count();
    let start = pos.col as usize;
    let single_line = pos.line == pos.end_line;
    let end = if single_line {
        pos.end_col as usize
    } else {
        // A multi-line span is marked to the end of its first line.
        chars.iter().rposition(|&c| !is_blank(c)).map_or(0, |i| i + 1)
    };
    let anchors = (single_line && pos.anchor_start != NO_ANCHOR)
        .then_some((pos.anchor_start as usize, pos.anchor_end as usize));
    if end.saturating_sub(start) == chars.len() - indent && anchors.is_none() {
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

/// `TypeName: message` (or just `TypeName` when the message is empty).
pub fn exception_line(e: Value) -> String {
    let cls = types::type_of(e);
    let name = match as_type(cls) {
        Some(t) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
        Some(t) => format!("{}.{}", t.module, t.qualname),
        None => "?".into(),
    };
    let msg = match protocol::str_of(e) {
        Ok(m) => m,
        Err(_) => {
            exc::take_pending();
            "<exception str() failed>".into()
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
