//! Lowering of statements and assignment targets.

use super::expr::binop;
use super::{signature, Cleanup, Cx, FnBuilder, LoopCtx};
use crate::{BinOp, CmpOp, Imm, Op, Operand, Pos, Slot, Term};
use molt_abi::entry as rt;
use molt_syntax::ast::{self, Expr, Stmt};
use molt_syntax::Ranged;

impl<'a> FnBuilder<'a> {
    pub fn param_names(&self) -> &[String] {
        &self.func.sig.params
    }

    pub fn lower_body(&mut self, cx: &mut Cx<'a>, body: &'a [Stmt]) {
        for s in body {
            self.stmt(cx, s);
        }
    }

    fn stmt(&mut self, cx: &mut Cx<'a>, s: &'a Stmt) {
        self.set_pos(cx, s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(cx, &e.value);
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Assign(a) => {
                let v = self.expr(cx, &a.value);
                for t in &a.targets {
                    self.assign(cx, t, v);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(value) = &a.value {
                    let v = self.expr(cx, value);
                    self.assign(cx, &a.target, v);
                }
                self.annotate(cx, a);
            }
            Stmt::AugAssign(a) => self.aug_assign(cx, a),
            Stmt::If(i) => {
                let end = self.new_block();
                let cond = self.expr(cx, &i.test);
                let (then, mut next) = (self.new_block(), self.new_block());
                self.terminate(Term::Branch {
                    cond,
                    then,
                    else_: next,
                });
                self.switch_to(then);
                self.lower_body(cx, &i.body);
                self.jump(end);
                for clause in &i.elif_else_clauses {
                    self.switch_to(next);
                    match &clause.test {
                        Some(test) => {
                            // CPython's `elif` is an `if` statement of its own.
                            self.set_pos(cx, clause.range());
                            let cond = self.expr(cx, test);
                            let then = self.new_block();
                            next = self.new_block();
                            self.terminate(Term::Branch {
                                cond,
                                then,
                                else_: next,
                            });
                            self.switch_to(then);
                            self.lower_body(cx, &clause.body);
                            self.jump(end);
                        }
                        None => {
                            self.lower_body(cx, &clause.body);
                            self.jump(end);
                            next = self.new_block();
                        }
                    }
                }
                self.switch_to(next);
                self.jump(end);
                self.switch_to(end);
            }
            Stmt::While(w) => {
                let (head, body, orelse, end) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                self.jump(head);
                self.switch_to(head);
                self.mark_loop_header(head);
                let cond = self.expr(cx, &w.test);
                self.terminate(Term::Branch {
                    cond,
                    then: body,
                    else_: orelse,
                });
                self.switch_to(body);
                self.loops.push(LoopCtx {
                    continue_to: head,
                    break_to: end,
                    cleanup_depth: self.cleanups.len(),
                });
                self.lower_body(cx, &w.body);
                self.loops.pop();
                self.jump(head);
                self.switch_to(orelse);
                self.lower_body(cx, &w.orelse);
                self.jump(end);
                self.switch_to(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    cx.unsupported(f.range(), "`async for`");
                    return;
                }
                let (head, body, orelse, end) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                let v = if let Some((counter, stop, step)) = self.counted_range(cx, &f.iter) {
                    // `for x in range(...)`: count with inline int arithmetic
                    // instead of an iterator object.
                    let zero = self.imm(Imm::Int(0));
                    let upward = self.temp();
                    self.emit(Op::Compare {
                        dst: upward,
                        op: CmpOp::Gt,
                        a: step,
                        b: zero,
                    });
                    self.jump(head);
                    self.switch_to(head);
                    self.mark_loop_header(head);
                    let more = self.temp();
                    let (up, down, test) = (self.new_block(), self.new_block(), self.new_block());
                    self.terminate(Term::Branch {
                        cond: upward,
                        then: up,
                        else_: down,
                    });
                    for (blk, op) in [(up, CmpOp::Lt), (down, CmpOp::Gt)] {
                        self.switch_to(blk);
                        self.emit(Op::Compare {
                            dst: more,
                            op,
                            a: counter,
                            b: stop,
                        });
                        self.jump(test);
                    }
                    self.switch_to(test);
                    self.terminate(Term::Branch {
                        cond: more,
                        then: body,
                        else_: orelse,
                    });
                    self.switch_to(body);
                    let v = self.temp();
                    self.copy(v, counter);
                    self.emit(Op::BinOp {
                        dst: counter,
                        op: BinOp::Add,
                        a: counter,
                        b: step,
                        inplace: false,
                    });
                    v
                } else {
                    let iterable = self.expr(cx, &f.iter);
                    let it = self.call(rt::ITER, vec![Operand::Slot(iterable)]);
                    self.jump(head);
                    self.switch_to(head);
                    self.mark_loop_header(head);
                    let v = self.call(rt::ITER_NEXT, vec![Operand::Slot(it)]);
                    self.branch_if_is(v, Imm::IterDone, orelse, body);
                    v
                };
                self.assign(cx, &f.target, v);
                self.loops.push(LoopCtx {
                    continue_to: head,
                    break_to: end,
                    cleanup_depth: self.cleanups.len(),
                });
                self.lower_body(cx, &f.body);
                self.loops.pop();
                self.jump(head);
                self.switch_to(orelse);
                self.lower_body(cx, &f.orelse);
                self.jump(end);
                self.switch_to(end);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                let Some(l) = self.loops.last() else {
                    cx.error(s.range(), "'break' outside loop");
                    return;
                };
                let (target, depth) = if matches!(s, Stmt::Break(_)) {
                    (l.break_to, l.cleanup_depth)
                } else {
                    (l.continue_to, l.cleanup_depth)
                };
                self.run_cleanups(cx, depth);
                self.jump(target);
            }
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(v) => self.expr(cx, v),
                    None => self.imm(Imm::None),
                };
                let keep = self.temp();
                self.copy(keep, v);
                self.run_cleanups(cx, 0);
                self.return_value(keep);
            }
            Stmt::FunctionDef(f) => self.function_def(cx, f),
            Stmt::ClassDef(c) => self.class_def(cx, c),
            Stmt::Raise(r) => {
                match &r.exc {
                    None => {
                        self.call_void(rt::RERAISE, vec![]);
                    }
                    Some(exc) => {
                        let e = self.expr(cx, exc);
                        let cause = match &r.cause {
                            Some(c) => self.expr(cx, c),
                            None => self.imm(Imm::Unbound),
                        };
                        self.call_void(rt::RAISE, vec![Operand::Slot(e), Operand::Slot(cause)]);
                    }
                }
                self.terminate(Term::Unreachable);
            }
            Stmt::Try(t) => self.try_stmt(cx, t),
            Stmt::Assert(a) => {
                let cond = self.expr(cx, &a.test);
                let (fail, ok) = (self.new_block(), self.new_block());
                self.terminate(Term::Branch {
                    cond,
                    then: ok,
                    else_: fail,
                });
                self.switch_to(fail);
                let msg = match &a.msg {
                    Some(m) => self.expr(cx, m),
                    None => self.imm(Imm::Unbound),
                };
                if let Some(c) = last_comparison(&a.test) {
                    self.set_expr_pos(cx, c);
                }
                self.call_void(rt::ASSERT_FAIL, vec![Operand::Slot(msg)]);
                self.terminate(Term::Unreachable);
                self.switch_to(ok);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(cx, t);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    let n = cx.str_const(full);
                    let m = self.call(rt::IMPORT, vec![Operand::Const(n)]);
                    match &alias.asname {
                        // `import a.b as c` binds `a`'s attribute `b`, which
                        // a package may have rebound (CPython's IMPORT_FROM).
                        Some(asname) if full.contains('.') => {
                            let mut parts = full.split('.');
                            let top = parts.next().unwrap_or(full);
                            let tn = cx.str_const(top);
                            let mut v = self.call(rt::IMPORT, vec![Operand::Const(tn)]);
                            for part in parts {
                                let pn = cx.str_const(part);
                                v = self.call(
                                    rt::IMPORT_NAME,
                                    vec![Operand::Slot(v), Operand::Const(pn)],
                                );
                            }
                            self.store_name(cx, asname.as_str(), v);
                        }
                        Some(asname) => self.store_name(cx, asname.as_str(), m),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            if top != full {
                                let tn = cx.str_const(top);
                                let tm = self.call(rt::IMPORT, vec![Operand::Const(tn)]);
                                self.store_name(cx, top, tm);
                            } else {
                                self.store_name(cx, top, m);
                            }
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => self.import_from(cx, i),
            Stmt::With(w) => {
                if w.is_async {
                    cx.unsupported(w.range(), "`async with`");
                    return;
                }
                self.with_items(cx, &w.items, &w.body, self.pos);
            }
            Stmt::Match(m) => self.match_stmt(cx, m),
            Stmt::TypeAlias(t) => cx.unsupported(t.range(), "the `type` statement"),
            Stmt::IpyEscapeCommand(c) => cx.unsupported(c.range(), "IPython escape commands"),
        }
    }

    /// Runs the cleanups above `depth` (innermost first) on a `return`,
    /// `break` or `continue` path, without popping them: the code after the
    /// jump still belongs to the protected region.
    fn run_cleanups(&mut self, cx: &mut Cx<'a>, depth: usize) {
        let saved_handler = self.handler;
        let pending: Vec<Cleanup<'a>> = self.cleanups[depth..].iter().rev().cloned().collect();
        for c in pending {
            match c {
                Cleanup::PopExc => self.call_void(rt::EXC_POP, vec![]),
                Cleanup::WithExit(exit) => {
                    let none = self.imm(Imm::None);
                    self.call_void(
                        rt::WITH_EXIT,
                        vec![Operand::Slot(exit), Operand::Slot(none)],
                    );
                }
                Cleanup::Finally(body, outer) => {
                    self.set_handler(outer);
                    let keep = std::mem::take(&mut self.cleanups);
                    self.cleanups = keep[..depth.min(keep.len())].to_vec();
                    self.lower_body(cx, body);
                    self.cleanups = keep;
                }
            }
        }
        if self.handler != saved_handler {
            self.set_handler(saved_handler);
        }
    }

    fn try_stmt(&mut self, cx: &mut Cx<'a>, t: &'a ast::StmtTry) {
        if t.is_star {
            let at = t.handlers.first().map_or(t.range(), |h| h.range());
            cx.unsupported(at, "`except*`");
            return;
        }
        let outer = self.handler;
        let end = self.new_block();
        // try/finally wraps everything else.
        let finally_handler = if t.finalbody.is_empty() {
            None
        } else {
            let h = self.new_block();
            self.cleanups.push(Cleanup::Finally(&t.finalbody, outer));
            Some(h)
        };
        let inner_outer = finally_handler.or(outer);
        if t.handlers.is_empty() {
            self.set_handler(inner_outer);
            self.lower_body(cx, &t.body);
            self.lower_body(cx, &t.orelse);
        } else {
            let handler = self.new_block();
            self.set_handler(Some(handler));
            self.lower_body(cx, &t.body);
            self.set_handler(inner_outer);
            self.lower_body(cx, &t.orelse);
            let after = self.new_block();
            self.jump(after);
            // The handler: take the exception and test the clauses in order.
            self.switch_to(handler);
            let exc = self.call(rt::EXC_TAKE, vec![]);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_pos(cx, h.range());
                let body = self.new_block();
                let next = self.new_block();
                match &h.type_ {
                    Some(ty) => {
                        let ty = self.expr(cx, ty);
                        let m =
                            self.call(rt::EXC_MATCH, vec![Operand::Slot(exc), Operand::Slot(ty)]);
                        self.terminate(Term::Branch {
                            cond: m,
                            then: body,
                            else_: next,
                        });
                    }
                    None => self.jump(body),
                }
                self.switch_to(body);
                self.call_void(rt::EXC_PUSH, vec![Operand::Slot(exc)]);
                // Leaving the clause by an exception pops the handled one too.
                let clause_exit = self.new_block();
                self.set_handler(Some(clause_exit));
                self.cleanups.push(Cleanup::PopExc);
                if let Some(name) = &h.name {
                    self.store_name(cx, name.as_str(), exc);
                }
                self.lower_body(cx, &h.body);
                self.cleanups.pop();
                self.set_handler(inner_outer);
                self.call_void(rt::EXC_POP, vec![]);
                if let Some(name) = &h.name {
                    let u = self.imm(Imm::Unbound);
                    self.unbind(cx, name.as_str(), u);
                }
                self.jump(after);
                self.switch_to(clause_exit);
                self.pop_and_reraise();
                self.switch_to(next);
            }
            // No clause matched: re-raise to the enclosing handler.
            self.call_void(rt::EXC_RESTORE, vec![Operand::Slot(exc)]);
            self.terminate(Term::Unreachable);
            self.switch_to(after);
        }
        if let Some(fh) = finally_handler {
            self.cleanups.pop();
            self.set_handler(outer);
            // Normal exit: run the finally body.
            self.lower_body(cx, &t.finalbody);
            self.jump(end);
            // Exceptional exit: run it, then re-raise.
            // The exception is being handled while the body runs, so one
            // raised there gets it as its `__context__`.
            self.switch_to(fh);
            let exc = self.call(rt::EXC_TAKE, vec![]);
            self.call_void(rt::EXC_PUSH, vec![Operand::Slot(exc)]);
            let body_exit = self.new_block();
            self.set_handler(Some(body_exit));
            self.cleanups.push(Cleanup::PopExc);
            self.lower_body(cx, &t.finalbody);
            self.cleanups.pop();
            self.set_handler(outer);
            self.call_void(rt::EXC_POP, vec![]);
            self.call_void(rt::EXC_RESTORE, vec![Operand::Slot(exc)]);
            self.terminate(Term::Unreachable);
            self.switch_to(body_exit);
            self.pop_and_reraise();
        } else {
            self.set_handler(outer);
            self.jump(end);
        }
        self.switch_to(end);
    }

