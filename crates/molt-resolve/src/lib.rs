//! Scope resolution: the pass between parsing and lowering that decides, for
//! every scope of a module (the module itself, each function, lambda, class
//! body and comprehension), how each name in it is bound — fast local, cell,
//! free variable read through a closure, explicit global, or implicit global
//! (module global, else builtin) — exactly as CPython 3.11's `symtable` does.
//! It also reports the errors CPython's symtable and compiler raise for
//! misplaced `global`/`nonlocal`/`return`/`yield`/`break`/`continue` and
//! duplicate parameters, and refuses (fails closed on) the dynamic features an
//! ahead-of-time compiler cannot honour: `eval`, `exec`, `compile`,
//! `__import__`, `globals()`, `locals()` and `vars()`. The input is one
//! module's syntax tree from `molt-syntax`; the output is a [`ScopeTree`] that
//! lowering consults by node range ([`ScopeTree::scope_of_node`]) so it never
//! has to guess where a name lives. The pass is two phases, as in CPython: a
//! walk of the tree that records, per scope, what each name is used for
//! (bound, read, declared, parameter), then a walk of the scope tree that
//! decides the bindings and the cells. Both walks grow the native stack on
//! demand, so deeply nested input cannot overflow it.
//!
//! [`graph`] finds the program's modules: the entry module and every user
//! module it imports, statically.

pub mod graph;
mod runtime_names;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use molt_syntax::Diagnostic;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

#[cfg(test)]
mod tests;

/// Index of a scope in [`ScopeTree::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// A list, set or dict comprehension or a generator expression: in 3.11
    /// each is its own function scope, taking the first iterable as `.0`.
    Comprehension,
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    /// Fast local of a function scope, or a name stored in a class body's
    /// namespace.
    Local,
    /// Local of this function captured by an inner scope (lives in a cell).
    Cell,
    /// Captured from an enclosing function scope (read through a closure
    /// cell), or passed through this scope to an inner one.
    Free,
    /// Declared `global` in this scope.
    GlobalExplicit,
    /// Not bound in this scope: module global, else builtin, decided at run
    /// time. Every name of the module scope is reported this way.
    GlobalImplicit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name as stored: private names (`__x`) used inside a class are
    /// mangled (`_C__x`), as CPython does.
    pub name: String,
    pub binding: Binding,
    pub is_param: bool,
    /// Bound in this scope (assignment, import, def, del, walrus, ...), or,
    /// for a module symbol, assigned anywhere through a `global` declaration.
    pub is_assigned: bool,
    /// Read in this scope (including the read of an augmented assignment).
    pub is_used: bool,
    /// A class-body symbol that is also a free variable the class passes
    /// through from an enclosing function to its methods (CPython's
    /// `DEF_FREE_CLASS`). The class body itself sees `binding`; the name is
    /// also listed in the class's [`ScopeTree::free_vars`].
    pub also_free_in_class: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `<module>`, the function or class name, `<lambda>`, `<listcomp>`,
    /// `<setcomp>`, `<dictcomp>` or `<genexpr>`.
    pub name: String,
    /// CPython's `__qualname__`, e.g. `f.<locals>.g`, `C.m`, `<lambda>`.
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// In order of first appearance (CPython's visit order); names passed
    /// through to inner scopes come last.
    pub symbols: Vec<Symbol>,
    /// In signature order: positional-only, regular, `*args`, keyword-only,
    /// `**kwargs` (mangled like symbols). A comprehension has the single
    /// implicit parameter `.0`, its first iterable.
    pub params: Vec<String>,
    /// Contains `yield` or `yield from` in its own body; true for every
    /// generator expression.
    pub is_generator: bool,
    /// An `async def`.
    pub is_async: bool,
    /// A class scope whose methods use `super` or `__class__`: the class
    /// body provides the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// The class whose name mangles private identifiers in this scope (the
    /// innermost enclosing class, or this class itself), if any.
    pub private_class: Option<String>,
    /// The range of the defining node (the module, `StmtFunctionDef`,
    /// `StmtClassDef`, `ExprLambda`, or comprehension/generator expression).
    pub range: TextRange,
    index: BTreeMap<String, usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeTree {
    /// Every scope, parents before children; the module is first.
    pub scopes: Vec<Scope>,
    by_range: BTreeMap<(u32, u32), ScopeId>,
}

