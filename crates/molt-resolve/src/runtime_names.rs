//! Uses of names a runtime module does not define: `from math import nope`
//! and `math.nope` are build errors at the use, so a function Molt has not
//! implemented never turns into a surprise at run time.
//!
//! `m.attr` is checked only when `m` is certainly the module: every binding
//! of the name `m` anywhere in the file is an `import` of that same module.
//! An attribute the program assigns (`m.attr = ...`) is its own and is left
//! alone.

use molt_abi::RuntimeModule;
use molt_syntax::Diagnostic;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

/// The diagnostics for one module's body. `runtime` answers whether an
/// absolute module name is a runtime module (and not one of the program's).
pub fn check<'r>(
    body: &[Stmt],
    runtime: &dyn Fn(&str) -> Option<&'r RuntimeModule>,
) -> Vec<Diagnostic> {
    let mut b = Bindings {
        runtime,
        names: BTreeMap::new(),
        assigned_attrs: BTreeSet::new(),
        diags: Vec::new(),
    };
    b.visit_body(body);
    let mut uses = Uses {
        bindings: &b,
        diags: Vec::new(),
    };
    uses.visit_body(body);
    let mut diags = uses.diags;
    diags.append(&mut b.diags);
    diags.sort_by_key(|d| d.range.start());
    diags
}

/// What a name is bound to, over the whole file.
#[derive(PartialEq)]
enum Binding {
    Module(String),
    Other,
}

struct Bindings<'a, 'r> {
    runtime: &'a dyn Fn(&str) -> Option<&'r RuntimeModule>,
    names: BTreeMap<String, Vec<Binding>>,
    /// `(name, attr)` pairs the program assigns or deletes.
    assigned_attrs: BTreeSet<(String, String)>,
    diags: Vec<Diagnostic>,
}

impl Bindings<'_, '_> {
    fn bind(&mut self, name: &str, b: Binding) {
        self.names.entry(name.to_string()).or_default().push(b);
    }

    /// The runtime module `name` is certainly bound to.
    fn module_of(&self, name: &str) -> Option<&RuntimeModule> {
        let bs = self.names.get(name)?;
        let Some(Binding::Module(m)) = bs.first() else {
            return None;
        };
        if bs.iter().all(|b| *b == Binding::Module(m.clone())) {
            (self.runtime)(m)
        } else {
            None
        }
    }
}

impl<'b> Visitor<'b> for Bindings<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        match stmt {
            Stmt::Import(i) => {
                for a in &i.names {
                    match &a.asname {
                        Some(asname) => self.bind(asname, Binding::Module(a.name.to_string())),
                        None => {
                            // `import a.b` binds `a`, whose attribute `b`
                            // is then the submodule.
                            let mut parts = a.name.split('.');
                            let first = parts.next().unwrap_or_default();
                            if let Some(sub) = parts.next() {
                                self.assigned_attrs
                                    .insert((first.to_string(), sub.to_string()));
                            }
                            self.bind(first, Binding::Module(first.to_string()));
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = (i.level == 0)
                    .then(|| i.module.as_ref().and_then(|m| (self.runtime)(m.as_str())))
                    .flatten();
                for a in &i.names {
                    if let Some(m) = module {
                        let submodule = format!("{}.{}", m.name, a.name);
                        if a.name.as_str() != "*"
                            && !m.defines(a.name.as_str())
                            && (self.runtime)(&submodule).is_none()
                        {
                            self.diags.push(Diagnostic::new(
                                a.range(),
                                format!(
                                    "cannot import name '{}' from '{}': Molt's {} module does not provide it",
                                    a.name, m.name, m.name
                                ),
                            ));
                        }
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(bound, Binding::Other);
                }
            }
            Stmt::FunctionDef(f) => self.bind(&f.name, Binding::Other),
            Stmt::ClassDef(c) => self.bind(&c.name, Binding::Other),
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        match expr {
            Expr::Name(n) if n.ctx != ExprContext::Load => self.bind(&n.id, Binding::Other),
            Expr::Attribute(a) if a.ctx != ExprContext::Load => {
                if let Expr::Name(n) = &*a.value {
                    self.assigned_attrs
                        .insert((n.id.to_string(), a.attr.to_string()));
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, p: &'b ast::Parameter) {
        self.bind(&p.name, Binding::Other);
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'b ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h2) = h;
        if let Some(name) = &h2.name {
            self.bind(name, Binding::Other);
        }
        visitor::walk_except_handler(self, h);
    }

    fn visit_pattern(&mut self, p: &'b Pattern) {
        match p {
            Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
            | Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
                self.bind(n, Binding::Other)
            }
            _ => {}
        }
        visitor::walk_pattern(self, p);
    }
}

struct Uses<'a, 'b, 'r> {
    bindings: &'a Bindings<'b, 'r>,
    diags: Vec<Diagnostic>,
}

impl<'v> Visitor<'v> for Uses<'_, '_, '_> {
    fn visit_expr(&mut self, expr: &'v Expr) {
        if let Expr::Attribute(a) = expr {
            if let Expr::Name(n) = &*a.value {
                let attr = a.attr.as_str();
                if let Some(m) = self.bindings.module_of(&n.id) {
                    let assigned = self
                        .bindings
                        .assigned_attrs
                        .contains(&(n.id.to_string(), attr.to_string()));
                    let submodule = (self.bindings.runtime)(&format!("{}.{attr}", m.name));
                    if !assigned && !m.defines(attr) && submodule.is_none() {
                        self.diags.push(Diagnostic::new(
                            a.range(),
                            format!(
                                "module '{}' has no attribute '{attr}': Molt's {} module does not provide it",
                                m.name, m.name
                            ),
                        ));
                    }
                }
            }
        }
        visitor::walk_expr(self, expr);
    }
}
