//! A bound on how deeply statements and expressions nest.
//!
//! CPython 3.11 stops compiling a program whose syntax tree nests about
//! 3,000 levels deep (`RecursionError: maximum recursion depth exceeded
//! during compilation`). Molt refuses such programs too, a little before
//! that point, so every later pass can recurse over the tree without
//! running out of native stack, and a program Molt builds also runs on the
//! reference interpreter.

use crate::{Diagnostic, Ranged};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, ModModule, Stmt};

/// Deepest nesting accepted (CPython's own limit is about 3,000).
pub const MAX_DEPTH: usize = 2_900;

struct DepthCheck {
    depth: usize,
    error: Option<Diagnostic>,
}

impl DepthCheck {
    /// Counts one more level; false when the walk must not go deeper.
    fn enter(&mut self, node: &impl Ranged) -> bool {
        self.depth += 1;
        if self.error.is_some() {
            return false;
        }
        if self.depth > MAX_DEPTH {
            self.error = Some(Diagnostic::new(
                node.range(),
                format!(
                    "this code nests more than {MAX_DEPTH} levels deep; CPython 3.11 refuses it \
                     (RecursionError during compilation)"
                ),
            ));
            return false;
        }
        true
    }
}

impl<'a> Visitor<'a> for DepthCheck {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter(stmt) {
            visitor::walk_stmt(self, stmt);
        }
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter(expr) {
            visitor::walk_expr(self, expr);
        }
        self.depth -= 1;
    }
}

pub fn check(module: &ModModule) -> Result<(), Vec<Diagnostic>> {
    let mut c = DepthCheck {
        depth: 0,
        error: None,
    };
    c.visit_body(&module.body);
    match c.error {
        Some(d) => Err(vec![d]),
        None => Ok(()),
    }
}