impl ScopeTree {
    pub fn root(&self) -> ScopeId {
        ScopeId(0)
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The scope a `StmtFunctionDef`, `StmtClassDef`, `ExprLambda` or
    /// comprehension/generator node defines, found by the node's range.
    pub fn scope_of_node(&self, node_range: TextRange) -> Option<ScopeId> {
        self.by_range
            .get(&(node_range.start().into(), node_range.end().into()))
            .copied()
    }

    /// The symbol for a name as written in the source of `scope` (it is
    /// mangled first if the scope is inside a class).
    pub fn lookup(&self, scope: ScopeId, name: &str) -> Option<&Symbol> {
        let s = self.scope(scope);
        let mangled = mangle(s.private_class.as_deref(), name);
        s.index.get(&mangled).map(|&i| &s.symbols[i])
    }

    /// The name as stored in `scope`'s symbol table (mangled if private).
    pub fn mangle(&self, scope: ScopeId, name: &str) -> String {
        mangle(self.scope(scope).private_class.as_deref(), name)
    }

    /// Names this scope receives from enclosing scopes through closure
    /// cells, including ones it only passes through to inner scopes, in
    /// sorted order (as CPython's `co_freevars`).
    pub fn free_vars(&self, scope: ScopeId) -> Vec<String> {
        let mut v: Vec<String> = self
            .scope(scope)
            .symbols
            .iter()
            .filter(|s| s.binding == Binding::Free || s.also_free_in_class)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }

    /// Names this scope keeps in cells for inner scopes, sorted; a class
    /// that needs the implicit `__class__` cell lists it (first).
    pub fn cell_vars(&self, scope: ScopeId) -> Vec<String> {
        let s = self.scope(scope);
        let mut v: Vec<String> = s
            .symbols
            .iter()
            .filter(|s| s.binding == Binding::Cell)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        if s.needs_class_cell {
            v.insert(0, "__class__".to_string());
        }
        v
    }

    /// For a name that is Free in `scope` (given as stored, i.e. mangled),
    /// the enclosing scope that owns its cell: the nearest enclosing function
    /// where it is a Cell, or, for `__class__`, the class providing it.
    pub fn cell_owner(&self, scope: ScopeId, name: &str) -> Option<ScopeId> {
        let mut cur = self.scope(scope).parent;
        while let Some(id) = cur {
            let s = self.scope(id);
            if s.kind == ScopeKind::Class {
                if name == "__class__" && s.needs_class_cell {
                    return Some(id);
                }
            } else if let Some(&i) = s.index.get(name) {
                if s.symbols[i].binding == Binding::Cell {
                    return Some(id);
                }
            }
            cur = s.parent;
        }
        None
    }
}

/// CPython's private name mangling (`_Py_Mangle`): inside class `C`, a name
/// `__x` not ending in `__` (and without a dot) becomes `_C__x`, with the
/// class name's leading underscores stripped.
pub fn mangle(class: Option<&str>, name: &str) -> String {
    let Some(class) = class else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

// ---------------------------------------------------------------------------
// Refusals

/// When a refused builtin is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefuseWhen {
    /// Any reference to the builtin.
    AnyUse,
    /// A direct call without (positional) arguments.
    CallWithoutArgs,
}

/// A builtin Molt refuses when a program uses it (and does not bind the name
/// itself), with the message shown to the user.
#[derive(Clone, Copy, Debug)]
pub struct RefusedBuiltin {
    pub name: &'static str,
    pub when: RefuseWhen,
    pub message: &'static str,
}

/// Every refused builtin, in one table.
pub const REFUSED_BUILTINS: &[RefusedBuiltin] = &[
    RefusedBuiltin {
        name: "eval",
        when: RefuseWhen::AnyUse,
        message: "`eval` is not supported: Molt compiles the whole program ahead of time and cannot run code created at run time",
    },
    RefusedBuiltin {
        name: "exec",
        when: RefuseWhen::AnyUse,
        message: "`exec` is not supported: Molt compiles the whole program ahead of time and cannot run code created at run time",
    },
    RefusedBuiltin {
        name: "compile",
        when: RefuseWhen::AnyUse,
        message: "`compile` is not supported: Molt compiles the whole program ahead of time and cannot run code created at run time",
    },
    RefusedBuiltin {
        name: "__import__",
        when: RefuseWhen::AnyUse,
        message: "`__import__` is not supported: Molt compiles the whole program ahead of time and cannot import a module chosen at run time; use an `import` statement",
    },
    RefusedBuiltin {
        name: "globals",
        when: RefuseWhen::AnyUse,
        message: "`globals()` is not supported: Molt compiles variables to fixed storage and cannot expose a namespace as a dictionary",
    },
    RefusedBuiltin {
        name: "locals",
        when: RefuseWhen::AnyUse,
        message: "`locals()` is not supported: Molt compiles variables to fixed storage and cannot expose a namespace as a dictionary",
    },
    RefusedBuiltin {
        name: "dir",
        when: RefuseWhen::CallWithoutArgs,
        message: "`dir()` without an argument is not supported: Molt compiles variables to fixed storage and cannot list a scope's names at run time (`dir(obj)` is supported)",
    },
    RefusedBuiltin {
        name: "ExceptionGroup",
        when: RefuseWhen::AnyUse,
        message: "`ExceptionGroup` is not supported by Molt yet (nor `except*`)",
    },
    RefusedBuiltin {
        name: "BaseExceptionGroup",
        when: RefuseWhen::AnyUse,
        message: "`BaseExceptionGroup` is not supported by Molt yet (nor `except*`)",
    },
    RefusedBuiltin {
        name: "vars",
        when: RefuseWhen::CallWithoutArgs,
        message: "`vars()` without an argument is not supported: Molt compiles variables to fixed storage and cannot expose a namespace as a dictionary (`vars(obj)` is supported)",
    },
];

fn refused(name: &str, when: RefuseWhen) -> Option<&'static RefusedBuiltin> {
    REFUSED_BUILTINS
        .iter()
        .find(|r| r.name == name && r.when == when)
}

