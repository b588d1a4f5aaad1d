//! Lowering of the `match` statement. Each case's pattern becomes a chain
//! of tests that fall through on success and jump to the next case on
//! failure; names a pattern captures are collected in temporaries and bound
//! once the whole pattern matched, before the guard runs (as in CPython).

use super::{Cx, FnBuilder};
use crate::{CmpOp, Imm, Op, Operand, Slot, Term};
use molt_abi::entry as rt;
use molt_syntax::ast::{self, Expr, Pattern};
use molt_syntax::Ranged;

impl<'a> FnBuilder<'a> {
    pub(crate) fn match_stmt(&mut self, cx: &mut Cx<'a>, m: &'a ast::StmtMatch) {
        let subject = self.expr(cx, &m.subject);
        let end = self.new_block();
        for case in &m.cases {
            self.set_pos(cx, case.range());
            let next = self.new_block();
            let mut binds = Vec::new();
            self.pattern(cx, &case.pattern, subject, next, &mut binds);
            for (name, slot) in binds {
                self.store_name(cx, &name, slot);
            }
            if let Some(guard) = &case.guard {
                let cond = self.expr(cx, guard);
                let body = self.new_block();
                self.terminate(Term::Branch {
                    cond,
                    then: body,
                    else_: next,
                });
                self.switch_to(body);
            }
            self.lower_body(cx, &case.body);
            self.jump(end);
            self.switch_to(next);
        }
        self.jump(end);
        self.switch_to(end);
    }

