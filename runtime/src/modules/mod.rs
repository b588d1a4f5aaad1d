//! The standard-library modules Molt implements in Rust, one file each,
//! and the registry `molt_import` consults. A module object is created on
//! first import and cached, as `sys.modules` does.

pub mod abc;
pub mod array;
pub mod base64;
pub mod binascii;
pub mod bisect;
pub mod buffer;
pub mod cmath;
pub mod collections;
pub mod collections_abc;
pub mod contextlib;
pub mod copy;
pub mod dataclasses;
pub mod datetime;
pub mod decimal;
pub mod enum_;
pub mod fractions;
pub mod functools;
pub mod hashlib;
pub mod hashlib_blake2;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod json_encoder;
pub mod math;
pub mod native_class;
pub mod operator;
pub mod random;
pub mod re;
pub mod statistics;
pub mod string;
pub mod struct_;
pub mod sys;
pub mod textwrap;
pub mod traceback;
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
    ("collections.abc", collections_abc::init),
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
    ("binascii", binascii::init),
    ("base64", base64::init),
    ("hashlib", hashlib::init),
    ("struct", struct_::init),
    ("array", array::init),
    ("io", io::init),
    ("datetime", datetime::init),
    ("fractions", fractions::init),
    ("statistics", statistics::init),
    ("decimal", decimal::init),
    ("cmath", cmath::init),
    ("traceback", traceback::init),
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
    // A submodule is an attribute of its package, as after CPython's import.
    if let Some((parent, child)) = static_name.rsplit_once('.') {
        let p = import(parent)?;
        crate::attr::setattr(p, child, m)?;
    }
    Ok(m)
}

pub fn is_runtime_module(name: &str) -> bool {
    REGISTRY.iter().any(|(n, _)| *n == name)
}

/// Adds a native function to a module's attributes.
pub fn add_fn(attrs: &mut AttrMap, name: &'static str, f: crate::objects::function::NativeFn) {
    attrs.set(name, crate::builtins::native(name, f));
}

#[cfg(test)]
mod registry_tests {
    /// The names a module's `init` defines, as the compiler's table lists
    /// them: sorted, without dunders.
    fn exports(init: super::ModuleInit) -> Vec<String> {
        crate::tests::init();
        let mut attrs = super::AttrMap::default();
        init(&mut attrs);
        let mut names: Vec<String> = attrs
            .iter()
            .map(|(k, _)| k.to_string())
            .filter(|k| !(k.starts_with("__") && k.ends_with("__")))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn registry_matches_the_table_the_compiler_uses() {
        let mut registered: Vec<&str> = super::REGISTRY.iter().map(|(n, _)| *n).collect();
        let mut listed: Vec<&str> = molt_abi::RUNTIME_MODULES.iter().map(|m| m.name).collect();
        registered.sort();
        listed.sort();
        assert_eq!(
            registered, listed,
            "update molt_abi::RUNTIME_MODULES (crates/molt-abi/src/modules.rs) when adding a runtime module"
        );
        let mut stale = String::new();
        for &(name, init) in super::REGISTRY {
            let actual = exports(init);
            let table = molt_abi::runtime_module(name).map_or(&[][..], |m| m.exports);
            if actual != table {
                let list: Vec<String> = actual.iter().map(|n| format!("\"{n}\"")).collect();
                stale.push_str(&format!(
                    "    RuntimeModule {{\n        name: \"{name}\",\n        exports: &[{}],\n    }},\n",
                    list.join(", ")
                ));
            }
        }
        assert!(
            stale.is_empty(),
            "the exports in crates/molt-abi/src/modules.rs are stale; these entries are right:\n{stale}"
        );
    }
}