// ---------------------------------------------------------------------------
// Phase 1: collect what each name is used for, per scope.

// CPython's symbol flags (symtable.h), plus three of our own.
const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_FREE_CLASS: u32 = 64;
const DEF_IMPORT: u32 = 128;
const DEF_ANNOT: u32 = 256;
const DEF_COMP_ITER: u32 = 512;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/// Read by an augmented assignment (CPython records only the store).
const READ_AUG: u32 = 1 << 12;
/// Module symbol bound by a walrus inside a module-level comprehension.
const DEF_WALRUS: u32 = 1 << 13;
/// Module symbol assigned in some scope that declares it `global`.
const DEF_GLOBAL_ASSIGNED: u32 = 1 << 14;

/// Stack growth for deep input: keep this much free, grow by this much.
const RED_ZONE: usize = 128 * 1024;
const GROW_BY: usize = 4 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sc {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

struct RawSym {
    name: String,
    flags: u32,
    /// The first `global`/`nonlocal` (or walrus) directive for the name.
    directive: Option<TextRange>,
    sc: Sc,
}

struct RawScope {
    kind: ScopeKind,
    name: String,
    parent: Option<usize>,
    children: Vec<usize>,
    range: TextRange,
    syms: Vec<RawSym>,
    index: HashMap<String, usize>,
    params: Vec<String>,
    is_generator: bool,
    is_async: bool,
    needs_class_cell: bool,
    private: Option<String>,
    // Visit-time state.
    comp_iter_expr: u32,
    comp_iter_target: bool,
    loops: u32,
}

struct Site {
    scope: usize,
    name: String,
    range: TextRange,
    message: &'static str,
}

struct Builder {
    scopes: Vec<RawScope>,
    stack: Vec<usize>,
    diags: Vec<Diagnostic>,
    future_annotations: bool,
    sites: Vec<Site>,
}

/// Resolves the scopes of one module.
pub fn resolve(module: &ast::ModModule) -> Result<ScopeTree, Vec<Diagnostic>> {
    let mut b = Builder {
        scopes: Vec::new(),
        stack: Vec::new(),
        diags: Vec::new(),
        future_annotations: has_future_annotations(&module.body),
        sites: Vec::new(),
    };
    b.enter(ScopeKind::Module, "<module>", module.range, false);
    for stmt in &module.body {
        b.visit_stmt(stmt);
    }
    b.stack.pop();

    let mut free = BTreeSet::new();
    let mut global = BTreeSet::new();
    b.analyze_block(0, None, &mut free, &mut global);
    b.check_refusals();

    if !b.diags.is_empty() {
        let mut diags = b.diags;
        diags.sort_by_key(|d| (d.range.start(), d.range.end()));
        diags.dedup();
        return Err(diags);
    }
    Ok(b.finish())
}

/// `from __future__ import annotations` among the module's leading
/// statements (after an optional docstring).
fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            Stmt::ImportFrom(imp)
                if imp.level == 0
                    && imp
                        .module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if imp.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

fn global_msg(cur: u32, name: &str, global: bool) -> Option<String> {
    let what = if global { "global" } else { "nonlocal" };
    if cur & DEF_PARAM != 0 {
        Some(format!("name '{name}' is parameter and {what}"))
    } else if cur & USE != 0 {
        Some(format!("name '{name}' is used prior to {what} declaration"))
    } else if cur & DEF_ANNOT != 0 {
        Some(format!("annotated name '{name}' can't be {what}"))
    } else if cur & DEF_LOCAL != 0 {
        Some(format!(
            "name '{name}' is assigned to before {what} declaration"
        ))
    } else {
        None
    }
}

impl Builder {
    fn cur(&self) -> usize {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur_scope(&mut self) -> &mut RawScope {
        let c = self.cur();
        &mut self.scopes[c]
    }

    fn error(&mut self, range: TextRange, message: impl Into<String>) {
        self.diags.push(Diagnostic::new(range, message));
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange, is_async: bool) -> usize {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        let private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            ScopeKind::Module => None,
            _ => parent.and_then(|p| self.scopes[p].private.clone()),
        };
        self.scopes.push(RawScope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            range,
            syms: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_async,
            needs_class_cell: false,
            private,
            comp_iter_expr: 0,
            comp_iter_target: false,
            loops: 0,
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn flags_of(&self, scope: usize, mangled: &str) -> u32 {
        let s = &self.scopes[scope];
        s.index.get(mangled).map_or(0, |&i| s.syms[i].flags)
    }

    fn sym_index(&mut self, scope: usize, mangled: &str) -> (usize, bool) {
        let s = &mut self.scopes[scope];
        if let Some(&i) = s.index.get(mangled) {
            return (i, true);
        }
        let i = s.syms.len();
        s.syms.push(RawSym {
            name: mangled.to_string(),
            flags: 0,
            directive: None,
            sc: Sc::GlobalImplicit,
        });
        s.index.insert(mangled.to_string(), i);
        (i, false)
    }

    /// Records `name` (as written) in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> bool {
        let mangled = self.mangled(name);
        self.add_def_in(self.cur(), name, &mangled, flag, range)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(
        &mut self,
        scope: usize,
        name: &str,
        mangled: &str,
        flag: u32,
        range: TextRange,
    ) -> bool {
        let (i, existed) = self.sym_index(scope, mangled);
        let mut val = self.scopes[scope].syms[i].flags;
        if existed && flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            self.error(
                range,
                format!("duplicate argument '{name}' in function definition"),
            );
            return false;
        }
        val |= flag;
        if self.scopes[scope].comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                self.error(
                    range,
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                );
                return false;
            }
            val |= DEF_COMP_ITER;
        }
        self.scopes[scope].syms[i].flags = val;
        if flag & DEF_PARAM != 0 {
            self.scopes[scope].params.push(mangled.to_string());
        } else if flag & DEF_GLOBAL != 0 && scope != 0 {
            // CPython also marks the name in the module's table.
            let (m, _) = self.sym_index(0, mangled);
            self.scopes[0].syms[m].flags |= DEF_GLOBAL;
        }
        true
    }

    fn set_directive(&mut self, scope: usize, mangled: &str, range: TextRange) {
        if let Some(&i) = self.scopes[scope].index.get(mangled) {
            let d = &mut self.scopes[scope].syms[i].directive;
            if d.is_none() {
                *d = Some(range);
            }
        }
    }

    fn visit_params(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.add_def(p.parameter.name.as_str(), DEF_PARAM, p.parameter.name.range);
        }
        if let Some(p) = &params.vararg {
            self.add_def(p.name.as_str(), DEF_PARAM, p.name.range);
        }
        for p in &params.kwonlyargs {
            self.add_def(p.parameter.name.as_str(), DEF_PARAM, p.parameter.name.range);
        }
        if let Some(p) = &params.kwarg {
            self.add_def(p.name.as_str(), DEF_PARAM, p.name.range);
        }
    }

    fn visit_defaults(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn visit_param_annotations(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            if let Some(a) = &p.as_parameter().annotation {
                self.visit_annotation(a);
            }
        }
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) {
        for d in &f.decorator_list {
            self.visit_expr(&d.expression);
        }
        self.visit_defaults(&f.parameters);
        self.visit_param_annotations(&f.parameters);
        if let Some(r) = &f.returns {
            self.visit_annotation(r);
        }
        self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range);
        self.enter(ScopeKind::Function, f.name.as_str(), f.range, f.is_async);
        self.visit_params(&f.parameters);
        for s in &f.body {
            self.visit_stmt(s);
        }
        self.exit();
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) {
        for d in &c.decorator_list {
            self.visit_expr(&d.expression);
        }
        if let Some(args) = &c.arguments {
            visitor::walk_arguments(self, args);
        }
        self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range);
        self.enter(ScopeKind::Class, c.name.as_str(), c.range, false);
        for s in &c.body {
            self.visit_stmt(s);
        }
        self.exit();
    }

    fn global_stmt(&mut self, names: &[ast::Identifier], range: TextRange, global: bool) {
        for ident in names {
            let name = ident.as_str();
            let mangled = self.mangled(name);
            let cur = self.flags_of(self.cur(), &mangled);
            if let Some(msg) = global_msg(cur, name, global) {
                self.error(range, msg);
                continue;
            }
            if !global && self.scopes[self.cur()].kind == ScopeKind::Module {
                self.error(range, "nonlocal declaration not allowed at module level");
                return;
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            if self.add_def(name, flag, ident.range) {
                self.set_directive(self.cur(), &mangled, range);
            }
        }
    }

    fn alias(&mut self, a: &ast::Alias) {
        let name = a.asname.as_ref().unwrap_or(&a.name).as_str();
        if name == "*" {
            if self.scopes[self.cur()].kind != ScopeKind::Module {
                self.error(a.range, "import * only allowed at module level");
            }
            return;
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.range);
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) {
        if let Expr::Name(n) = &*a.target {
            let mangled = self.mangled(n.id.as_str());
            let cur = self.flags_of(self.cur(), &mangled);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                && self.scopes[self.cur()].kind != ScopeKind::Module
                && a.simple
            {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                self.error(
                    n.range,
                    format!("annotated name '{}' can't be {what}", n.id.as_str()),
                );
            } else if a.simple {
                self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range);
            } else if a.value.is_some() {
                self.add_def(n.id.as_str(), DEF_LOCAL, n.range);
            }
        } else {
            self.visit_expr(&a.target);
        }
        self.visit_annotation(&a.annotation);
        if let Some(v) = &a.value {
            self.visit_expr(v);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Global(g) => self.global_stmt(&g.names, g.range, true),
            Stmt::Nonlocal(n) => self.global_stmt(&n.names, n.range, false),
            Stmt::Return(r) => {
                if !self.scopes[self.cur()].kind.is_function_like() {
                    self.error(r.range, "'return' outside function");
                }
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Break(b) => {
                if self.scopes[self.cur()].loops == 0 {
                    self.error(b.range, "'break' outside loop");
                }
            }
            Stmt::Continue(c) => {
                if self.scopes[self.cur()].loops == 0 {
                    self.error(c.range, "'continue' not properly in loop");
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                self.cur_scope().loops += 1;
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.cur_scope().loops -= 1;
                for s in &f.orelse {
                    self.visit_stmt(s);
                }
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.cur_scope().loops += 1;
                for s in &w.body {
                    self.visit_stmt(s);
                }
                self.cur_scope().loops -= 1;
                for s in &w.orelse {
                    self.visit_stmt(s);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.alias(a);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.alias(a);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t);
                }
                self.visit_expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.add_def(n.id.as_str(), DEF_LOCAL | READ_AUG, n.range);
                } else {
                    self.visit_expr(&a.target);
                }
                self.visit_expr(&a.value);
            }
            Stmt::AnnAssign(a) => self.ann_assign(a),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn name(&mut self, n: &ast::ExprName) {
        let id = n.id.as_str();
        match n.ctx {
            ExprContext::Store | ExprContext::Del => {
                self.add_def(id, DEF_LOCAL, n.range);
            }
            ExprContext::Load | ExprContext::Invalid => {
                self.add_def(id, USE, n.range);
                if let Some(r) = refused(id, RefuseWhen::AnyUse) {
                    self.sites.push(Site {
                        scope: self.cur(),
                        name: id.to_string(),
                        range: n.range,
                        message: r.message,
                    });
                }
                // A bare `super` in a function counts as a use of `__class__`.
                if id == "super" && self.scopes[self.cur()].kind.is_function_like() {
                    self.add_def("__class__", USE, n.range);
                }
            }
        }
    }

    fn named(&mut self, e: &ast::ExprNamed) {
        if self.scopes[self.cur()].comp_iter_expr > 0 {
            self.error(
                e.range,
                "assignment expression cannot be used in a comprehension iterable expression",
            );
            return;
        }
        if self.scopes[self.cur()].kind == ScopeKind::Comprehension {
            if let Expr::Name(n) = &*e.target {
                if !self.extend_namedexpr_scope(n) {
                    return;
                }
            }
        }
        self.visit_expr(&e.value);
        self.visit_expr(&e.target);
    }

    /// CPython's `symtable_extend_namedexpr_scope`: a walrus inside a
    /// comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, n: &ast::ExprName) -> bool {
        let name = n.id.as_str();
        let mangled = self.mangled(name);
        let cur = self.cur();
        for depth in (0..self.stack.len()).rev() {
            let sid = self.stack[depth];
            match self.scopes[sid].kind {
                ScopeKind::Comprehension => {
                    if self.flags_of(sid, &mangled) & DEF_COMP_ITER != 0 {
                        self.error(
                            n.range,
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                        );
                        return false;
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if self.flags_of(sid, &mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    if !self.add_def_in(cur, name, &mangled, flag, n.range) {
                        return false;
                    }
                    self.set_directive(cur, &mangled, n.range);
                    return self.add_def_in(sid, name, &mangled, DEF_LOCAL, n.range);
                }
                ScopeKind::Module => {
                    if !self.add_def_in(cur, name, &mangled, DEF_GLOBAL, n.range) {
                        return false;
                    }
                    self.set_directive(cur, &mangled, n.range);
                    return self.add_def_in(sid, name, &mangled, DEF_GLOBAL | DEF_WALRUS, n.range);
                }
                ScopeKind::Class => {
                    self.error(
                        n.range,
                        "assignment expression within a comprehension cannot be used in a class body",
                    );
                    return false;
                }
            }
        }
        false
    }

    fn lambda(&mut self, l: &ast::ExprLambda) {
        if let Some(p) = &l.parameters {
            self.visit_defaults(p);
        }
        self.enter(ScopeKind::Lambda, "<lambda>", l.range, false);
        if let Some(p) = &l.parameters {
            self.visit_params(p);
        }
        self.visit_expr(&l.body);
        self.exit();
    }

    /// CPython's `symtable_handle_comprehension`.
    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_scope().comp_iter_expr += 1;
        self.visit_expr(&first.iter);
        self.cur_scope().comp_iter_expr -= 1;

        let id = self.enter(ScopeKind::Comprehension, name, range, first.is_async);
        self.add_def(".0", DEF_PARAM, range);
        for (i, g) in generators.iter().enumerate() {
            self.scopes[id].comp_iter_target = true;
            self.visit_expr(&g.target);
            self.scopes[id].comp_iter_target = false;
            if i > 0 {
                self.scopes[id].comp_iter_expr += 1;
                self.visit_expr(&g.iter);
                self.scopes[id].comp_iter_expr -= 1;
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.scopes[id].is_generator = is_generator;
        self.exit();
    }

    fn yield_expr(&mut self, range: TextRange, value: Option<&Expr>) {
        if let Some(v) = value {
            self.visit_expr(v);
        }
        let s = self.cur_scope();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                self.error(range, "'yield' outside function");
            }
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                self.error(range, format!("'yield' inside {what}"));
            }
            ScopeKind::Function | ScopeKind::Lambda => s.is_generator = true,
        }
    }

    fn await_expr(&mut self, a: &ast::ExprAwait) {
        self.visit_expr(&a.value);
        let mut in_comprehension = false;
        for &sid in self.stack.iter().rev() {
            let s = &self.scopes[sid];
            let msg = match s.kind {
                ScopeKind::Comprehension => {
                    in_comprehension = true;
                    continue;
                }
                ScopeKind::Module | ScopeKind::Class if !in_comprehension => {
                    "'await' outside function"
                }
                ScopeKind::Function if s.is_async => return,
                _ if in_comprehension => {
                    "asynchronous comprehension outside of an asynchronous function"
                }
                _ => "'await' outside async function",
            };
            self.error(a.range, msg);
            return;
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Name(n) => self.name(n),
            Expr::Named(e) => self.named(e),
            Expr::Lambda(l) => self.lambda(l),
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false)
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false)
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::with_capacity(2);
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Generator(g) => {
                self.comprehension(g.range, "<genexpr>", &g.generators, &[&g.elt], true)
            }
            Expr::Yield(y) => self.yield_expr(y.range, y.value.as_deref()),
            Expr::YieldFrom(y) => self.yield_expr(y.range, Some(&y.value)),
            Expr::Await(a) => self.await_expr(a),
            Expr::Call(c) => {
                if let Expr::Name(n) = &*c.func {
                    let no_args = c.arguments.args.iter().all(Expr::is_starred_expr)
                        && c.arguments.keywords.iter().all(|k| k.arg.is_none());
                    if no_args && n.ctx == ExprContext::Load {
                        if let Some(r) = refused(n.id.as_str(), RefuseWhen::CallWithoutArgs) {
                            self.sites.push(Site {
                                scope: self.cur(),
                                name: n.id.to_string(),
                                range: c.range(),
                                message: r.message,
                            });
                        }
                    }
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchAs(m) => {
                if let Some(inner) = &m.pattern {
                    self.visit_pattern(inner);
                }
                if let Some(n) = &m.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range);
                }
            }
            Pattern::MatchStar(m) => {
                if let Some(n) = &m.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range);
                }
            }
            Pattern::MatchMapping(m) => {
                visitor::walk_pattern(self, p);
                if let Some(n) = &m.rest {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range);
                }
            }
            _ => visitor::walk_pattern(self, p),
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        stacker::maybe_grow(RED_ZONE, GROW_BY, || self.stmt(stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        stacker::maybe_grow(RED_ZONE, GROW_BY, || self.expr(expr));
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        stacker::maybe_grow(RED_ZONE, GROW_BY, || self.pattern(pattern));
    }

    fn visit_annotation(&mut self, expr: &'a Expr) {
        // Under `from __future__ import annotations` annotations are kept as
        // strings and never evaluated, so they bind and use nothing.
        if !self.future_annotations {
            self.visit_expr(expr);
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(t) = &h.type_ {
            self.visit_expr(t);
        }
        if let Some(n) = &h.name {
            self.add_def(n.as_str(), DEF_LOCAL, n.range);
        }
        for s in &h.body {
            self.visit_stmt(s);
        }
    }
}

// ---------------------------------------------------------------------------
// Phase 2: decide bindings (CPython's `analyze_block` and friends).

type Set = BTreeSet<String>;

impl Builder {
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        sym: (usize, usize),
        bound: Option<&mut Set>,
        local: &mut Set,
        free: &mut Set,
        global: &mut Set,
    ) -> Sc {
        let s = &self.scopes[sym.0].syms[sym.1];
        let (name, flags) = (s.name.clone(), s.flags);
        let at = s.directive.unwrap_or(self.scopes[sym.0].range);
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                self.error(at, format!("name '{name}' is nonlocal and global"));
            }
            if let Some(b) = bound {
                b.remove(&name);
            }
            global.insert(name);
            return Sc::GlobalExplicit;
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => {
                    self.error(at, "nonlocal declaration not allowed at module level");
                    return Sc::GlobalImplicit;
                }
                Some(b) if !b.contains(&name) => {
                    self.error(at, format!("no binding for nonlocal '{name}' found"));
                    return Sc::GlobalImplicit;
                }
                Some(_) => {
                    free.insert(name);
                    return Sc::Free;
                }
            }
        }
        if flags & DEF_BOUND != 0 {
            global.remove(&name);
            local.insert(name);
            return Sc::Local;
        }
        if let Some(b) = bound {
            if b.contains(&name) {
                free.insert(name);
                return Sc::Free;
            }
        }
        Sc::GlobalImplicit
    }

    fn analyze_block(
        &mut self,
        id: usize,
        mut bound: Option<&mut Set>,
        free: &mut Set,
        global: &mut Set,
    ) {
        let kind = self.scopes[id].kind;
        let is_class = kind == ScopeKind::Class;
        let mut local = Set::new();
        let mut newglobal = Set::new();
        let mut newfree = Set::new();
        let mut newbound = Set::new();

        // A class namespace is invisible to nested scopes: what they see is
        // decided before the class body's own names are analysed.
        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }
        for i in 0..self.scopes[id].syms.len() {
            let sc = self.analyze_name((id, i), bound.as_deref_mut(), &mut local, free, global);
            self.scopes[id].syms[i].sc = sc;
        }
        if !is_class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let mut allfree = Set::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let mut child_bound = newbound.clone();
            let mut child_free = newfree.clone();
            let mut child_global = newglobal.clone();
            stacker::maybe_grow(RED_ZONE, GROW_BY, || {
                self.analyze_block(
                    child,
                    Some(&mut child_bound),
                    &mut child_free,
                    &mut child_global,
                )
            });
            allfree.extend(child_free);
        }
        newfree.extend(allfree);

        if kind.is_function_like() {
            // Locals captured by inner scopes become cells.
            for sym in &mut self.scopes[id].syms {
                if sym.sc == Sc::Local && newfree.remove(&sym.name) {
                    sym.sc = Sc::Cell;
                }
            }
        } else if is_class && newfree.remove("__class__") {
            self.scopes[id].needs_class_cell = true;
        }

        // Free names of inner scopes not known here pass through this scope.
        if kind != ScopeKind::Module {
            for name in &newfree {
                if let Some(&i) = self.scopes[id].index.get(name) {
                    let sym = &mut self.scopes[id].syms[i];
                    if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                        sym.flags |= DEF_FREE_CLASS;
                    }
                    continue;
                }
                if bound.as_deref().is_some_and(|b| !b.contains(name)) {
                    continue;
                }
                let (i, _) = self.sym_index(id, name);
                self.scopes[id].syms[i].sc = Sc::Free;
            }
        }
        free.extend(newfree);
    }

    /// Refuses uses of `eval` & co. that reach the builtin.
    fn check_refusals(&mut self) {
        // Names the module binds: directly, through a module-level walrus,
        // or through a `global` declaration elsewhere.
        let mut assigned_globals = Vec::new();
        for s in &self.scopes {
            for sym in &s.syms {
                if sym.sc == Sc::GlobalExplicit && sym.flags & (DEF_LOCAL | DEF_IMPORT) != 0 {
                    assigned_globals.push(sym.name.clone());
                }
            }
        }
        for name in assigned_globals {
            let (i, _) = self.sym_index(0, &name);
            self.scopes[0].syms[i].flags |= DEF_GLOBAL_ASSIGNED;
        }
        let sites = std::mem::take(&mut self.sites);
        for site in sites {
            let module_binds =
                self.flags_of(0, &site.name) & (DEF_BOUND | DEF_WALRUS | DEF_GLOBAL_ASSIGNED) != 0;
            if module_binds {
                continue;
            }
            let s = &self.scopes[site.scope];
            let reaches_builtin = s.kind == ScopeKind::Module
                || s.index.get(&site.name).is_some_and(|&i| {
                    matches!(s.syms[i].sc, Sc::GlobalImplicit | Sc::GlobalExplicit)
                });
            if reaches_builtin {
                self.error(site.range, site.message);
            }
        }
    }

    fn finish(self) -> ScopeTree {
        let mut scopes: Vec<Scope> = Vec::with_capacity(self.scopes.len());
        let mut by_range = BTreeMap::new();
        for (id, raw) in self.scopes.iter().enumerate() {
            let qualname = match raw.parent {
                None => raw.name.clone(),
                Some(0) => raw.name.clone(),
                Some(p) => {
                    let parent = &self.scopes[p];
                    let force_global = matches!(raw.kind, ScopeKind::Function | ScopeKind::Class)
                        && parent
                            .index
                            .get(&mangle(parent.private.as_deref(), &raw.name))
                            .is_some_and(|&i| parent.syms[i].sc == Sc::GlobalExplicit);
                    let pq = &scopes[p].qualname;
                    if force_global {
                        raw.name.clone()
                    } else if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
                        format!("{pq}.<locals>.{}", raw.name)
                    } else {
                        format!("{pq}.{}", raw.name)
                    }
                }
            };
            let is_module = raw.kind == ScopeKind::Module;
            let symbols: Vec<Symbol> = raw
                .syms
                .iter()
                .map(|s| Symbol {
                    name: s.name.clone(),
                    binding: if is_module {
                        Binding::GlobalImplicit
                    } else {
                        match s.sc {
                            Sc::Local => Binding::Local,
                            Sc::Cell => Binding::Cell,
                            Sc::Free => Binding::Free,
                            Sc::GlobalExplicit => Binding::GlobalExplicit,
                            Sc::GlobalImplicit => Binding::GlobalImplicit,
                        }
                    },
                    is_param: s.flags & DEF_PARAM != 0,
                    is_assigned: s.flags
                        & (DEF_LOCAL | DEF_IMPORT | DEF_WALRUS | DEF_GLOBAL_ASSIGNED)
                        != 0,
                    is_used: s.flags & (USE | READ_AUG) != 0,
                    also_free_in_class: s.flags & DEF_FREE_CLASS != 0,
                })
                .collect();
            let index = symbols
                .iter()
                .enumerate()
                .map(|(i, s)| (s.name.clone(), i))
                .collect();
            if !is_module {
                by_range.insert(
                    (raw.range.start().into(), raw.range.end().into()),
                    ScopeId(id as u32),
                );
            }
            scopes.push(Scope {
                kind: raw.kind,
                name: raw.name.clone(),
                qualname,
                parent: raw.parent.map(|p| ScopeId(p as u32)),
                children: raw.children.iter().map(|&c| ScopeId(c as u32)).collect(),
                symbols,
                params: raw.params.clone(),
                is_generator: raw.is_generator,
                is_async: raw.is_async,
                needs_class_cell: raw.needs_class_cell,
                private_class: raw.private.clone(),
                range: raw.range,
                index,
            });
        }
        ScopeTree { scopes, by_range }
    }
}
