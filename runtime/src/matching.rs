//! Structural pattern matching (`match`): the tests CPython's
//! MATCH_SEQUENCE, MATCH_MAPPING and MATCH_CLASS make, each returning the
//! values the sub-patterns are matched against, or `None` for no match.

use crate::exc::{self, PyResult};
use crate::gc::Roots;
use crate::object::Kind;
use crate::objects::types::{self, as_type, Ty};
use crate::objects::{dict, list, str as pystr, tuple};
use crate::protocol;
use crate::value::Value;

/// A sequence subject (list, tuple, range; not str, bytes or dict) of the
/// right length: the `nbefore` first items, then (with `star`) a list of
/// the middle ones, then the rest.
pub fn sequence(
    subject: Value,
    nout: usize,
    nbefore: usize,
    star: bool,
) -> PyResult<Option<Vec<Value>>> {
    let is_sequence = match subject.obj().map(|o| &o.kind) {
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range { .. }) => true,
        // namedtuples, deques, classes deriving from or registered with
        // collections.abc.Sequence.
        Some(Kind::Instance(_)) => {
            crate::modules::collections_abc::is_instance_of(subject, "Sequence")?
        }
        _ => false,
    };
    if !is_sequence {
        return Ok(None);
    }
    let items = protocol::collect(subject)?;
    let nafter = nout - nbefore - usize::from(star);
    let fits = if star {
        items.len() >= nbefore + nafter
    } else {
        items.len() == nbefore
    };
    if !fits {
        return Ok(None);
    }
    let mut out = items[..nbefore].to_vec();
    if star {
        let middle = items[nbefore..items.len() - nafter].to_vec();
        let roots = Roots::new();
        roots.extend(&out);
        out.push(list::new(middle));
        out.extend_from_slice(&items[items.len() - nafter..]);
    }
    Ok(Some(out))
}

/// A mapping subject (a dict) holding every key: their values, then (with
/// `rest`) a dict of the other items.
pub fn mapping(subject: Value, keys: Value, rest: bool) -> PyResult<Option<Vec<Value>>> {
    let Some(d) = dict::as_dict(subject) else {
        return Ok(None);
    };
    let keys = tuple::as_slice(keys).unwrap_or(&[]);
    for (i, k) in keys.iter().enumerate() {
        for earlier in &keys[..i] {
            if protocol::eq(*earlier, *k)? {
                return Err(exc::value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    protocol::repr(*k)?
                )));
            }
        }
    }
    let roots = Roots::new();
    let mut out = Vec::with_capacity(keys.len() + 1);
    for k in keys {
        match dict::get(d, *k)? {
            Some(v) => out.push(roots.push(v)),
            None => return Ok(None),
        }
    }
    if rest {
        let remaining = roots.push(dict::new());
        if let Some(rd) = dict::as_dict(remaining) {
            for (k, v) in dict::items(d)? {
                let mut taken = false;
                for key in keys {
                    if protocol::eq(k, *key)? {
                        taken = true;
                        break;
                    }
                }
                if !taken {
                    dict::set(rd, k, v)?;
                }
            }
        }
        out.push(remaining);
    }
    Ok(Some(out))
}

/// Built-in types whose single positional sub-pattern matches the subject
/// itself (`case int(x):`).
const SELF_MATCHING: &[Ty] = &[
    Ty::Bool,
    Ty::Bytes,
    Ty::Dict,
    Ty::Float,
    Ty::FrozenSet,
    Ty::Int,
    Ty::List,
    Ty::Set,
    Ty::Str,
    Ty::Tuple,
];

/// A class pattern: `isinstance(subject, cls)`, then the attributes named
/// by `__match_args__` for the positional sub-patterns and by the keywords.
pub fn class(
    subject: Value,
    cls: Value,
    npos: usize,
    kwnames: Value,
) -> PyResult<Option<Vec<Value>>> {
    let Some(t) = as_type(cls) else {
        return Err(exc::type_error("called match pattern must be a class"));
    };
    if !types::isinstance(subject, cls) {
        return Ok(None);
    }
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let roots = Roots::new();
    if npos > 0 {
        let self_matching = SELF_MATCHING
            .iter()
            .any(|ty| types::builtin_type(*ty) == cls)
            && t.lookup("__match_args__").is_none();
        if self_matching {
            if npos > 1 {
                return Err(exc::type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    t.name
                )));
            }
            out.push(subject);
        } else {
            let match_args = match t.lookup("__match_args__") {
                Some(m) => match tuple::as_slice(m) {
                    Some(items) => items.to_vec(),
                    None => {
                        return Err(exc::type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            t.name,
                            types::type_name(m)
                        )))
                    }
                },
                None => Vec::new(),
            };
            if npos > match_args.len() {
                return Err(exc::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({npos} given)",
                    t.name,
                    match_args.len(),
                    if match_args.len() == 1 { "" } else { "s" }
                )));
            }
            for a in &match_args[..npos] {
                let Some(name) = pystr::as_str(*a) else {
                    return Err(exc::type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        types::type_name(*a)
                    )));
                };
                names.push(name.to_string());
            }
        }
    }
    for k in tuple::as_slice(kwnames).unwrap_or(&[]) {
        names.push(pystr::as_str(*k).unwrap_or("").to_string());
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            return Err(exc::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                t.name
            )));
        }
        match crate::attr::getattr(subject, name) {
            Ok(v) => {
                out.push(roots.push(v));
            }
            Err(e) => {
                if exc::pending_is("AttributeError") {
                    exc::take_pending();
                    return Ok(None);
                }
                return Err(e);
            }
        }
    }
    Ok(Some(out))
}
