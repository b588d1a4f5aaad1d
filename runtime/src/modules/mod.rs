//! The standard-library modules Molt implements in Rust, one file each,
//! and the registry `molt_import` consults. A module object is created on
//! first import and cached, as `sys.modules` does.

pub mod abc;
pub mod bisect;
pub mod collections;
pub mod contextlib;
pub mod copy;
pub mod dataclasses;
pub mod enum_;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod json;
pub mod math;
pub mod native_class;
pub mod operator;
pub mod random;
pub mod re;
pub mod string;
pub mod sys;
pub mod textwrap;
pub mod typing;

use crate::exc::{self, PyResult};
use crate::gc;
use crate::object::Kind;
use crate::objects::types::{AttrMap, ModuleObj};
use crate::value::Value;
use std::cell::RefCell;

/// Builds a module's attributes.
pub type ModuleInit = fn(&mut AttrMap);

/// Every module the runtime provides, by import name.
pub const REGISTRY: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("math", math::init),
    ("operator", operator::init),
    ("bisect", bisect::init),
    ("heapq", heapq::init),
    ("itertools", itertools::init),
    ("functools", functools::init),
    ("collections", collections::init),
    ("json", json::init),
    ("random", random::init),
    ("re", re::init),
    ("string", string::init),
    ("textwrap", textwrap::init),
    ("copy", copy::init),
    ("typing", typing::init),
    ("abc", abc::init),
    ("dataclasses", dataclasses::init),
    ("enum", enum_::init),
    ("contextlib", contextlib::init),
];

thread_local! {
    static LOADED: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// `import name`.
pub fn import(name: &str) -> PyResult {
    if let Some(v) = LOADED.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| *v)) {
        return Ok(v);
    }
    let Some(&(static_name, init)) = REGISTRY.iter().find(|(n, _)| *n == name) else {
        return Err(exc::raise_new(
            "ModuleNotFoundError",
            &format!("No module named '{name}'"),
        ));
    };
    let mut attrs = AttrMap::default();
    init(&mut attrs);
    let m = gc::alloc_permanent(Kind::Module(Box::new(ModuleObj {
        name: static_name.to_string(),
        attrs: RefCell::new(attrs),
        globals: None,
    })));
    if let Some(Kind::Module(mo)) = m.obj().map(|o| &o.kind) {
        mo.attrs
            .borrow_mut()
            .set("__name__", crate::objects::str::new(static_name));
    }
    LOADED.with(|l| l.borrow_mut().push((static_name, m)));
    Ok(m)
}

/// Adds a native function to a module's attributes.
pub fn add_fn(attrs: &mut AttrMap, name: &'static str, f: crate::objects::function::NativeFn) {
    attrs.set(name, crate::builtins::native(name, f));
}

#[cfg(test)]
mod registry_tests {
    #[test]
    fn registry_matches_the_list_the_compiler_uses() {
        let mut registered: Vec<&str> = super::REGISTRY.iter().map(|(n, _)| *n).collect();
        let mut listed = molt_abi::RUNTIME_MODULES.to_vec();
        registered.sort();
        listed.sort();
        assert_eq!(
            registered, listed,
            "update molt_abi::RUNTIME_MODULES when adding a runtime module"
        );
    }
}
