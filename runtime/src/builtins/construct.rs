//! Calling a built-in type: `int("12", 16)`, `float("1e3")`, `str(x)`,
//! `list(it)`, `dict(pairs, **kw)`, `range(...)`, `type(x)`, ... with
//! CPython's argument parsing and messages.

use super::methods::arg;
use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, Ty};
use crate::objects::{bytes, dict, int, list, set, str as pystr, tuple};
use crate::ops;
use crate::protocol::{self, type_name};
use crate::value::Value;

fn ty_of_class(cls: Value) -> Option<Ty> {
    use Ty::*;
    let ty = types::as_type(cls)?.builtin.get()?;
    matches!(
        ty,
        Object
            | Type
            | Int
            | Bool
            | Float
            | Str
            | Bytes
            | List
            | Tuple
            | Dict
            | Set
            | FrozenSet
            | Range
            | Slice
            | Property
            | StaticMethod
            | ClassMethod
            | Super
            | Enumerate
            | Zip
            | Map
            | Filter
            | Reversed
    )
    .then_some(ty)
}

/// The one instance of `NoneType`, `NotImplementedType` or `ellipsis`,
/// which calling the type returns, and the name CPython's argument error
/// gives the type.
fn singleton_of(cls: Value) -> Option<(Value, &'static str)> {
    let (not_impl, ellipsis) = super::singletons();
    [
        (Value::NONE, "NoneType"),
        (not_impl, "NotImplementedType"),
        (ellipsis, "EllipsisType"),
    ]
    .into_iter()
    .find(|(v, _)| types::type_of(*v) == cls)
}

