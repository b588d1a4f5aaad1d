//! `json.JSONEncoder`: the class behind `dumps`, for programs that
//! subclass it (usually to override `default`) and pass it as `cls=`.
//! Encoding itself is the module's encoder; this class only carries the
//! options as attributes, with CPython's names, and looks `default` up on
//! the instance so overrides are called.

use super::json::{encoder_from_options, DUMPS_KW};
use super::native_class as nc;
use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::objects::function::Args;
use crate::objects::{str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;

pub fn new_class() -> Value {
    let cls = nc::new_class(
        "JSONEncoder",
        "json.encoder",
        None,
        &[
            ("__new__", new),
            ("__init__", init),
            ("default", default),
            ("encode", encode),
            ("iterencode", iterencode),
        ],
    );
    nc::set_class_attr(cls, "item_separator", crate::gc::alloc_permanent_str(", "));
    nc::set_class_attr(cls, "key_separator", crate::gc::alloc_permanent_str(": "));
    cls
}

/// `__new__`: a plain instance, initialised here unless a subclass
/// replaces `__init__` (which then calls this one through `super()`).
fn new(_r: Value, args: Args) -> PyResult {
    let (cls, args) = nc::new_args(&args)?;
    let roots = Roots::new();
    let obj = roots.push(nc::instance(cls, vec![]));
    if nc::runs_native_init(cls) {
        init(obj, args)?;
    }
    Ok(obj)
}

/// `JSONEncoder(*, skipkeys=False, ensure_ascii=True, check_circular=True,
/// allow_nan=True, sort_keys=False, indent=None, separators=None,
/// default=None)`.
fn init(r: Value, args: Args) -> PyResult {
    let kwonly: Vec<&str> = DUMPS_KW.iter().copied().filter(|k| *k != "cls").collect();
    let b = nc::bind(&args, "JSONEncoder", &[], &kwonly, 0)?;
    let get = |name: &str| kwonly.iter().position(|k| *k == name).and_then(|i| b[i]);
    let set = |name: &str, v: Value| crate::attr::setattr(r, name, v);
    set("skipkeys", get("skipkeys").unwrap_or(Value::FALSE))?;
    set("ensure_ascii", get("ensure_ascii").unwrap_or(Value::TRUE))?;
    set(
        "check_circular",
        get("check_circular").unwrap_or(Value::TRUE),
    )?;
    set("allow_nan", get("allow_nan").unwrap_or(Value::TRUE))?;
    set("sort_keys", get("sort_keys").unwrap_or(Value::FALSE))?;
    let indent = get("indent").unwrap_or(Value::NONE);
    set("indent", indent)?;
    match get("separators").filter(|v| !v.is_none()) {
        Some(seps) => {
            let parts = protocol::collect(seps)?;
            let [item, key] = parts[..] else {
                return Err(exc::value_error(format!(
                    "{} values to unpack (expected 2)",
                    if parts.len() > 2 {
                        "too many"
                    } else {
                        "not enough"
                    }
                )));
            };
            set("item_separator", item)?;
            set("key_separator", key)?;
        }
        None if !indent.is_none() => {
            let roots = Roots::new();
            set("item_separator", roots.push(pystr::new(",")))?;
        }
        None => {}
    }
    if let Some(d) = get("default").filter(|v| !v.is_none()) {
        set("default", d)?;
    }
    Ok(Value::NONE)
}

fn default(_r: Value, args: Args) -> PyResult {
    args.check("default", 1, 1, &[])?;
    Err(exc::type_error(format!(
        "Object of type {} is not JSON serializable",
        type_name(args.pos()[0])
    )))
}

/// The encoding of `o` with the options the instance holds.
fn encode_with(r: Value, o: Value) -> PyResult<String> {
    let roots = Roots::new();
    let attr = |name: &str| -> PyResult<Value> { Ok(roots.push(crate::attr::getattr(r, name)?)) };
    let item = attr("item_separator")?;
    let key = attr("key_separator")?;
    let seps = roots.push(tuple::new(vec![item, key]));
    let options = [
        Some(attr("skipkeys")?),
        Some(attr("ensure_ascii")?),
        Some(attr("check_circular")?),
        Some(attr("allow_nan")?),
        None,
        Some(attr("indent")?),
        Some(seps),
        Some(attr("default")?),
        Some(attr("sort_keys")?),
    ];
    let mut enc = encoder_from_options(&options, true)?;
    enc.encode(o, 0)?;
    Ok(enc.into_text())
}

fn encode(r: Value, args: Args) -> PyResult {
    args.check("encode", 1, 1, &[])?;
    let o = args.pos()[0];
    if let Some(s) = pystr::as_str(o) {
        let ensure_ascii = protocol::truthy(crate::attr::getattr(r, "ensure_ascii")?)?;
        let mut out = String::new();
        super::json::encode_string(&mut out, s, ensure_ascii);
        return Ok(pystr::from_string(out));
    }
    Ok(pystr::from_string(encode_with(r, o)?))
}

/// The encoding as an iterator of chunks (here a single chunk; joined, the
/// same text as CPython's).
fn iterencode(r: Value, args: Args) -> PyResult {
    args.check("iterencode", 1, 2, &["_one_shot"])?;
    let roots = Roots::new();
    let text = roots.push(encode(r, Args::positional(&args.pos()[..1]))?);
    let chunks = roots.push(crate::objects::list::new(vec![text]));
    protocol::iter(chunks)
}
