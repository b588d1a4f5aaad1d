//! The attributes some built-in exception classes have beyond `args`
//! (`NameError.name`, `OSError.errno`, `UnicodeDecodeError.start`, ...):
//! how constructing one fills them, their `None` defaults, and the `str()`
//! they give `OSError` and the Unicode errors.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::exception::ExcObj;
use crate::objects::function::Args;
use crate::objects::types;
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;

/// A class, its own attributes (all `None` until set) and the keyword
/// arguments its constructor accepts.
type Fields = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const FIELDS: &[Fields] = &[
    ("NameError", &["name"], &["name"]),
    ("AttributeError", &["name", "obj"], &["name", "obj"]),
    ("ImportError", &["msg", "name", "path"], &["name", "path"]),
    (
        "OSError",
        &["errno", "strerror", "filename", "filename2"],
        &[],
    ),
];

/// Whether `cls` is or inherits from the built-in exception class `name`
/// (one walk of its MRO, no lookups by name).
fn inherits(cls: Value, name: &str) -> bool {
    types::as_type(cls).is_some_and(|t| {
        t.mro.iter().chain(std::iter::once(&cls)).any(|c| {
            types::as_type(*c).is_some_and(|ct| ct.module == "builtins" && ct.name == name)
        })
    })
}

/// The entry of FIELDS that `cls` inherits from, if any.
#[allow(clippy::type_complexity)]
fn fields_of(
    cls: Value,
) -> Option<&'static (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
)> {
    FIELDS.iter().find(|(base, _, _)| inherits(cls, base))
}

/// Whether `name` is an attribute the class of exception `e` defines
/// (read as `None` while unset).
pub fn is_field(e: &ExcObj, name: &str) -> bool {
    fields_of(e.class).is_some_and(|(_, f, _)| f.contains(&name))
        || (is_unicode_error(e.class) && UNICODE_FIELDS.contains(&name))
}

const UNICODE_FIELDS: &[&str] = &["encoding", "object", "start", "end", "reason"];

fn is_unicode_error(cls: Value) -> bool {
    inherits(cls, "UnicodeDecodeError") || inherits(cls, "UnicodeEncodeError")
}

/// `cls(*args, **kwargs)` for a built-in exception class or a subclass;
/// `user_init` says the class defines `__init__`, which then gets the
/// arguments (and fills the attributes through `super().__init__`).
pub fn construct(cls: Value, args: Args, user_init: bool) -> PyResult {
    let roots = Roots::new();
    let pos = args.pos();
    let mut cls = cls;
    // OSError(errno, ...) is the subclass the errno names.
    if !user_init && (2..=5).contains(&pos.len()) && Some(cls) == types::exc_type("OSError") {
        if let Some(sub) = int::to_i64(pos[0])
            .filter(|_| !pos[0].is_float())
            .and_then(errno_class)
            .and_then(types::exc_type)
        {
            cls = sub;
        }
    }
    let targs = roots.push(tuple::new(pos.to_vec()));
    let e = roots.push(gc::alloc(Kind::Exception(Box::new(ExcObj::new(
        cls, targs,
    )))));
    if !user_init {
        init(e, args)?;
    }
    Ok(e)
}

