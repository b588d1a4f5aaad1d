//! `sys`: argv, exit, the standard streams (`sys.stdout.write`,
//! `print(..., file=sys.stderr)`), maxsize, the recursion limit and the
//! exception being handled (`exc_info`, `exception`).

use crate::exc::{self, PyResult};
use crate::gc;
use crate::object::Kind;
use crate::objects::function::{Args, BuiltinObj};
use crate::objects::types::{self, AttrMap, InstanceObj, Layout, Ty};
use crate::objects::{int, list, str as pystr};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// (stdout, stderr, stdin) stream objects, created on first use.
    static STREAMS: Cell<Option<(Value, Value, Value)>> = const { Cell::new(None) };
    /// `sys.intern`'s table (looked up by text, never iterated).
    static INTERNED: RefCell<std::collections::HashMap<String, Value>> = RefCell::new(std::collections::HashMap::new());
}

/// Records the program's arguments (called once at start).
pub fn set_argv(args: &[String]) {
    ARGV.with(|a| *a.borrow_mut() = args.to_vec());
}

fn unbound(name: &'static str, f: crate::objects::function::NativeFn) -> Value {
    gc::alloc_permanent(Kind::Builtin(BuiltinObj {
        name,
        f,
        receiver: Value::UNBOUND,
    }))
}

fn streams() -> (Value, Value, Value) {
    if let Some(s) = STREAMS.with(|s| s.get()) {
        return s;
    }
    let object = types::builtin_type(Ty::Object);
    let cls = types::new_type("TextIOWrapper", "_io", vec![object], Layout::Object, true)
        .unwrap_or(Value::NONE);
    if let Some(t) = types::as_type(cls) {
        let mut d = t.dict.borrow_mut();
        d.set("write", unbound("write", stream_write));
        d.set("flush", unbound("flush", stream_flush));
        d.set("readline", unbound("readline", stream_readline));
        d.set("read", unbound("read", stream_read));
        d.set("__iter__", unbound("__iter__", stream_iter));
        d.set("__next__", unbound("__next__", stream_next));
        d.set("readlines", unbound("readlines", stream_readlines));
    }
    let make = |fd: i64, name: &str| {
        let mut attrs = AttrMap::default();
        attrs.set("_fd", Value::small_int(fd));
        attrs.set("name", gc::alloc_permanent_str(name));
        gc::alloc_permanent(Kind::Instance(InstanceObj {
            class: Cell::new(cls),
            attrs: RefCell::new(attrs),
        }))
    };
    let s = (make(1, "<stdout>"), make(2, "<stderr>"), make(0, "<stdin>"));
    STREAMS.with(|c| c.set(Some(s)));
    s
}

fn fd_of(stream: Value) -> Option<i64> {
    match stream.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => i.attrs.borrow().get("_fd").and_then(|v| v.as_small_int()),
        _ => None,
    }
}

/// Writes `text` to `file` for `print`: None means standard output; the
/// runtime's own streams write directly; any other object's `write` method
/// is called.
pub fn write_to(file: Value, text: &str, flush: bool) -> PyResult<()> {
    if file.is_none() || fd_of(file) == Some(1) {
        crate::os::write_stdout(text);
        if flush {
            crate::os::flush_stdout();
        }
        return Ok(());
    }
    if fd_of(file) == Some(2) {
        crate::os::write_stderr(text);
        return Ok(());
    }
    let s = pystr::new(text);
    let roots = gc::Roots::new();
    roots.push(s);
    crate::entry::call_method(file, "write", Args::positional(&[s]))?;
    if flush {
        crate::entry::call_method(file, "flush", Args::positional(&[]))?;
    }
    Ok(())
}

fn stream_write(r: Value, args: Args) -> PyResult {
    args.check("write", 1, 1, &[])?;
    let v = args.pos()[0];
    let Some(s) = pystr::as_strobj(v) else {
        return Err(exc::type_error(format!(
            "write() argument must be str, not {}",
            type_name(v)
        )));
    };
    match fd_of(r) {
        Some(2) => crate::os::write_stderr(s.as_str()),
        Some(1) => crate::os::write_stdout(s.as_str()),
        _ => return Err(exc::raise_new("io.UnsupportedOperation", "not writable")),
    }
    Ok(int::from_i64(s.char_len() as i64))
}

fn stream_flush(r: Value, args: Args) -> PyResult {
    args.check("flush", 0, 0, &[])?;
    if fd_of(r) == Some(1) {
        crate::os::flush_stdout();
    }
    Ok(Value::NONE)
}

fn stream_readline(r: Value, args: Args) -> PyResult {
    args.check("readline", 0, 0, &[])?;
    if fd_of(r) != Some(0) {
        return Err(exc::raise_new("OSError", "not readable"));
    }
    Ok(pystr::from_string(
        crate::os::read_line().unwrap_or_default(),
    ))
}

