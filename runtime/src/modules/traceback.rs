//! `traceback`: formatting and printing exceptions and tracebacks the way
//! CPython's `traceback` module does (`format_exc`, `print_exc`,
//! `format_exception`, `print_exception`, `format_exception_only`,
//! `format_tb`, `print_tb`). The text itself comes from the runtime's
//! traceback printer in its `traceback`-module style.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::objects::exception::TbEntry;
use crate::objects::function::Args;
use crate::objects::types::AttrMap;
use crate::objects::{list, str as pystr};
use crate::protocol::type_name;
use crate::tb_object;
use crate::traceback::{self as text, Style};
use crate::value::Value;

/// The exception an explicit `(exc, value, tb)` triple describes, and the
/// traceback entries to show for it (innermost first).
struct Subject {
    exc: Value,
    entries: Vec<TbEntry>,
}

/// Resolves `format_exception(exc, /, value, tb)`: either the exception
/// alone, or the three values of `sys.exc_info()`.
fn subject(fname: &str, exc: Value, value: Option<Value>, tb: Option<Value>) -> PyResult<Subject> {
    match (value, tb) {
        (None, None) => Ok(Subject {
            exc,
            entries: text::own_entries(exc),
        }),
        (Some(value), Some(tb)) => Ok(Subject {
            exc: value,
            entries: tb_entries(fname, tb)?,
        }),
        _ => Err(exc::raise_new(
            "ValueError",
            "Both or neither of value and tb must be given",
        )),
    }
}

fn tb_entries(fname: &str, tb: Value) -> PyResult<Vec<TbEntry>> {
    if tb.is_none() {
        return Ok(Vec::new());
    }
    tb_object::entries_of(tb).map_err(|_| {
        exc::take_pending();
        exc::type_error(format!(
            "{fname}() argument 'tb' must be a traceback or None, not {}",
            type_name(tb)
        ))
    })
}

fn limit_arg(v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => nc::int_arg(v).map(Some),
    }
}

fn chain_arg(v: Option<Value>) -> PyResult<bool> {
    v.map_or(Ok(true), crate::protocol::truthy)
}

/// The pieces of `s`'s text.
fn subject_text(s: &Subject, chain: bool, limit: Option<i64>) -> Vec<String> {
    if s.exc.is_none() {
        return vec!["NoneType: None\n".into()];
    }
    let opts = text::Options {
        chain,
        limit,
        style: Style::Module,
    };
    text::exception_text(s.exc, &s.entries, opts)
}

fn str_list(items: Vec<String>) -> Value {
    let roots = Roots::new();
    let mut values = Vec::with_capacity(items.len());
    for s in &items {
        values.push(roots.push(pystr::new(s)));
    }
    list::new(values)
}

/// Writes `text` to `file` (standard error when None).
fn write(file: Option<Value>, text: &str) -> PyResult<()> {
    match file {
        Some(f) if !f.is_none() => super::sys::write_to(f, text, false),
        _ => {
            crate::os::flush_stdout();
            crate::os::write_stderr(text);
            Ok(())
        }
    }
}

/// The exception `sys.exc_info()` would give.
fn handled() -> Subject {
    let e = exc::current_handled().unwrap_or(Value::NONE);
    Subject {
        exc: e,
        entries: text::own_entries(e),
    }
}

fn format_exc(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(&args, "format_exc", &["limit", "chain"], &[], 0)?;
    let s = handled();
    let pieces = subject_text(&s, chain_arg(a[1])?, limit_arg(a[0])?);
    Ok(pystr::new(&pieces.concat()))
}

fn print_exc(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(&args, "print_exc", &["limit", "file", "chain"], &[], 0)?;
    let s = handled();
    let pieces = subject_text(&s, chain_arg(a[2])?, limit_arg(a[0])?);
    write(a[1], &pieces.concat())?;
    Ok(Value::NONE)
}

fn format_exception(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(
        &args,
        "format_exception",
        &["exc", "value", "tb"],
        &["limit", "chain"],
        1,
    )?;
    let s = subject("format_exception", a[0].unwrap_or(Value::NONE), a[1], a[2])?;
    Ok(str_list(subject_text(
        &s,
        chain_arg(a[4])?,
        limit_arg(a[3])?,
    )))
}

fn print_exception(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(
        &args,
        "print_exception",
        &["exc", "value", "tb"],
        &["limit", "file", "chain"],
        1,
    )?;
    let s = subject("print_exception", a[0].unwrap_or(Value::NONE), a[1], a[2])?;
    let pieces = subject_text(&s, chain_arg(a[5])?, limit_arg(a[3])?);
    write(a[4], &pieces.concat())?;
    Ok(Value::NONE)
}

fn format_exception_only(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(&args, "format_exception_only", &["exc", "value"], &[], 1)?;
    let e = a[1].unwrap_or(a[0].unwrap_or(Value::NONE));
    if e.is_none() {
        return Ok(str_list(vec!["NoneType: None\n".into()]));
    }
    Ok(str_list(text::exception_only(e, Style::Module)))
}

/// The frames of traceback `tb`, oldest first, within `limit`.
fn tb_frames(fname: &str, tb: Value, limit: Option<i64>) -> PyResult<Vec<TbEntry>> {
    let mut frames = tb_entries(fname, tb)?;
    frames.reverse();
    Ok(text::limited(&frames, limit, Style::Module).to_vec())
}

fn format_tb(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(&args, "format_tb", &["tb", "limit"], &[], 1)?;
    let frames = tb_frames("format_tb", a[0].unwrap_or(Value::NONE), limit_arg(a[1])?)?;
    Ok(str_list(text::stack_text(&frames, Style::Module)))
}

fn print_tb(_r: Value, args: Args) -> PyResult {
    let a = nc::bind(&args, "print_tb", &["tb", "limit", "file"], &[], 1)?;
    let frames = tb_frames("print_tb", a[0].unwrap_or(Value::NONE), limit_arg(a[1])?)?;
    write(a[2], &text::stack_text(&frames, Style::Module).concat())?;
    Ok(Value::NONE)
}

pub fn init(m: &mut AttrMap) {
    super::add_fn(m, "format_exc", format_exc);
    super::add_fn(m, "print_exc", print_exc);
    super::add_fn(m, "format_exception", format_exception);
    super::add_fn(m, "print_exception", print_exception);
    super::add_fn(m, "format_exception_only", format_exception_only);
    super::add_fn(m, "format_tb", format_tb);
    super::add_fn(m, "print_tb", print_tb);
}
