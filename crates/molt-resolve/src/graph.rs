//! The module graph: the entry module and every user module it imports,
//! directly or through other modules, found statically.
//!
//! Modules are looked up as CPython does for a script: beside the entry
//! file first (`a.b` is `a/b.py` or the package `a/b/__init__.py`), then
//! among the modules the runtime implements. An import that is neither is a
//! build error, as is any import whose name is only known at run time
//! (`__import__` and friends are refused by the resolver). Importing
//! `a.b.c` also imports the packages `a` and `a.b`, as in CPython.

use molt_abi::RuntimeModule;
use molt_syntax::ast::{self, Stmt};
use molt_syntax::{Diagnostic, Ranged, SourceFile, TextRange};
use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One user module of the program.
pub struct Module {
    /// Dotted name (`__main__` for the entry module).
    pub name: String,
    /// Is it a package (`__init__.py`)?
    pub is_package: bool,
    pub file: SourceFile,
    pub ast: ast::ModModule,
}

impl Module {
    /// The package relative imports in this module start from.
    pub fn package(&self) -> &str {
        if self.is_package {
            &self.name
        } else {
            self.name.rsplit_once('.').map_or("", |(p, _)| p)
        }
    }
}

/// All user modules, the entry module first, then in discovery order.
pub struct ModuleGraph {
    pub modules: Vec<Module>,
    index: BTreeMap<String, usize>,
}

impl ModuleGraph {
    pub fn get(&self, name: &str) -> Option<&Module> {
        self.index.get(name).map(|&i| &self.modules[i])
    }

    pub fn contains(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }
}

/// Reads a source file; `None` when it does not exist.
pub type Loader<'a> = dyn Fn(&Path) -> Result<Option<String>, String> + 'a;

/// What the loader needs to know from the caller.
pub struct GraphOptions<'a> {
    /// Path of the entry module as the user gave it.
    pub entry: &'a Path,
    /// Modules the runtime provides (`sys`, `math`, ...).
    pub runtime_modules: &'a [RuntimeModule],
    pub load: &'a Loader<'a>,
    /// Parses a file (the caller's parser, with its limits).
    pub parse: &'a dyn Fn(&SourceFile) -> Result<ast::ModModule, Vec<Diagnostic>>,
}

