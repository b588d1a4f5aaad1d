//! `copy`: `copy`, `deepcopy` (with the memo dict keyed by `id`, so
//! cycles and shared references are preserved and `__deepcopy__(memo)`
//! hooks see CPython's memo), the `__copy__`/`__deepcopy__` hooks,
//! `__getstate__`/`__setstate__`, and `copy.Error`.
//!
//! Instances of user classes are copied as `copyreg.__newobj__` does: a new
//! instance of the same class (no `__init__`) whose attributes are the
//! original's (deep-copied for `deepcopy`).

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{self, AttrMap, InstanceObj, Layout};
use crate::objects::{dict, int, list, set, str as pystr, tuple};
use crate::protocol::{self, type_name};
use crate::value::Value;
use std::cell::{Cell, RefCell};

const STATE: &str = "__molt_state__";

thread_local! {
    static ERROR: Cell<Value> = const { Cell::new(Value::NONE) };
}

fn id_of(v: Value) -> Value {
    int::from_i64((v.0 & molt_abi::PAYLOAD_MASK) as i64)
}

fn is_atomic(v: Value) -> bool {
    if !v.is_ptr() {
        return true;
    }
    matches!(
        v.obj().map(|o| &o.kind),
        Some(
            Kind::Int(_)
                | Kind::Str(_)
                | Kind::Bytes(_)
                | Kind::Range { .. }
                | Kind::Slice { .. }
                | Kind::Function(_)
                | Kind::Builtin(_)
                | Kind::Type(_)
                | Kind::Property { .. }
                | Kind::NotImplemented
                | Kind::Ellipsis
                | Kind::Module(_)
        )
    )
}

fn instance_attrs(v: Value) -> Option<Vec<(String, Value)>> {
    match v.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => Some(
            i.attrs
                .borrow()
                .iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ),
        _ => None,
    }
}

fn new_instance(cls: Value) -> Value {
    gc::alloc(Kind::Instance(InstanceObj {
        class: Cell::new(cls),
        attrs: RefCell::new(AttrMap::default()),
    }))
}

fn not_supported(v: Value, what: &str) -> exc::Raised {
    exc::type_error(format!(
        "{what} of '{}' objects is not supported by Molt",
        type_name(v)
    ))
}

/// The user-visible state of an instance: `__getstate__()` if the class
/// defines one, else its attributes as a dict (None when there are none).
fn get_state(x: Value, roots: &Roots) -> PyResult<Value> {
    if let Some(f) = types::as_type(types::type_of(x)).and_then(|t| t.lookup("__getstate__")) {
        let _ = f;
        let s = crate::entry::call_method(x, "__getstate__", Args::positional(&[]))?;
        return Ok(roots.push(s));
    }
    let attrs = instance_attrs(x).unwrap_or_default();
    if attrs.is_empty() {
        return Ok(Value::NONE);
    }
    let d = roots.push(dict::new());
    if let Some(dd) = dict::as_dict(d) {
        for (k, v) in attrs {
            let key = roots.push(pystr::new(&k));
            dict::set(dd, key, v)?;
        }
    }
    Ok(d)
}

fn set_state(y: Value, state: Value) -> PyResult<()> {
    if state.is_none() {
        return Ok(());
    }
    if types::as_type(types::type_of(y))
        .and_then(|t| t.lookup("__setstate__"))
        .is_some()
    {
        crate::entry::call_method(y, "__setstate__", Args::positional(&[state]))?;
        return Ok(());
    }
    let Some(d) = dict::as_dict(state) else {
        return Err(exc::type_error("state is not a dictionary"));
    };
    for (k, v) in dict::items(d)? {
        let name =
            pystr::as_str(k).ok_or_else(|| exc::type_error("attribute name must be string"))?;
        crate::attr::generic_setattr(y, name, v)?;
    }
    Ok(())
}

fn plain_instance(x: Value) -> bool {
    match x.obj().map(|o| &o.kind) {
        Some(Kind::Instance(i)) => {
            i.attrs.borrow().get(STATE).is_none()
                && types::as_type(i.class.get()).is_some_and(|t| matches!(t.layout, Layout::Object))
        }
        _ => false,
    }
}

pub fn shallow(x: Value) -> PyResult {
    if is_atomic(x) {
        return Ok(x);
    }
    let roots = Roots::new();
    match x.obj().map(|o| &o.kind) {
        Some(Kind::Tuple(_)) | Some(Kind::FrozenSet(_)) => return Ok(x),
        Some(Kind::List(l)) => return Ok(list::new(l.borrow().clone())),
        Some(Kind::Dict(d)) => {
            let items = dict::items(d)?;
            let y = roots.push(dict::with_capacity(items.len()));
            if let Some(yd) = dict::as_dict(y) {
                for (k, v) in items {
                    dict::set(yd, k, v)?;
                }
            }
            return Ok(y);
        }
        Some(Kind::Set(_)) => {
            let items = protocol::collect(x)?;
            return set::new_set(&items);
        }
        _ => {}
    }
    if protocol::special(x, "__copy__").is_some() {
        return crate::entry::call_method(x, "__copy__", Args::positional(&[]));
    }
    if plain_instance(x) {
        let state = get_state(x, &roots)?;
        let y = roots.push(new_instance(types::type_of(x)));
        set_state(y, state)?;
        return Ok(y);
    }
    if let Ok(m) = crate::attr::getattr(x, "copy") {
        roots.push(m);
        return protocol::call(m, Args::positional(&[]));
    }
    exc::take_pending();
    Err(not_supported(x, "copy"))
}