/// Constructs an instance of a built-in type; `None` if `cls` is not one
/// this module builds.
pub fn construct_builtin(cls: Value, args: Args) -> PyResult<Option<Value>> {
    let name: &'static str = types::as_type(cls).map_or("?", |t| t.name.as_str());
    let Some(ty) = ty_of_class(cls) else {
        // `complex` is a native class: its own `__new__` builds it.
        if cls == super::complex::class() {
            return Ok(None);
        }
        if let Some((single, c_name)) = singleton_of(cls) {
            if !args.values.is_empty() {
                return Err(exc::type_error(format!("{c_name} takes no arguments")));
            }
            return Ok(Some(single));
        }
        return Err(exc::type_error(format!("cannot create '{name}' instances")));
    };
    let no_kw = |args: &Args| -> PyResult<()> {
        if !args.kwnames.is_empty() {
            return Err(exc::type_error(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        Ok(())
    };
    let p = args.pos();
    Ok(Some(match ty {
        Ty::Object => {
            if !args.values.is_empty() {
                return Err(exc::type_error("object() takes no arguments"));
            }
            gc::alloc(Kind::Instance(types::InstanceObj {
                class: std::cell::Cell::new(cls),
                attrs: std::cell::RefCell::new(types::AttrMap::default()),
            }))
        }
        Ty::Type => {
            no_kw(&args)?;
            match p.len() {
                1 => types::type_of(p[0]),
                3 => {
                    let n = pystr::as_str(p[0])
                        .ok_or_else(|| exc::type_error("type.__new__() argument 1 must be str"))?;
                    crate::entry::make_class(n, n, p[1], p[2])?
                }
                _ => return Err(exc::type_error("type() takes 1 or 3 arguments")),
            }
        }
        Ty::Int => {
            args.check_params("int", 0, &["", "base"])?;
            let base = arg(&args, 1, "base");
            match p.first() {
                None => {
                    if base.is_some() {
                        return Err(exc::type_error("int() missing string argument"));
                    }
                    Value::small_int(0)
                }
                Some(&x) => to_int(x, base)?,
            }
        }
        Ty::Bool => {
            no_kw(&args)?;
            args.check_pos("bool", 0, 1)?;
            match p.first() {
                None => Value::FALSE,
                Some(&x) => Value::bool(protocol::truthy(x)?),
            }
        }
        Ty::Float => {
            no_kw(&args)?;
            args.check_pos("float", 0, 1)?;
            match p.first() {
                None => Value::float(0.0),
                Some(&x) => Value::float(to_float(x)?),
            }
        }
        Ty::Str => {
            args.check_params("str", 0, &["object", "encoding", "errors"])?;
            let obj = arg(&args, 0, "object");
            let encoding = arg(&args, 1, "encoding");
            match (obj, encoding) {
                (None, _) => pystr::new(""),
                (Some(o), None) if args.kwarg("errors").is_none() => {
                    if pystr::as_str(o).is_some() {
                        o
                    } else {
                        pystr::from_string(protocol::str_of(o)?)
                    }
                }
                (Some(o), enc) => {
                    if bytes::as_bytes(o).is_none() {
                        return Err(exc::type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            type_name(o)
                        )));
                    }
                    let f = super::methods::lookup(o, "decode").map(|(_, f)| f);
                    let enc = enc.unwrap_or_else(|| pystr::new("utf-8"));
                    match f {
                        Some(f) => f(o, Args::positional(&[enc]))?,
                        None => return Err(exc::type_error("cannot decode")),
                    }
                }
            }
        }
        Ty::Bytes => {
            args.check_params("bytes", 0, &["source", "encoding", "errors"])?;
            match arg(&args, 0, "source") {
                None => bytes::new(Vec::new()),
                Some(src) => {
                    if let Some(s) = pystr::as_str(src) {
                        let Some(enc) = arg(&args, 1, "encoding") else {
                            return Err(exc::type_error("string argument without an encoding"));
                        };
                        let f = super::methods::lookup(src, "encode").map(|(_, f)| f);
                        let _ = s;
                        match f {
                            Some(f) => f(src, Args::positional(&[enc]))?,
                            None => return Err(exc::type_error("cannot encode")),
                        }
                    } else if let Some(n) = int::to_i64(src).filter(|_| int::is_int(src)) {
                        if n < 0 {
                            return Err(exc::value_error("negative count"));
                        }
                        if n > (1 << 32) {
                            return Err(exc::raise_new("MemoryError", ""));
                        }
                        bytes::new(vec![0u8; n as usize])
                    } else if bytes::as_bytes(src).is_some() {
                        src
                    } else if let Some(b) = crate::modules::buffer::bytes_like(src) {
                        // Another buffer (an array): its raw bytes.
                        bytes::new(b.into_owned())
                    } else {
                        let items = protocol::collect(src)?;
                        let mut out = Vec::with_capacity(items.len());
                        for it in items {
                            match int::to_i64(it).filter(|_| !it.is_float()) {
                                Some(b) if (0..256).contains(&b) => out.push(b as u8),
                                Some(_) => {
                                    return Err(exc::value_error("bytes must be in range(0, 256)"))
                                }
                                None => {
                                    return Err(exc::type_error(format!(
                                        "'{}' object cannot be interpreted as an integer",
                                        type_name(it)
                                    )))
                                }
                            }
                        }
                        bytes::new(out)
                    }
                }
            }
        }
        Ty::List => {
            no_kw(&args)?;
            args.check_pos("list", 0, 1)?;
            match p.first() {
                None => list::new(Vec::new()),
                Some(&x) => {
                    let items = protocol::collect(x)?;
                    gc::account(items.len() * 8);
                    list::new(items)
                }
            }
        }
        Ty::Tuple => {
            no_kw(&args)?;
            args.check_pos("tuple", 0, 1)?;
            match p.first() {
                None => tuple::new(Vec::new()),
                Some(&x) if tuple::as_slice(x).is_some() => x,
                Some(&x) => {
                    let items = protocol::collect(x)?;
                    gc::account(items.len() * 8);
                    tuple::new(items)
                }
            }
        }
        Ty::Set | Ty::FrozenSet => {
            no_kw(&args)?;
            args.check_pos(name, 0, 1)?;
            let frozen = ty == Ty::FrozenSet;
            match p.first() {
                None => set::from_table(Default::default(), frozen),
                Some(&x) => {
                    if frozen && set::is_frozen(x) {
                        return Ok(Some(x));
                    }
                    set::from_iterable(x, frozen)?
                }
            }
        }
        Ty::Dict => {
            if p.len() > 1 {
                return Err(exc::type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    p.len()
                )));
            }
            let roots = Roots::new();
            let d = roots.push(dict::new());
            if let Some(dd) = dict::as_dict(d) {
                if let Some(&src) = p.first() {
                    super::methods::dict_update_from(dd, src)?;
                }
                for (k, v) in args.kw() {
                    let key = roots.push(pystr::new(k));
                    dict::set(dd, key, v)?;
                }
            }
            d
        }
        Ty::Range => {
            no_kw(&args)?;
            let ints: Vec<Value> = p
                .iter()
                .map(|v| range_arg(*v))
                .collect::<PyResult<Vec<Value>>>()?;
            let (start, stop, step) = match ints.len() {
                1 => (Value::small_int(0), ints[0], Value::small_int(1)),
                2 => (ints[0], ints[1], Value::small_int(1)),
                3 => (ints[0], ints[1], ints[2]),
                0 => return Err(exc::type_error("range expected at least 1 argument, got 0")),
                n => {
                    return Err(exc::type_error(format!(
                        "range expected at most 3 arguments, got {n}"
                    )))
                }
            };
            if step.as_small_int() == Some(0) {
                return Err(exc::value_error("range() arg 3 must not be zero"));
            }
            gc::alloc(Kind::Range { start, stop, step })
        }
        Ty::Slice => {
            no_kw(&args)?;
            let (start, stop, step) = match p.len() {
                1 => (Value::NONE, p[0], Value::NONE),
                2 => (p[0], p[1], Value::NONE),
                3 => (p[0], p[1], p[2]),
                0 => return Err(exc::type_error("slice expected at least 1 argument, got 0")),
                n => {
                    return Err(exc::type_error(format!(
                        "slice expected at most 3 arguments, got {n}"
                    )))
                }
            };
            gc::alloc(Kind::Slice { start, stop, step })
        }
        Ty::Property => {
            args.check_params("property", 0, &["fget", "fset", "fdel", "doc"])?;
            gc::alloc(Kind::Property {
                fget: arg(&args, 0, "fget").unwrap_or(Value::NONE),
                fset: arg(&args, 1, "fset").unwrap_or(Value::NONE),
                fdel: arg(&args, 2, "fdel").unwrap_or(Value::NONE),
                doc: arg(&args, 3, "doc").unwrap_or(Value::NONE),
            })
        }
        Ty::StaticMethod => {
            args.check_pos("staticmethod", 1, 1)?;
            gc::alloc(Kind::StaticMethod(p[0]))
        }
        Ty::ClassMethod => {
            args.check_pos("classmethod", 1, 1)?;
            gc::alloc(Kind::ClassMethod(p[0]))
        }
        Ty::Super => {
            args.no_kw("super")?;
            if p.len() > 2 {
                return Err(exc::type_error(format!(
                    "super() expected at most 2 arguments, got {}",
                    p.len()
                )));
            }
            if p.len() != 2 {
                return Err(exc::raise_new("RuntimeError", "super(): no arguments"));
            }
            if types::as_type(p[0]).is_none() {
                return Err(exc::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(p[0])
                )));
            }
            let ok = types::isinstance(p[1], p[0])
                || (types::as_type(p[1]).is_some() && types::is_subtype(p[1], p[0]));
            if !ok {
                return Err(exc::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            gc::alloc(Kind::Super {
                ty: p[0],
                obj: p[1],
            })
        }
        Ty::Enumerate => super::functions::enumerate(Value::NONE, args)?,
        Ty::Zip => super::functions::zip(Value::NONE, args)?,
        Ty::Map => super::functions::map(Value::NONE, args)?,
        Ty::Filter => super::functions::filter(Value::NONE, args)?,
        Ty::Reversed => super::functions::reversed(Value::NONE, args)?,
        _ => return Ok(None),
    }))
}