    /// `from module import names` (absolute or relative).
    fn import_from(&mut self, cx: &mut Cx<'a>, i: &'a ast::StmtImportFrom) {
        let module = i.module.as_ref().map(|m| m.as_str());
        if i.level == 0 && module == Some("__future__") {
            // A compiler directive (`annotations` is honoured in `annotate`;
            // the others are the default behaviour in 3.11).
            return;
        }
        let base = match molt_resolve::graph::absolute_name(cx.package, i.level, module) {
            Ok(b) => b,
            Err(msg) => {
                // CPython raises this ImportError when the statement runs.
                let class = cx.str_const("ImportError");
                let class = self.call(rt::LOAD_BUILTIN, vec![Operand::Const(class)]);
                let msg = cx.str_const(&msg);
                let msg = self.konst(msg);
                let e = self.call_value(class, &[msg]);
                let cause = self.imm(Imm::Unbound);
                self.call_void(rt::RAISE, vec![Operand::Slot(e), Operand::Slot(cause)]);
                self.terminate(Term::Unreachable);
                return;
            }
        };
        let n = cx.str_const(&base);
        let m = self.call(rt::IMPORT, vec![Operand::Const(n)]);
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "*" {
                self.import_star(cx, &base, m, alias.range());
                continue;
            }
            // The attribute, else the submodule (the runtime imports it).
            let an = cx.str_const(name);
            let v = self.call(rt::IMPORT_NAME, vec![Operand::Slot(m), Operand::Const(an)]);
            let bind = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(cx, bind.as_str(), v);
        }
    }

    /// `from module import *`: binds the names the module exports (its
    /// `__all__`, else its public globals), each only if it is bound.
    fn import_star(&mut self, cx: &mut Cx<'a>, base: &str, m: Slot, range: molt_syntax::TextRange) {
        let Some((names, from_all)) = cx.star_exports.get(base).cloned() else {
            cx.error(
                range,
                format!("`from {base} import *` is supported only for the program's own modules"),
            );
            return;
        };
        if from_all {
            // Every name of `__all__` must exist (AttributeError otherwise);
            // submodules it names are imported first, as CPython does.
            for name in &names {
                if cx.user_modules.contains(&format!("{base}.{name}")) {
                    let an = cx.str_const(name);
                    self.call(rt::IMPORT_NAME, vec![Operand::Slot(m), Operand::Const(an)]);
                }
            }
            for name in &names {
                let an = cx.str_const(name);
                let v = self.call(
                    rt::GETATTR,
                    vec![Operand::Slot(m), Operand::Const(an), Operand::Cache],
                );
                self.store_name(cx, name, v);
            }
            return;
        }
        for name in names {
            let an = cx.str_const(&name);
            let v = self.call(rt::MODULE_GET, vec![Operand::Slot(m), Operand::Const(an)]);
            let (bind, next) = (self.new_block(), self.new_block());
            self.branch_if_is(v, Imm::Unbound, next, bind);
            self.store_name(cx, &name, v);
            self.jump(next);
            self.switch_to(next);
        }
    }

    /// Module and class bodies with annotated assignments start with an
    /// empty `__annotations__` dict, as CPython's SETUP_ANNOTATIONS does.
    pub fn setup_annotations(&mut self, cx: &mut Cx<'a>, body: &'a [Stmt]) {
        if has_annotations(body) {
            let d = self.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]);
            self.store_name(cx, "__annotations__", d);
        }
    }

    /// An annotation's value: evaluated, or its source text under `from
    /// __future__ import annotations`.
    fn annotation_value(&mut self, cx: &mut Cx<'a>, annotation: &'a Expr) -> Slot {
        if cx.postponed_annotations {
            let text = cx
                .file
                .text
                .get(usize::from(annotation.range().start())..usize::from(annotation.range().end()))
                .unwrap_or("");
            let c = cx.str_const(text);
            self.konst(c)
        } else {
            self.expr(cx, annotation)
        }
    }

    /// A `def`'s `__annotations__`, built at definition time in CPython's
    /// order (regular parameters, positional-only ones, `*args`, keyword-only
    /// ones, `**kwargs`, then `return`). Without annotations nothing is set:
    /// the runtime gives the function an empty dict when asked.
    fn function_annotations(
        &mut self,
        cx: &mut Cx<'a>,
        func: Slot,
        f: &'a ast::StmtFunctionDef,
        scope: molt_resolve::ScopeId,
    ) {
        let p = &f.parameters;
        let mut items: Vec<(String, &'a Expr)> = Vec::new();
        let mut add = |name: &str, ann: Option<&'a Expr>| {
            if let Some(ann) = ann {
                items.push((cx.tree.mangle(scope, name), ann));
            }
        };
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            add(a.parameter.name.as_str(), a.parameter.annotation.as_deref());
        }
        if let Some(v) = &p.vararg {
            add(v.name.as_str(), v.annotation.as_deref());
        }
        for a in p.kwonlyargs.iter() {
            add(a.parameter.name.as_str(), a.parameter.annotation.as_deref());
        }
        if let Some(k) = &p.kwarg {
            add(k.name.as_str(), k.annotation.as_deref());
        }
        add("return", f.returns.as_deref());
        if items.is_empty() {
            return;
        }
        let mut pairs = Vec::with_capacity(items.len() * 2);
        for (name, ann) in items {
            let key = cx.str_const(&name);
            pairs.push(self.konst(key));
            pairs.push(self.annotation_value(cx, ann));
        }
        let first = self.pack(&pairs);
        let dict = self.call(
            rt::BUILD_DICT,
            vec![
                Operand::SlotAddr(first),
                Operand::Word((pairs.len() / 2) as u64),
            ],
        );
        let name = cx.str_const("__annotations__");
        self.call_void(
            rt::SETATTR,
            vec![
                Operand::Slot(func),
                Operand::Const(name),
                Operand::Slot(dict),
                Operand::Cache,
            ],
        );
    }

    /// The annotation of `target: annotation [= value]`. In module and
    /// class bodies it is evaluated (or kept as source text under
    /// `from __future__ import annotations`) and, for a plain name, stored
    /// in `__annotations__`; in functions it is not evaluated, as in CPython.
    fn annotate(&mut self, cx: &mut Cx<'a>, a: &'a ast::StmtAnnAssign) {
        let kind = cx.tree.scope(self.scope).kind;
        if !matches!(
            kind,
            molt_resolve::ScopeKind::Module | molt_resolve::ScopeKind::Class
        ) {
            return;
        }
        let ann = self.annotation_value(cx, &a.annotation);
        if let (Expr::Name(n), true) = (&*a.target, a.simple) {
            self.set_pos(cx, a.range());
            let annotations = self.load_name(cx, "__annotations__");
            let key = cx.str_const(&cx.tree.mangle(self.scope, n.id.as_str()));
            let k = self.konst(key);
            self.call_void(
                rt::SETITEM,
                vec![
                    Operand::Slot(annotations),
                    Operand::Slot(k),
                    Operand::Slot(ann),
                ],
            );
        }
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    ///
    /// Entering and leaving are attributed to the statement (`pos`), as in
    /// CPython.
    fn with_items(
        &mut self,
        cx: &mut Cx<'a>,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        pos: Pos,
    ) {
        let Some((item, rest)) = items.split_first() else {
            self.lower_body(cx, body);
            return;
        };
        let outer = self.handler;
        let manager = self.expr(cx, &item.context_expr);
        let exit = self.temp();
        self.pos = pos;
        let value = self.call(
            rt::WITH_ENTER,
            vec![Operand::Slot(manager), Operand::SlotAddr(exit)],
        );
        let handler = self.new_block();
        let end = self.new_block();
        self.set_handler(Some(handler));
        self.cleanups.push(Cleanup::WithExit(exit));
        if let Some(target) = &item.optional_vars {
            self.assign(cx, target, value);
        }
        self.with_items(cx, rest, body, pos);
        self.cleanups.pop();
        self.set_handler(outer);
        let none = self.imm(Imm::None);
        self.pos = pos;
        self.call_void(
            rt::WITH_EXIT,
            vec![Operand::Slot(exit), Operand::Slot(none)],
        );
        self.jump(end);
        // The body raised: `__exit__` sees the exception (while it is being
        // handled) and may suppress it.
        self.switch_to(handler);
        let exc = self.call(rt::EXC_TAKE, vec![]);
        self.call_void(rt::EXC_PUSH, vec![Operand::Slot(exc)]);
        let exit_raised = self.new_block();
        self.set_handler(Some(exit_raised));
        let suppress = self.call(rt::WITH_EXIT, vec![Operand::Slot(exit), Operand::Slot(exc)]);
        self.set_handler(outer);
        self.call_void(rt::EXC_POP, vec![]);
        let reraise = self.new_block();
        self.terminate(Term::Branch {
            cond: suppress,
            then: end,
            else_: reraise,
        });
        self.switch_to(reraise);
        self.call_void(rt::EXC_RESTORE, vec![Operand::Slot(exc)]);
        self.terminate(Term::Unreachable);
        self.switch_to(exit_raised);
        self.pop_and_reraise();
        self.switch_to(end);
    }

    /// For `for x in range(...)` where `range` can only be the builtin:
    /// creates the range (which validates the arguments exactly as CPython
    /// does) and returns a counter slot holding its start, then its stop
    /// and step as ints.
    fn counted_range(&mut self, cx: &mut Cx<'a>, iter: &'a Expr) -> Option<(Slot, Slot, Slot)> {
        let Expr::Call(call) = iter else { return None };
        let Expr::Name(name) = &*call.func else {
            return None;
        };
        let args = &call.arguments;
        if name.id.as_str() != "range"
            || !args.keywords.is_empty()
            || args.args.is_empty()
            || args.args.len() > 3
            || args.args.iter().any(|a| a.is_starred_expr())
            || !builtin_not_shadowed(cx, self.scope, "range")
        {
            return None;
        }
        let r = self.expr(cx, iter);
        let mut attr = |this: &mut Self, name: &str| {
            let n = cx.str_const(name);
            this.call(
                rt::GETATTR,
                vec![Operand::Slot(r), Operand::Const(n), Operand::Cache],
            )
        };
        let start = attr(self, "start");
        let stop = attr(self, "stop");
        let step = attr(self, "step");
        let counter = self.temp();
        self.copy(counter, start);
        Some((counter, stop, step))
    }

    /// An exception left a region that was handling another one: stop
    /// handling that one and let the new one propagate.
    fn pop_and_reraise(&mut self) {
        let e = self.call(rt::EXC_TAKE, vec![]);
        self.call_void(rt::EXC_POP, vec![]);
        self.call_void(rt::EXC_RESTORE, vec![Operand::Slot(e)]);
        self.terminate(Term::Unreachable);
    }

    /// Returns from the function. A generator finishes instead: the value
    /// goes to its `$sent` slot, where the runtime takes it as
    /// `StopIteration.value`, and the body returns `ITER_DONE`.
    pub fn return_value(&mut self, v: Slot) {
        match self.sent {
            Some(sent) => {
                self.copy(sent, v);
                let done = self.imm(Imm::IterDone);
                self.terminate(Term::Return(done));
            }
            None => self.terminate(Term::Return(v)),
        }
    }

    /// Clears an `except ... as name` binding, as CPython does on leaving
    /// the clause.
    fn unbind(&mut self, cx: &mut Cx<'a>, name: &str, unbound: Slot) {
        let stored = cx.tree.mangle(self.scope, name);
        if let Some(&slot) = self.locals.get(&stored) {
            if self.binding(cx, name) == molt_resolve::Binding::Local {
                self.copy(slot, unbound);
                return;
            }
        }
        if cx.tree.scope(self.scope).kind == molt_resolve::ScopeKind::Module {
            let index = cx.global(&stored);
            self.emit(Op::StoreGlobal {
                index,
                src: unbound,
            });
        }
    }

    fn function_def(&mut self, cx: &mut Cx<'a>, f: &'a ast::StmtFunctionDef) {
        if f.is_async {
            cx.unsupported(f.range(), "`async def`");
            return;
        }
        if f.type_params.is_some() {
            cx.unsupported(f.range(), "type parameters");
            return;
        }
        if f.name.as_str() == "__del__"
            && cx.tree.scope(self.scope).kind == molt_resolve::ScopeKind::Class
        {
            // CPython calls it when the last reference goes; a tracing
            // collector cannot tell when that is.
            cx.error(
                f.name.range(),
                "`__del__` finalizers are not supported by Molt: objects are freed by a \
                 collector that cannot run them when CPython would (use `with` or \
                 `try/finally` for cleanup)",
            );
            return;
        }
        let Some(scope) = cx.tree.scope_of_node(f.range()) else {
            cx.error(f.range(), "internal error: function without a scope");
            return;
        };
        // Decorators are evaluated before the function is created.
        let decorators: Vec<Slot> = f
            .decorator_list
            .iter()
            .map(|d| self.expr(cx, &d.expression))
            .collect();
        let sig = signature(cx, Some(&f.parameters), scope);
        let (name, qualname) = {
            let s = cx.tree.scope(scope);
            (s.name.clone(), s.qualname.clone())
        };
        let mut body = FnBuilder::new(cx, scope, &name, &qualname, sig);
        body.lower_body(cx, &f.body);
        // Falling off the end returns None (a generator's StopIteration
        // then has no value, whatever was last sent in).
        let none = body.imm(Imm::None);
        body.return_value(none);
        let id = cx.add_function(body);
        self.set_pos(cx, f.range());
        let mut func = self.make_function(cx, id, Some(&f.parameters), scope);
        self.function_annotations(cx, func, f, scope);
        if let Some(doc) = docstring(&f.body) {
            let name = cx.str_const("__doc__");
            let d = cx.str_const(doc);
            let v = self.konst(d);
            self.call_void(
                rt::SETATTR,
                vec![
                    Operand::Slot(func),
                    Operand::Const(name),
                    Operand::Slot(v),
                    Operand::Cache,
                ],
            );
        }
        for (d, e) in decorators.into_iter().zip(&f.decorator_list).rev() {
            self.set_expr_pos(cx, &e.expression);
            func = self.call_value(d, &[func]);
        }
        self.store_name(cx, f.name.as_str(), func);
    }

    fn class_def(&mut self, cx: &mut Cx<'a>, c: &'a ast::StmtClassDef) {
        let Some(scope) = cx.tree.scope_of_node(c.range()) else {
            cx.error(c.range(), "internal error: class without a scope");
            return;
        };
        if c.type_params.is_some() {
            cx.unsupported(c.range(), "type parameters");
            return;
        }
        if let Some(args) = &c.arguments {
            if !args.keywords.is_empty() {
                cx.unsupported(c.range(), "class keywords (metaclasses)");
                return;
            }
            for b in args.args.iter() {
                if let Expr::Name(n) = b {
                    let id = n.id.as_str();
                    if UNSUBCLASSABLE.contains(&id) && builtin_not_shadowed(cx, self.scope, id) {
                        let what = if id == "type" {
                            "a metaclass (a subclass of 'type')".to_string()
                        } else {
                            format!("subclassing the built-in type '{id}'")
                        };
                        cx.unsupported(b.range(), &what);
                        return;
                    }
                }
            }
        }
        let decorators: Vec<Slot> = c
            .decorator_list
            .iter()
            .map(|d| self.expr(cx, &d.expression))
            .collect();
        // The bases, `*iterables` unpacked, as a tuple display would be.
        let base_exprs: &'a [Expr] = c.arguments.as_deref().map_or(&[], |a| &a.args[..]);
        let bases = self.sequence(cx, base_exprs, rt::BUILD_TUPLE, true);
        let (name, qualname) = {
            let s = cx.tree.scope(scope);
            (s.name.clone(), s.qualname.clone())
        };
        // The body runs as a function of the namespace dict.
        let sig = crate::Signature {
            params: vec!["$ns".to_string()],
            ..Default::default()
        };
        let mut body = FnBuilder::new(cx, scope, &name, &qualname, sig);
        let ns = body.locals["$ns"];
        body.class_ns = Some(ns);
        if cx.tree.scope(scope).needs_class_cell {
            let cell = body.named_slot("__class__");
            body.locals.insert("__class__".into(), cell);
            let u = Operand::Word(molt_abi::UNBOUND);
            body.call_into(cell, rt::MAKE_CELL, vec![u]);
            let key = cx.str_const("__classcell__");
            let k = body.konst(key);
            body.call_void(
                rt::DICT_SET,
                vec![Operand::Slot(ns), Operand::Slot(k), Operand::Slot(cell)],
            );
        }
        let module_key = cx.str_const("__module__");
        let module_val = cx.str_const(cx.module_name);
        let k = body.konst(module_key);
        let v = body.konst(module_val);
        body.call_void(
            rt::DICT_SET,
            vec![Operand::Slot(ns), Operand::Slot(k), Operand::Slot(v)],
        );
        let qk = cx.str_const("__qualname__");
        let qv = cx.str_const(&qualname);
        let k = body.konst(qk);
        let v = body.konst(qv);
        body.call_void(
            rt::DICT_SET,
            vec![Operand::Slot(ns), Operand::Slot(k), Operand::Slot(v)],
        );
        if let Some(doc) = docstring(&c.body) {
            let k = cx.str_const("__doc__");
            let d = cx.str_const(doc);
            let k = body.konst(k);
            let v = body.konst(d);
            body.call_void(
                rt::DICT_SET,
                vec![Operand::Slot(ns), Operand::Slot(k), Operand::Slot(v)],
            );
        }
        body.setup_annotations(cx, &c.body);
        body.lower_body(cx, &c.body);
        let none = body.imm(Imm::None);
        body.terminate(Term::Return(none));
        let id = cx.add_function(body);
        self.set_pos(cx, c.range());
        let func = self.make_function(cx, id, None, scope);
        let ns = self.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]);
        self.call_value(func, &[ns]);
        let n = cx.str_const(&name);
        let q = cx.str_const(&qualname);
        let mut cls = self.call(
            rt::MAKE_CLASS,
            vec![
                Operand::Const(n),
                Operand::Const(q),
                Operand::Slot(bases),
                Operand::Slot(ns),
            ],
        );
        for d in decorators.into_iter().rev() {
            cls = self.call_value(d, &[cls]);
        }
        self.store_name(cx, c.name.as_str(), cls);
    }

    fn aug_assign(&mut self, cx: &mut Cx<'a>, a: &'a ast::StmtAugAssign) {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(cx, n.id.as_str());
                let r = self.expr(cx, &a.value);
                let v = self.binop(op, cur, r, true);
                self.store_name(cx, n.id.as_str(), v);
            }
            Expr::Attribute(at) => {
                let obj = self.expr(cx, &at.value);
                let name = self.attr_name(cx, at.attr.as_str());
                self.set_expr_pos(cx, &a.target);
                let cur = self.call(
                    rt::GETATTR,
                    vec![Operand::Slot(obj), Operand::Const(name), Operand::Cache],
                );
                self.set_pos(cx, a.range());
                let r = self.expr(cx, &a.value);
                let v = self.binop(op, cur, r, true);
                self.set_expr_pos(cx, &a.target);
                self.call_void(
                    rt::SETATTR,
                    vec![
                        Operand::Slot(obj),
                        Operand::Const(name),
                        Operand::Slot(v),
                        Operand::Cache,
                    ],
                );
            }
            Expr::Subscript(s) => {
                let obj = self.expr(cx, &s.value);
                let key = self.expr(cx, &s.slice);
                self.set_expr_pos(cx, &a.target);
                let cur = self.call(rt::GETITEM, vec![Operand::Slot(obj), Operand::Slot(key)]);
                self.set_pos(cx, a.range());
                let r = self.expr(cx, &a.value);
                let v = self.binop(op, cur, r, true);
                self.set_expr_pos(cx, &a.target);
                self.call_void(
                    rt::SETITEM,
                    vec![Operand::Slot(obj), Operand::Slot(key), Operand::Slot(v)],
                );
            }
            other => cx.error(
                other.range(),
                "'expression' is an illegal expression for augmented assignment",
            ),
        }
    }

    /// Stores `value` into an assignment target.
    pub fn assign(&mut self, cx: &mut Cx<'a>, target: &'a Expr, value: Slot) {
        match target {
            Expr::Name(n) => self.store_name(cx, n.id.as_str(), value),
            Expr::Attribute(a) => {
                let obj = self.expr(cx, &a.value);
                let name = self.attr_name(cx, a.attr.as_str());
                self.set_expr_pos(cx, target);
                self.call_void(
                    rt::SETATTR,
                    vec![
                        Operand::Slot(obj),
                        Operand::Const(name),
                        Operand::Slot(value),
                        Operand::Cache,
                    ],
                );
            }
            Expr::Subscript(s) => {
                let obj = self.expr(cx, &s.value);
                let key = self.expr(cx, &s.slice);
                self.set_expr_pos(cx, target);
                self.call_void(
                    rt::SETITEM,
                    vec![Operand::Slot(obj), Operand::Slot(key), Operand::Slot(value)],
                );
            }
            Expr::Tuple(t) => self.unpack(cx, &t.elts, value, target),
            Expr::List(l) => self.unpack(cx, &l.elts, value, target),
            Expr::Starred(s) => cx.error(
                s.range(),
                "starred assignment target must be in a list or tuple",
            ),
            other => cx.error(other.range(), "cannot assign to expression"),
        }
    }

    fn unpack(&mut self, cx: &mut Cx<'a>, elts: &'a [Expr], value: Slot, target: &'a Expr) {
        let star = elts.iter().position(|e| e.is_starred_expr());
        let out = self.temps(elts.len());
        self.set_pos(cx, target.range());
        match star {
            None => self.call_void(
                rt::UNPACK,
                vec![
                    Operand::Slot(value),
                    Operand::SlotAddr(out),
                    Operand::Word(elts.len() as u64),
                ],
            ),
            Some(i) => self.call_void(
                rt::UNPACK_EX,
                vec![
                    Operand::Slot(value),
                    Operand::SlotAddr(out),
                    Operand::Word(i as u64),
                    Operand::Word((elts.len() - i - 1) as u64),
                ],
            ),
        }
        for (i, e) in elts.iter().enumerate() {
            let slot = Slot(out.0 + i as u32);
            match e {
                Expr::Starred(s) => self.assign(cx, &s.value, slot),
                _ => self.assign(cx, e, slot),
            }
        }
    }

    fn delete(&mut self, cx: &mut Cx<'a>, target: &'a Expr) {
        match target {
            Expr::Name(n) => {
                self.set_expr_pos(cx, target);
                self.delete_name(cx, n.id.as_str())
            }
            Expr::Attribute(a) => {
                let obj = self.expr(cx, &a.value);
                let name = self.attr_name(cx, a.attr.as_str());
                self.set_expr_pos(cx, target);
                self.call_void(rt::DELATTR, vec![Operand::Slot(obj), Operand::Const(name)]);
            }
            Expr::Subscript(s) => {
                let obj = self.expr(cx, &s.value);
                let key = self.expr(cx, &s.slice);
                self.set_expr_pos(cx, target);
                self.call_void(rt::DELITEM, vec![Operand::Slot(obj), Operand::Slot(key)]);
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.delete(cx, e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.delete(cx, e)),
            other => cx.error(other.range(), "cannot delete expression"),
        }
    }
}

