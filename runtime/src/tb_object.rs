//! The Python-visible side of tracebacks: `e.__traceback__` is a chain of
//! `traceback` objects (oldest frame first, linked by `tb_next`), each
//! with `tb_lineno` and a `tb_frame` whose `f_code` names the function and
//! file. (There is no `tb_lasti`, and frames have no `f_lineno`,
//! `f_locals` or `f_back`: compiled code keeps no bytecode offset, running
//! line number or frame object.) An exception keeps its entries as plain
//! records (`ExcObj::traceback`); these objects are views made on access,
//! and assigning one (or None) to `__traceback__` replaces the records.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::modules::native_class as nc;
use crate::objects::exception::TbEntry;
use crate::objects::function::Args;
use crate::objects::native::NativeData;
use crate::objects::str as pystr;
use crate::protocol::type_name;
use crate::value::Value;
use std::cell::Cell;

/// A traceback object: the exception's entries, oldest first, and which
/// one this object is.
struct Traceback {
    entries: Vec<TbEntry>,
    index: usize,
}

/// A frame or code object: one traceback entry.
struct FrameInfo {
    entry: TbEntry,
}

impl NativeData for Traceback {}
impl NativeData for FrameInfo {}

thread_local! {
    static CLASSES: Cell<Option<[Value; 3]>> = const { Cell::new(None) };
}

/// The `traceback`, `frame` and `code` classes.
fn classes() -> [Value; 3] {
    if let Some(c) = CLASSES.with(Cell::get) {
        return c;
    }
    let tb = nc::new_class("traceback", "builtins", None, &[("__getattr__", tb_attr)]);
    let frame = nc::new_class("frame", "builtins", None, &[("__getattr__", frame_attr)]);
    let code = nc::new_class("code", "builtins", None, &[("__getattr__", code_attr)]);
    let all = [tb, frame, code];
    CLASSES.with(|c| c.set(Some(all)));
    all
}

/// `e.__traceback__` for an exception whose entries (innermost first) are
/// `entries`: None when there are none.
fn traceback_of(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        return Value::NONE;
    }
    let mut oldest_first = entries.to_vec();
    oldest_first.reverse();
    make_tb(oldest_first, 0)
}

/// `exc.__traceback__` of any value (None for a non-exception).
pub fn traceback_for(exc: Value) -> Value {
    exc::as_exc(exc).map_or(Value::NONE, |e| traceback_of(&e.traceback.borrow()))
}

fn make_tb(entries: Vec<TbEntry>, index: usize) -> Value {
    nc::native_instance(classes()[0], Box::new(Traceback { entries, index }))
}

/// The entries (innermost first) a value assigned to `__traceback__`
/// stands for: None clears them; a traceback object gives its chain.
pub fn entries_of(v: Value) -> PyResult<Vec<TbEntry>> {
    if v.is_none() {
        return Ok(Vec::new());
    }
    match nc::native_of::<Traceback>(v, classes()[0]) {
        Some(tb) => {
            let mut e = tb.entries[tb.index..].to_vec();
            e.reverse();
            Ok(e)
        }
        None => Err(exc::type_error("__traceback__ must be a traceback or None")),
    }
}

fn attr_name(args: &Args) -> PyResult<&'static str> {
    args.check("__getattr__", 1, 1, &[])?;
    nc::str_arg(args.pos()[0], "attribute name must be string")
}

fn no_attr(obj: Value, name: &str) -> exc::Raised {
    exc::raise_new(
        "AttributeError",
        &format!("'{}' object has no attribute '{name}'", type_name(obj)),
    )
}

fn tb_attr(r: Value, args: Args) -> PyResult {
    let name = attr_name(&args)?;
    let tb = nc::native_receiver::<Traceback>(r, classes()[0], "__getattr__")?;
    let entry = tb.entries[tb.index];
    match name {
        "tb_next" if tb.index + 1 < tb.entries.len() => {
            Ok(make_tb(tb.entries.clone(), tb.index + 1))
        }
        "tb_next" => Ok(Value::NONE),
        "tb_lineno" => Ok(Value::small_int(i64::from(entry.line()))),
        "tb_frame" => Ok(nc::native_instance(
            classes()[1],
            Box::new(FrameInfo { entry }),
        )),
        _ => Err(no_attr(r, name)),
    }
}

fn frame_attr(r: Value, args: Args) -> PyResult {
    let name = attr_name(&args)?;
    let f = nc::native_receiver::<FrameInfo>(r, classes()[1], "__getattr__")?;
    match name {
        "f_code" => Ok(nc::native_instance(
            classes()[2],
            Box::new(FrameInfo { entry: f.entry }),
        )),
        _ => Err(no_attr(r, name)),
    }
}

fn code_attr(r: Value, args: Args) -> PyResult {
    let name = attr_name(&args)?;
    let c = nc::native_receiver::<FrameInfo>(r, classes()[2], "__getattr__")?;
    let text = crate::frames::code_text(c.entry.code);
    let roots = Roots::new();
    match name {
        "co_name" => Ok(roots.push(pystr::new(text.name))),
        "co_filename" => Ok(roots.push(pystr::new(text.file))),
        _ => Err(no_attr(r, name)),
    }
}