fn range_arg(v: Value) -> PyResult<Value> {
    if int::is_int(v) && !v.is_float() {
        return Ok(if v.is_bool() {
            Value::small_int(v.as_bool().map_or(0, |b| b as i64))
        } else {
            v
        });
    }
    if let Some(f) = protocol::special(v, "__index__") {
        return protocol::call_special(f, v, &[]);
    }
    Err(exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// `int(x)` / `int(x, base)`.
pub fn to_int(x: Value, base: Option<Value>) -> PyResult {
    if let Some(b) = base {
        let b = protocol::index_value(b)?;
        let text = if let Some(s) = pystr::as_str(x) {
            s.to_string()
        } else if let Some(bs) = bytes::as_bytes(x) {
            String::from_utf8_lossy(bs).into_owned()
        } else {
            return Err(exc::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(exc::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return crate::format::parse_int(&text, b as u32)
            .map(int::from_bigint)
            .map_err(super::formatting::fmt_error);
    }
    if x.is_bool() {
        return Ok(Value::small_int(x.as_bool().map_or(0, |b| b as i64)));
    }
    if int::is_int(x) && !x.is_float() {
        return Ok(x);
    }
    if let Some(f) = x.as_float() {
        return crate::numeric::float_to_int(f)
            .map(ops::num_value)
            .map_err(ops::num_error);
    }
    if let Some(s) = pystr::as_str(x) {
        return crate::format::parse_int(s, 10)
            .map(int::from_bigint)
            .map_err(super::formatting::fmt_error);
    }
    if let Some(bs) = bytes::as_bytes(x) {
        return crate::format::parse_int(&String::from_utf8_lossy(bs), 10)
            .map(int::from_bigint)
            .map_err(super::formatting::fmt_error);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = protocol::special(x, name) {
            let r = protocol::call_special(f, x, &[])?;
            if !int::is_int(r) || r.is_float() {
                return Err(exc::type_error(format!(
                    "{name} returned non-int (type {})",
                    type_name(r)
                )));
            }
            return Ok(r);
        }
    }
    Err(exc::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// `float(x)`.
pub fn to_float(x: Value) -> PyResult<f64> {
    if let Some(f) = x.as_float() {
        return Ok(f);
    }
    if let Some(n) = protocol::num(x) {
        return crate::numeric::int_to_float(&n).map_err(ops::num_error);
    }
    if let Some(s) = pystr::as_str(x) {
        return crate::format::parse_float(s).map_err(super::formatting::fmt_error);
    }
    if let Some(f) = protocol::special(x, "__float__") {
        let r = protocol::call_special(f, x, &[])?;
        return r.as_float().ok_or_else(|| {
            exc::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(x),
                type_name(r)
            ))
        });
    }
    if let Some(f) = protocol::special(x, "__index__") {
        let r = protocol::call_special(f, x, &[])?;
        if let Some(n) = protocol::num(r) {
            return crate::numeric::int_to_float(&n).map_err(ops::num_error);
        }
    }
    Err(exc::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}