/// The comparison a failed `assert` is attributed to, as CPython 3.11
/// does: the last comparison its test branches on (through `not`, `and`
/// and `or`), if any; otherwise the statement.
fn last_comparison(test: &Expr) -> Option<&Expr> {
    match test {
        Expr::Compare(_) => Some(test),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => last_comparison(&u.operand),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(last_comparison),
        _ => None,
    }
}

/// Built-in types CPython lets classes derive from but Molt does not yet:
/// their instances are runtime objects with a fixed layout. (`bool`,
/// `range`, `slice`, ... are final in CPython too: a TypeError at run time.)
const UNSUBCLASSABLE: &[&str] = &[
    "bytearray",
    "bytes",
    "complex",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
    "type",
];

/// Does `name` in `scope` certainly mean the builtin? True when no scope
/// on the way out binds it and the module never assigns it.
fn builtin_not_shadowed(cx: &Cx, scope: molt_resolve::ScopeId, name: &str) -> bool {
    let mut cur = Some(scope);
    while let Some(id) = cur {
        let s = cx.tree.scope(id);
        if let Some(sym) = cx.tree.lookup(id, name) {
            let local = !matches!(
                sym.binding,
                molt_resolve::Binding::GlobalImplicit | molt_resolve::Binding::GlobalExplicit
            );
            if sym.is_assigned && (local || s.kind == molt_resolve::ScopeKind::Module) {
                return false;
            }
            if local {
                return false;
            }
        }
        cur = s.parent;
    }
    // Any `global range` assignment anywhere marks the module symbol assigned.
    cx.tree
        .lookup(cx.tree.root(), name)
        .is_none_or(|s| !s.is_assigned)
}

/// Does a module or class body contain an annotated assignment (outside
/// nested functions and classes)?
fn has_annotations(body: &[Stmt]) -> bool {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct Find(bool);
    impl<'a> StatementVisitor<'a> for Find {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::AnnAssign(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut f = Find(false);
    f.visit_body(body);
    f.0
}

/// The docstring of a body: its first statement, if a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

impl Cx<'_> {
    pub(crate) fn add_function(&mut self, f: FnBuilder) -> crate::FuncId {
        let id = self.reserve_function();
        let func = f.finish(self);
        self.functions[id.0 as usize] = Some(func);
        id
    }
}