/// `BaseException.__init__` and the `__init__` of the classes with
/// attributes: sets `args` and the attributes from the arguments.
pub fn init(e: Value, args: Args) -> PyResult<()> {
    let Some(x) = exc::as_exc(e) else {
        return Ok(());
    };
    let cls = x.class;
    let pos = args.pos();
    let kwnames: Vec<&str> = args
        .kwnames
        .iter()
        .map(|k| pystr::as_str(*k).unwrap_or("?"))
        .collect();
    let fields = fields_of(cls);
    if let Some(bad) = kwnames
        .iter()
        .find(|k| !fields.is_some_and(|(_, _, accepted)| accepted.contains(k)))
    {
        return Err(exc::type_error(match fields {
            Some((base, _, accepted)) if !accepted.is_empty() => {
                format!("'{bad}' is an invalid keyword argument for {base}()")
            }
            _ => format!(
                "{}() takes no keyword arguments",
                types::as_type(cls).map_or("?", |t| t.name.as_str())
            ),
        }));
    }
    let roots = Roots::new();
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]); with
    // a filename, `args` keeps only the first two.
    let os_parts = inherits(cls, "OSError") && (2..=5).contains(&pos.len());
    let file_given = os_parts && pos.len() >= 3 && !pos[2].is_none();
    let stored = if file_given { &pos[..2] } else { pos };
    x.args.set(roots.push(tuple::new(stored.to_vec())));
    if is_unicode_error(cls) {
        unicode_fields(x, cls, pos)?;
    }
    let mut attrs = x.attrs.borrow_mut();
    if os_parts {
        attrs.set("errno", pos[0]);
        attrs.set("strerror", pos[1]);
        if file_given {
            attrs.set("filename", pos[2]);
            if let Some(f2) = pos.get(4).filter(|f| !f.is_none()) {
                attrs.set("filename2", *f2);
            }
        }
    }
    if inherits(cls, "ImportError") {
        attrs.set("msg", if pos.len() == 1 { pos[0] } else { Value::NONE });
    }
    let values = &args.values[pos.len()..];
    for (k, v) in kwnames.iter().zip(values) {
        attrs.set(k, *v);
    }
    Ok(())
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and the
/// encode twin: five arguments of fixed types.
fn unicode_fields(x: &ExcObj, cls: Value, pos: &[Value]) -> PyResult<()> {
    if pos.len() != 5 {
        return Err(exc::type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            pos.len()
        )));
    }
    let decode = inherits(cls, "UnicodeDecodeError");
    let str_arg = |v: Value| -> PyResult<()> {
        if pystr::as_str(v).is_none() {
            return Err(exc::type_error(format!(
                "argument must be str, not {}",
                type_name(v)
            )));
        }
        Ok(())
    };
    let int_arg = |v: Value| -> PyResult<()> {
        if v.is_float() || !int::is_int(v) {
            return Err(exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )));
        }
        Ok(())
    };
    str_arg(pos[0])?;
    if decode {
        if bytes::as_bytes(pos[1]).is_none() {
            return Err(exc::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(pos[1])
            )));
        }
    } else {
        str_arg(pos[1])?;
    }
    int_arg(pos[2])?;
    int_arg(pos[3])?;
    str_arg(pos[4])?;
    let mut attrs = x.attrs.borrow_mut();
    for (name, v) in UNICODE_FIELDS.iter().zip(pos) {
        attrs.set(name, *v);
    }
    Ok(())
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn errno_class(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// `str(e)` for the classes whose text comes from their attributes, or
/// `None` to use `BaseException.__str__`.
pub fn str_of(e: &ExcObj) -> PyResult<Option<String>> {
    let attrs = e.attrs.borrow();
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
        attrs.get("encoding"),
        attrs.get("object"),
        attrs.get("start"),
        attrs.get("end"),
        attrs.get("reason"),
    ) else {
        let (Some(errno), Some(strerror)) = (attrs.get("errno"), attrs.get("strerror")) else {
            return Ok(None);
        };
        let (f1, f2) = (attrs.get("filename"), attrs.get("filename2"));
        drop(attrs);
        let head = format!(
            "[Errno {}] {}",
            protocol::str_of(errno)?,
            protocol::str_of(strerror)?
        );
        return Ok(Some(match (f1, f2) {
            (Some(a), Some(b)) => {
                format!("{head}: {} -> {}", protocol::repr(a)?, protocol::repr(b)?)
            }
            (Some(a), None) => format!("{head}: {}", protocol::repr(a)?),
            _ => head,
        }));
    };
    drop(attrs);
    if !is_unicode_error(e.class) {
        return Ok(None);
    }
    let (Some(start), Some(end)) = (int::to_i64(start), int::to_i64(end)) else {
        return Ok(None);
    };
    let enc = protocol::str_of(enc)?;
    let reason = protocol::str_of(reason)?;
    if let Some(b) = bytes::as_bytes(obj) {
        let one = usize::try_from(start)
            .ok()
            .filter(|&s| end == start + 1 && s < b.len());
        return Ok(Some(match one {
            Some(s) => format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                b[s]
            ),
            None => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let chars: Vec<char> = pystr::as_str(obj).unwrap_or("").chars().collect();
    let one = usize::try_from(start)
        .ok()
        .filter(|&s| end == start + 1 && s < chars.len());
    Ok(Some(match one {
        Some(s) => {
            let c = chars[s] as u32;
            let esc = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
        }
        None => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}

/// Sets `name` and `obj` on a pending AttributeError from looking up
/// `name` on `obj`, unless they are set already (CPython does this for
/// every failed attribute read).
pub fn add_attribute_error_context(obj: Value, name: &str) {
    let Some(e) = exc::pending().filter(|_| exc::pending_is("AttributeError")) else {
        return;
    };
    let Some(x) = exc::as_exc(e) else { return };
    {
        let attrs = x.attrs.borrow();
        let set = |f: &str| attrs.get(f).is_some_and(|v| !v.is_none());
        if set("name") || set("obj") {
            return;
        }
    }
    let roots = Roots::new();
    let n = roots.push(pystr::new(name));
    let mut attrs = x.attrs.borrow_mut();
    attrs.set("name", n);
    attrs.set("obj", obj);
}

/// Raises NameError (or a subclass) for `name` with `.name` set.
pub fn raise_name_error(class: &str, msg: &str, name: &str) -> exc::Raised {
    let roots = Roots::new();
    let e = roots.push(exc::new_exc(class, msg));
    let n = roots.push(pystr::new(name));
    if let Some(x) = exc::as_exc(e) {
        x.attrs.borrow_mut().set("name", n);
    }
    exc::raise(e)
}

/// Raises `UnicodeDecodeError`/`UnicodeEncodeError` for `object[start:end]`
/// with all five attributes, as the codecs do.
pub fn raise_unicode_error(
    class: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> exc::Raised {
    let roots = Roots::new();
    roots.push(object);
    let args = [
        roots.push(pystr::new(encoding)),
        object,
        int::from_i64(start as i64),
        int::from_i64(end as i64),
        roots.push(pystr::new(reason)),
    ];
    let e = roots.push(exc::new_exc_with_args(class, &args));
    if let Some(x) = exc::as_exc(e) {
        let mut attrs = x.attrs.borrow_mut();
        for (name, v) in UNICODE_FIELDS.iter().zip(args) {
            attrs.set(name, v);
        }
    }
    exc::raise(e)
}