    /// Tests `subject` against `p`: continues in the current block when it
    /// matches, jumps to `fail` when not. Captures go to `binds`.
    fn pattern(
        &mut self,
        cx: &mut Cx<'a>,
        p: &'a Pattern,
        subject: Slot,
        fail: crate::BlockId,
        binds: &mut Vec<(String, Slot)>,
    ) {
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(cx, &v.value);
                let eq = self.temp();
                self.emit(Op::Compare {
                    dst: eq,
                    op: CmpOp::Eq,
                    a: subject,
                    b: value,
                });
                self.succeed_if(eq, fail);
            }
            Pattern::MatchSingleton(s) => {
                let imm = match s.value {
                    ast::Singleton::None => Imm::None,
                    ast::Singleton::True => Imm::Bool(true),
                    ast::Singleton::False => Imm::Bool(false),
                };
                let v = self.imm(imm);
                let is = self.temp();
                self.emit(Op::Is {
                    dst: is,
                    a: subject,
                    b: v,
                    negate: false,
                });
                self.succeed_if(is, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(cx, sub, subject, fail, binds);
                }
                if let Some(name) = &a.name {
                    self.capture(name.as_str(), subject, binds);
                }
            }
            Pattern::MatchStar(s) => {
                // Only reached through a sequence pattern, which passes the
                // collected list as the subject.
                if let Some(name) = &s.name {
                    self.capture(name.as_str(), subject, binds);
                }
            }
            Pattern::MatchOr(o) => {
                let ok = self.new_block();
                let mut shared: Vec<(String, Slot)> = Vec::new();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let alt_fail = if i + 1 < o.patterns.len() {
                        self.new_block()
                    } else {
                        fail
                    };
                    let mut alt_binds = Vec::new();
                    self.pattern(cx, alt, subject, alt_fail, &mut alt_binds);
                    for (name, slot) in alt_binds {
                        let target = match shared.iter().find(|(n, _)| *n == name) {
                            Some((_, s)) => *s,
                            None => {
                                let s = self.temp();
                                shared.push((name, s));
                                s
                            }
                        };
                        self.copy(target, slot);
                    }
                    self.jump(ok);
                    if alt_fail != fail {
                        self.switch_to(alt_fail);
                    }
                }
                self.switch_to(ok);
                binds.extend(shared);
            }
            Pattern::MatchSequence(seq) => {
                let star = seq.patterns.iter().position(|p| p.is_match_star());
                let n = seq.patterns.len();
                let out = self.temps(n);
                let (nbefore, has_star) = match star {
                    Some(i) => (i, 1),
                    None => (n, 0),
                };
                self.set_pos(cx, seq.range());
                let ok = self.call(
                    rt::MATCH_SEQUENCE,
                    vec![
                        Operand::Slot(subject),
                        Operand::SlotAddr(out),
                        Operand::Word(n as u64),
                        Operand::Word(nbefore as u64),
                        Operand::Word(has_star),
                    ],
                );
                self.succeed_if(ok, fail);
                for (i, sub) in seq.patterns.iter().enumerate() {
                    self.pattern(cx, sub, Slot(out.0 + i as u32), fail, binds);
                }
            }
            Pattern::MatchMapping(mm) => {
                let mut seen: Vec<(String, &Expr)> = Vec::new();
                for k in mm.keys.iter() {
                    if let Some(c) = literal_key(k) {
                        if seen.iter().any(|(s, _)| *s == c) {
                            let text = match k {
                                // As CPython shows the key: its repr.
                                Expr::StringLiteral(sl)
                                    if sl.value.to_str().chars().all(|ch| {
                                        ch.is_alphanumeric() || ch == ' ' || ch == '_'
                                    }) =>
                                {
                                    format!("'{}'", sl.value.to_str())
                                }
                                _ => cx
                                    .file
                                    .text
                                    .get(
                                        usize::from(k.range().start())
                                            ..usize::from(k.range().end()),
                                    )
                                    .unwrap_or("?")
                                    .to_string(),
                            };
                            cx.error(
                                mm.range(),
                                format!("mapping pattern checks duplicate key ({text})"),
                            );
                        }
                        seen.push((c, k));
                    }
                }
                let keys: Vec<Slot> = mm.keys.iter().map(|k| self.expr(cx, k)).collect();
                let first = self.pack(&keys);
                let keys_tuple = self.call(
                    rt::BUILD_TUPLE,
                    vec![Operand::SlotAddr(first), Operand::Word(keys.len() as u64)],
                );
                let rest = u64::from(mm.rest.is_some());
                let nout = keys.len() + rest as usize;
                let out = self.temps(nout);
                self.set_pos(cx, mm.range());
                let ok = self.call(
                    rt::MATCH_MAPPING,
                    vec![
                        Operand::Slot(subject),
                        Operand::SlotAddr(out),
                        Operand::Word(nout as u64),
                        Operand::Slot(keys_tuple),
                        Operand::Word(rest),
                    ],
                );
                self.succeed_if(ok, fail);
                for (i, sub) in mm.patterns.iter().enumerate() {
                    self.pattern(cx, sub, Slot(out.0 + i as u32), fail, binds);
                }
                if let Some(rest) = &mm.rest {
                    self.capture(rest.as_str(), Slot(out.0 + keys.len() as u32), binds);
                }
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(cx, &c.cls);
                let npos = c.arguments.patterns.len();
                let names: Vec<String> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| k.attr.as_str().to_string())
                    .collect();
                let kwnames = if names.is_empty() {
                    Operand::Word(molt_abi::NONE)
                } else {
                    Operand::Const(cx.names_const(&names))
                };
                let nout = npos + names.len();
                let out = self.temps(nout);
                self.set_pos(cx, c.range());
                let ok = self.call(
                    rt::MATCH_CLASS,
                    vec![
                        Operand::Slot(subject),
                        Operand::SlotAddr(out),
                        Operand::Word(nout as u64),
                        Operand::Slot(cls),
                        Operand::Word(npos as u64),
                        kwnames,
                    ],
                );
                self.succeed_if(ok, fail);
                let subs = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                for (i, sub) in subs.enumerate() {
                    self.pattern(cx, sub, Slot(out.0 + i as u32), fail, binds);
                }
            }
        }
    }

    /// Continues when `cond` is true, else goes to `fail`.
    fn succeed_if(&mut self, cond: Slot, fail: crate::BlockId) {
        let next = self.new_block();
        self.terminate(Term::Branch {
            cond,
            then: next,
            else_: fail,
        });
        self.switch_to(next);
    }

    /// Records a capture: the value is copied now, bound after the match.
    fn capture(&mut self, name: &str, value: Slot, binds: &mut Vec<(String, Slot)>) {
        let slot = self.temp();
        self.copy(slot, value);
        binds.push((name.to_string(), slot));
    }
}

/// A literal mapping-pattern key, normalised so keys CPython considers
/// equal (`1`, `1.0`, `True`) compare equal.
fn literal_key(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(format!("s{}", s.value.to_str())),
        Expr::BytesLiteral(b) => Some(format!("b{:?}", b.value.bytes().collect::<Vec<u8>>())),
        Expr::BooleanLiteral(b) => Some(format!("n{}", i64::from(b.value))),
        Expr::NoneLiteral(_) => Some("None".into()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Some(format!("n{i}")),
            ast::Number::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => {
                Some(format!("n{}", *f as i64))
            }
            ast::Number::Float(f) => Some(format!("f{f:?}")),
            ast::Number::Complex { .. } => None,
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            literal_key(&u.operand).map(|k| format!("-{k}"))
        }
        _ => None,
    }
}
