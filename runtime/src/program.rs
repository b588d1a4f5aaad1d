//! The user modules of the compiled program. The main module registers each
//! one at start (its name, globals table and body); `import` runs a module's
//! body the first time it is imported and caches the module object, which
//! is visible while the body runs, so import cycles behave as in CPython.
//! Importing `a.b` imports `a` first and makes `b` an attribute of it.

use crate::exc::{self, PyResult};
use crate::gc::{self, Roots};
use crate::object::Kind;
use crate::objects::function::Args;
use crate::objects::types::{AttrMap, ModuleGlobals, ModuleObj};
use crate::value::Value;
use molt_abi::{FuncDesc, StrRef};
use std::cell::RefCell;

struct UserModule {
    name: String,
    table: *mut u64,
    names: &'static [StrRef],
    body: &'static FuncDesc,
    /// The module object, once its import has started.
    module: Option<Value>,
    /// Its body is running (CPython's `__spec__._initializing`).
    initializing: bool,
}

thread_local! {
    static MODULES: RefCell<Vec<UserModule>> = const { RefCell::new(Vec::new()) };
    /// The main module's globals table and names (it is not importable).
    static MAIN_GLOBALS: RefCell<Option<(*mut u64, &'static [StrRef], &'static FuncDesc)>> =
        const { RefCell::new(None) };
}

/// Whether `name` is a module of the program.
pub fn is_user_module(name: &str) -> bool {
    find(name).is_some()
}

/// The source file of a user module, relative to the main script's
/// directory (CPython shows the absolute path).
pub fn module_file(name: &str) -> Option<String> {
    let index = find(name)?;
    let body = MODULES.with(|m| m.borrow()[index].body);
    Some(crate::frames::code_text(&body.code).file.to_string())
}

/// Whether the body of user module `name` is still running.
pub fn is_initializing(name: &str) -> bool {
    find(name).is_some_and(|i| MODULES.with(|m| m.borrow()[i].initializing))
}

/// Records a user module (called by the program's start-up code). The
/// main module is recorded only for its globals' names.
pub fn register(name: &str, table: *mut u64, names: &'static [StrRef], body: &'static FuncDesc) {
    gc::register_root_array(table, names.len());
    if name == "__main__" {
        MAIN_GLOBALS.with(|m| *m.borrow_mut() = Some((table, names, body)));
        return;
    }
    MODULES.with(|m| {
        m.borrow_mut().push(UserModule {
            name: name.to_string(),
            table,
            names,
            body,
            module: None,
            initializing: false,
        })
    });
}

/// The name of the user module whose source file holds `code` (the
/// `__module__` of the functions defined there).
pub fn module_of(code: &molt_abi::CodeInfo) -> Option<String> {
    let file = crate::frames::code_text(code).file;
    MODULES.with(|m| {
        m.borrow()
            .iter()
            .find(|u| crate::frames::code_text(&u.body.code).file == file)
            .map(|u| u.name.clone())
    })
}

/// The bound globals of the module whose source file holds `code`, in
/// table order.
pub fn bound_globals(code: *const molt_abi::CodeInfo) -> Vec<&'static str> {
    let file = crate::frames::code_text(code).file;
    let of_file = |body: &FuncDesc| crate::frames::code_text(&body.code).file == file;
    let module = MAIN_GLOBALS
        .with(|m| m.borrow().filter(|(_, _, body)| of_file(body)))
        .or_else(|| {
            MODULES.with(|m| {
                m.borrow()
                    .iter()
                    .find(|u| of_file(u.body))
                    .map(|u| (u.table, u.names, u.body))
            })
        });
    let Some((table, names, _)) = module else {
        return Vec::new();
    };
    names
        .iter()
        .enumerate()
        // SAFETY: `table` has one word per name (see `register`).
        .filter(|(i, _)| unsafe { *table.add(*i) } != molt_abi::UNBOUND)
        .map(|(_, n)| crate::objects::function::static_str(n))
        .collect()
}

fn find(name: &str) -> Option<usize> {
    MODULES.with(|m| m.borrow().iter().position(|u| u.name == name))
}

/// `import name`: a user module of the program, else a runtime module.
pub fn import(name: &str) -> PyResult {
    let Some(index) = find(name) else {
        return crate::modules::import(name);
    };
    if let Some(m) = MODULES.with(|m| m.borrow()[index].module) {
        return Ok(m);
    }
    let roots = Roots::new();
    let parent = match name.rsplit_once('.') {
        Some((parent, _)) => Some(roots.push(import(parent)?)),
        None => None,
    };
    // The parent's body may have imported this module already.
    if let Some(m) = MODULES.with(|m| m.borrow()[index].module) {
        return Ok(m);
    }
    let (table, names, body) = MODULES.with(|m| {
        let u = &m.borrow()[index];
        (u.table, u.names, u.body)
    });
    let module = gc::alloc_permanent(Kind::Module(Box::new(ModuleObj {
        name: name.to_string(),
        attrs: RefCell::new(AttrMap::default()),
        globals: Some(ModuleGlobals { table, names }),
    })));
    MODULES.with(|m| {
        let u = &mut m.borrow_mut()[index];
        u.module = Some(module);
        u.initializing = true;
    });
    let func = roots.push(crate::entry::make_function(
        body,
        Value::NONE,
        Value::NONE,
        Value::NONE,
    ));
    let ran = crate::protocol::call(func, Args::positional(&[]));
    MODULES.with(|m| m.borrow_mut()[index].initializing = false);
    if ran.is_err() {
        // As CPython removes a failed module from sys.modules.
        MODULES.with(|m| m.borrow_mut()[index].module = None);
        return Err(exc::Raised);
    }
    if let (Some(parent), Some((_, last))) = (parent, name.rsplit_once('.')) {
        crate::attr::setattr(parent, last, module)?;
    }
    Ok(module)
}