/// An error in one file of the program, ready to render against it.
pub struct FileDiagnostics {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads the entry module and everything it imports.
pub fn load(opts: &GraphOptions) -> Result<ModuleGraph, Vec<FileDiagnostics>> {
    let root = opts
        .entry
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let entry_text = match (opts.load)(opts.entry) {
        Ok(Some(t)) => t,
        Ok(None) => {
            return Err(vec![io_error(
                opts.entry,
                format!("cannot read {}: No such file", opts.entry.display()),
            )])
        }
        Err(e) => return Err(vec![io_error(opts.entry, e)]),
    };
    let mut g = ModuleGraph {
        modules: Vec::new(),
        index: BTreeMap::new(),
    };
    let mut errors = Vec::new();
    let entry_file = SourceFile::new(opts.entry.display().to_string(), entry_text);
    match (opts.parse)(&entry_file) {
        Ok(ast) => add(&mut g, "__main__", false, entry_file, ast),
        Err(d) => {
            return Err(vec![FileDiagnostics {
                file: entry_file,
                diagnostics: d,
            }])
        }
    }
    let mut next = 0;
    while next < g.modules.len() {
        let requests = imports_of(&g.modules[next]);
        let mut diags = Vec::new();
        for (name, range, optional) in requests {
            if g.contains(&name)
                || is_runtime(opts, &name) && !user_module_exists(opts, &root, &name)
            {
                continue;
            }
            // Importing a.b.c imports a and a.b first.
            let parts: Vec<&str> = name.split('.').collect();
            for k in 1..=parts.len() {
                let prefix = parts[..k].join(".");
                if g.contains(&prefix) {
                    continue;
                }
                match find(opts, &root, &prefix) {
                    Ok(Some((path, is_package, text))) => {
                        let display = path.display().to_string();
                        let file = SourceFile::new(display, text);
                        match (opts.parse)(&file) {
                            Ok(ast) => add(&mut g, &prefix, is_package, file, ast),
                            Err(d) => errors.push(FileDiagnostics {
                                file,
                                diagnostics: d,
                            }),
                        }
                    }
                    Ok(None) => {
                        if optional || is_runtime(opts, &prefix) {
                            break;
                        }
                        diags.push(Diagnostic::new(
                            range,
                            format!(
                                "No module named '{prefix}': Molt looks for it beside the main file and among the modules it implements"
                            ),
                        ));
                        break;
                    }
                    Err(e) => {
                        diags.push(Diagnostic::new(range, e));
                        break;
                    }
                }
            }
        }
        if !diags.is_empty() {
            errors.push(FileDiagnostics {
                file: SourceFile::new(
                    g.modules[next].file.path.clone(),
                    g.modules[next].file.text.clone(),
                ),
                diagnostics: diags,
            });
        }
        next += 1;
    }
    if errors.is_empty() {
        check_runtime_names(&g, opts, &mut errors);
    }
    if errors.is_empty() {
        Ok(g)
    } else {
        Err(errors)
    }
}

fn is_runtime(opts: &GraphOptions, name: &str) -> bool {
    opts.runtime_modules.iter().any(|m| m.name == name)
}

/// Refuses uses of names the runtime modules do not define.
fn check_runtime_names(g: &ModuleGraph, opts: &GraphOptions, errors: &mut Vec<FileDiagnostics>) {
    let runtime = |name: &str| {
        if g.contains(name) {
            None
        } else {
            opts.runtime_modules.iter().find(|m| m.name == name)
        }
    };
    for m in &g.modules {
        let diagnostics = crate::runtime_names::check(&m.ast.body, &runtime);
        if !diagnostics.is_empty() {
            errors.push(FileDiagnostics {
                file: SourceFile::new(m.file.path.clone(), m.file.text.clone()),
                diagnostics,
            });
        }
    }
}

fn add(g: &mut ModuleGraph, name: &str, is_package: bool, file: SourceFile, ast: ast::ModModule) {
    g.index.insert(name.to_string(), g.modules.len());
    g.modules.push(Module {
        name: name.to_string(),
        is_package,
        file,
        ast,
    });
}

fn io_error(path: &Path, msg: String) -> FileDiagnostics {
    FileDiagnostics {
        file: SourceFile::new(path.display().to_string(), ""),
        diagnostics: vec![Diagnostic::new(TextRange::default(), msg)],
    }
}

fn user_module_exists(opts: &GraphOptions, root: &Path, name: &str) -> bool {
    // `sys` is built into CPython itself and cannot be shadowed.
    name != "sys" && matches!(find(opts, root, name), Ok(Some(_)))
}

/// The file of a user module: `a/b.py`, else the package `a/b/__init__.py`.
fn find(
    opts: &GraphOptions,
    root: &Path,
    name: &str,
) -> Result<Option<(PathBuf, bool, String)>, String> {
    if name == "sys" {
        return Ok(None);
    }
    let mut base = root.to_path_buf();
    for part in name.split('.') {
        base.push(part);
    }
    let module = base.with_extension("py");
    if let Some(text) = (opts.load)(&module)? {
        return Ok(Some((module, false, text)));
    }
    let init = base.join("__init__.py");
    if let Some(text) = (opts.load)(&init)? {
        return Ok(Some((init, true, text)));
    }
    Ok(None)
}

/// The absolute module name a relative import refers to, or why it can't.
pub fn absolute_name(package: &str, level: u32, module: Option<&str>) -> Result<String, String> {
    if level == 0 {
        return Ok(module.unwrap_or("").to_string());
    }
    if package.is_empty() {
        return Err("attempted relative import with no known parent package".into());
    }
    let parts: Vec<&str> = package.split('.').collect();
    let up = level as usize - 1;
    if up >= parts.len() {
        return Err("attempted relative import beyond top-level package".into());
    }
    let mut name = parts[..parts.len() - up].join(".");
    if let Some(m) = module {
        name.push('.');
        name.push_str(m);
    }
    Ok(name)
}

/// The names of a module's `__all__` when its body assigns it a literal
/// list or tuple of strings (what `from m import *` then binds).
pub fn literal_all(body: &[Stmt]) -> Option<Vec<String>> {
    for stmt in body {
        let Stmt::Assign(a) = stmt else { continue };
        let is_all = a
            .targets
            .iter()
            .any(|t| matches!(t, ast::Expr::Name(n) if n.id.as_str() == "__all__"));
        if !is_all {
            continue;
        }
        let elts = match &*a.value {
            ast::Expr::List(l) => &l.elts,
            ast::Expr::Tuple(t) => &t.elts,
            _ => continue,
        };
        let names: Option<Vec<String>> = elts
            .iter()
            .map(|e| match e {
                ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                _ => None,
            })
            .collect();
        if names.is_some() {
            return names;
        }
    }
    None
}

/// Every module name a module's import statements may load, with where,
/// and whether it may be absent (`from pkg import x` names a submodule only
/// if there is one).
fn imports_of(m: &Module) -> Vec<(String, TextRange, bool)> {
    struct Collect<'m> {
        package: &'m str,
        out: Vec<(String, TextRange, bool)>,
    }
    impl<'a> StatementVisitor<'a> for Collect<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Import(i) => {
                    for a in &i.names {
                        self.out
                            .push((a.name.as_str().to_string(), a.range(), false));
                    }
                }
                Stmt::ImportFrom(i)
                    if i.level == 0
                        && i.module
                            .as_ref()
                            .is_some_and(|m| m.as_str() == "__future__") => {}
                Stmt::ImportFrom(i) => {
                    let Ok(base) =
                        absolute_name(self.package, i.level, i.module.as_ref().map(|m| m.as_str()))
                    else {
                        return;
                    };
                    if !base.is_empty() {
                        self.out.push((base.clone(), i.range(), false));
                    }
                    // `from pkg import sub` may name a submodule.
                    for a in &i.names {
                        if a.name.as_str() != "*" && !base.is_empty() {
                            self.out
                                .push((format!("{base}.{}", a.name.as_str()), a.range(), true));
                        }
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut c = Collect {
        package: m.package(),
        out: Vec::new(),
    };
    c.visit_body(&m.ast.body);
    // `from package import *` imports the submodules its `__all__` names.
    if m.is_package {
        for name in literal_all(&m.ast.body).unwrap_or_default() {
            c.out
                .push((format!("{}.{name}", m.name), TextRange::default(), true));
        }
    }
    c.out
}