fn readable(r: Value) -> PyResult<()> {
    if fd_of(r) == Some(0) {
        Ok(())
    } else {
        Err(exc::raise_new("io.UnsupportedOperation", "not readable"))
    }
}

fn stream_iter(r: Value, args: Args) -> PyResult {
    args.check("__iter__", 0, 0, &[])?;
    readable(r)?;
    Ok(r)
}

/// `for line in sys.stdin`: lines until end of input.
fn stream_next(r: Value, args: Args) -> PyResult {
    args.check("__next__", 0, 0, &[])?;
    readable(r)?;
    match crate::os::read_line() {
        Some(line) if !line.is_empty() => Ok(pystr::from_string(line)),
        _ => Err(super::native_class::stop()),
    }
}

fn stream_readlines(r: Value, args: Args) -> PyResult {
    args.check("readlines", 0, 0, &[])?;
    readable(r)?;
    let roots = gc::Roots::new();
    let mut lines = Vec::new();
    while let Some(line) = crate::os::read_line().filter(|l| !l.is_empty()) {
        lines.push(roots.push(pystr::from_string(line)));
    }
    Ok(list::new(lines))
}

fn stream_read(r: Value, args: Args) -> PyResult {
    args.check("read", 0, 0, &[])?;
    if fd_of(r) != Some(0) {
        return Err(exc::raise_new("OSError", "not readable"));
    }
    Ok(pystr::from_string(crate::os::read_all()))
}

fn exit(_r: Value, args: Args) -> PyResult {
    args.check("exit", 0, 1, &[])?;
    let e = exc::new_exc_with_args("SystemExit", args.pos());
    Err(exc::raise(e))
}

fn getrecursionlimit(_r: Value, args: Args) -> PyResult {
    args.check("getrecursionlimit", 0, 0, &[])?;
    Ok(int::from_i64(crate::frames::recursion_limit() as i64))
}

fn setrecursionlimit(_r: Value, args: Args) -> PyResult {
    args.check("setrecursionlimit", 1, 1, &[])?;
    let v = args.pos()[0];
    if v.is_float() {
        return Err(exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index_value(v)?;
    if n < 1 {
        return Err(exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = crate::frames::depth() as i64;
    if n <= depth {
        return Err(exc::raise_new(
            "RecursionError",
            &format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    crate::frames::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(Value::NONE)
}

fn intern(_r: Value, args: Args) -> PyResult {
    args.check("intern", 1, 1, &[])?;
    let v = args.pos()[0];
    let Some(text) = pystr::as_str(v) else {
        return Err(exc::type_error(format!(
            "intern() argument must be str, not {}",
            type_name(v)
        )));
    };
    if let Some(&known) = INTERNED.with(|t| t.borrow().get(text).copied()).as_ref() {
        return Ok(known);
    }
    // Interned strings live as long as the program, as in CPython.
    gc::make_permanent(v);
    INTERNED.with(|t| t.borrow_mut().insert(text.to_string(), v));
    Ok(v)
}

/// `sys.exc_info()`: the exception being handled as (type, value,
/// traceback), or three Nones.
fn exc_info(_r: Value, args: Args) -> PyResult {
    args.check("exc_info", 0, 0, &[])?;
    let Some(e) = exc::current_handled() else {
        return Ok(crate::objects::tuple::new(vec![Value::NONE; 3]));
    };
    let roots = gc::Roots::new();
    let tb = roots.push(crate::tb_object::traceback_for(e));
    Ok(crate::objects::tuple::new(vec![types::type_of(e), e, tb]))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(_r: Value, args: Args) -> PyResult {
    args.check("exception", 0, 0, &[])?;
    Ok(exc::current_handled().unwrap_or(Value::NONE))
}

pub fn init(m: &mut AttrMap) {
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| pystr::new(s)).collect());
    m.set("argv", list::new(argv));
    let (out, err, inp) = streams();
    m.set("stdout", out);
    m.set("stderr", err);
    m.set("stdin", inp);
    m.set("__stdout__", out);
    m.set("__stderr__", err);
    m.set("maxsize", int::from_i64(i64::MAX));
    m.set("maxunicode", Value::small_int(0x10FFFF));
    m.set("byteorder", pystr::new("little"));
    m.set("platform", pystr::new("linux"));
    m.set("version", pystr::new("3.11.7 (molt)"));
    let version_info = super::collections::namedtuple_class(
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let fields = [
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(7),
        gc::alloc_permanent_str("final"),
        Value::small_int(0),
    ];
    m.set(
        "version_info",
        super::native_class::call(version_info, &fields).unwrap_or(Value::NONE),
    );
    super::add_fn(m, "exit", exit);
    super::add_fn(m, "exc_info", exc_info);
    super::add_fn(m, "exception", exception);
    super::add_fn(m, "getrecursionlimit", getrecursionlimit);
    super::add_fn(m, "setrecursionlimit", setrecursionlimit);
    super::add_fn(m, "intern", intern);
}