fn copy(_r: Value, args: Args) -> PyResult {
    args.check("copy", 1, 1, &[])?;
    shallow(args.pos()[0])
}

struct Deep {
    memo: Value,
}

impl Deep {
    fn memo_dict(&self) -> PyResult<&'static RefCell<dict::DictObj>> {
        dict::as_dict(self.memo).ok_or_else(|| exc::type_error("memo must be a dict"))
    }

    fn remember(&self, x: Value, y: Value) -> PyResult<()> {
        let roots = Roots::new();
        let k = roots.push(id_of(x));
        dict::set(self.memo_dict()?, k, y)?;
        // _keep_alive: memo[id(memo)] is a list of the originals.
        let mk = roots.push(id_of(self.memo));
        let d = self.memo_dict()?;
        match dict::get(d, mk)? {
            Some(l) => {
                if let Some(l) = list::as_list(l) {
                    l.borrow_mut().push(x);
                }
            }
            None => {
                let l = roots.push(list::new(vec![x]));
                dict::set(d, mk, l)?;
            }
        }
        Ok(())
    }

    fn copy(&self, x: Value) -> PyResult {
        let roots = Roots::new();
        let key = roots.push(id_of(x));
        if let Some(y) = dict::get(self.memo_dict()?, key)? {
            return Ok(y);
        }
        if is_atomic(x) {
            return Ok(x);
        }
        let _g = crate::frames::DepthGuard::enter(" while calling a Python object")?;
        let y = match x.obj().map(|o| &o.kind) {
            Some(Kind::List(l)) => {
                let y = roots.push(list::new(Vec::new()));
                dict::set(self.memo_dict()?, key, y)?;
                let items = l.borrow().clone();
                roots.extend(&items);
                for it in items {
                    let c = self.copy(it)?;
                    if let Some(yl) = list::as_list(y) {
                        yl.borrow_mut().push(c);
                    }
                }
                y
            }
            Some(Kind::Tuple(t)) => {
                let mut out = Vec::with_capacity(t.len());
                for &it in t.iter() {
                    out.push(roots.push(self.copy(it)?));
                }
                if let Some(y) = dict::get(self.memo_dict()?, key)? {
                    return Ok(y);
                }
                if out.iter().zip(t.iter()).all(|(a, b)| a == b) {
                    x
                } else {
                    tuple::new(out)
                }
            }
            Some(Kind::Dict(d)) => {
                let y = roots.push(dict::new());
                dict::set(self.memo_dict()?, key, y)?;
                let items = dict::items(d)?;
                for &(k, v) in &items {
                    roots.push(k);
                    roots.push(v);
                }
                for (k, v) in items {
                    let kc = roots.push(self.copy(k)?);
                    let vc = roots.push(self.copy(v)?);
                    if let Some(yd) = dict::as_dict(y) {
                        dict::set(yd, kc, vc)?;
                    }
                }
                y
            }
            Some(Kind::Set(_)) | Some(Kind::FrozenSet(_)) => {
                let frozen = matches!(x.obj().map(|o| &o.kind), Some(Kind::FrozenSet(_)));
                let items = protocol::collect(x)?;
                roots.extend(&items);
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    out.push(roots.push(self.copy(it)?));
                }
                if frozen {
                    set::new_frozenset(&out)?
                } else {
                    set::new_set(&out)?
                }
            }
            _ => {
                if let Some(_f) = protocol::special(x, "__deepcopy__") {
                    crate::entry::call_method(x, "__deepcopy__", Args::positional(&[self.memo]))?
                } else if plain_instance(x) {
                    let y = roots.push(new_instance(types::type_of(x)));
                    dict::set(self.memo_dict()?, key, y)?;
                    let state = get_state(x, &roots)?;
                    let state = if state.is_none() {
                        state
                    } else {
                        roots.push(self.copy(state)?)
                    };
                    set_state(y, state)?;
                    y
                } else {
                    return Err(not_supported(x, "deepcopy"));
                }
            }
        };
        if y != x {
            roots.push(y);
            self.remember(x, y)?;
        }
        Ok(y)
    }
}

fn deepcopy(_r: Value, args: Args) -> PyResult {
    let b = super::native_class::bind(&args, "deepcopy", &["x", "memo"], &[], 1)?;
    let x = b[0].unwrap_or(Value::NONE);
    let roots = Roots::new();
    let memo = match b[1].filter(|m| !m.is_none()) {
        Some(m) => m,
        None => roots.push(dict::new()),
    };
    Deep { memo }.copy(x)
}

pub fn init(attrs: &mut AttrMap) {
    let base = types::exc_type("Exception").unwrap_or(Value::NONE);
    let err = types::new_type("Error", "copy", vec![base], Layout::Exception, true)
        .unwrap_or(Value::NONE);
    ERROR.with(|e| e.set(err));
    attrs.set("Error", err);
    attrs.set("error", err);
    super::add_fn(attrs, "copy", copy);
    super::add_fn(attrs, "deepcopy", deepcopy);
}
