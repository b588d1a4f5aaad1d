//! Lowering of expressions. Each returns the slot holding its value.

use super::{signature, Cx, FnBuilder};
use crate::{BinOp, CmpOp, Imm, Op, Operand, Slot, Term};
use molt_abi::entry as rt;
use molt_syntax::ast::{self, Expr};
use molt_syntax::{Ranged, TextRange};

impl<'a> FnBuilder<'a> {
    /// Lowers `e`; what it emits is attributed to `e` (and its parts to
    /// themselves), and the position in effect before is restored after.
    pub fn expr(&mut self, cx: &mut Cx<'a>, e: &'a Expr) -> Slot {
        let outer = self.pos;
        self.set_expr_pos(cx, e);
        let v = self.expr_here(cx, e);
        self.pos = outer;
        v
    }

    fn expr_here(&mut self, cx: &mut Cx<'a>, e: &'a Expr) -> Slot {
        match e {
            Expr::NumberLiteral(n) => self.number(cx, n),
            Expr::StringLiteral(s) => {
                let c = cx.str_const(s.value.to_str());
                self.konst(c)
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let c = cx.bytes_const(&bytes);
                self.konst(c)
            }
            Expr::BooleanLiteral(b) => self.imm(Imm::Bool(b.value)),
            Expr::NoneLiteral(_) => self.imm(Imm::None),
            Expr::EllipsisLiteral(_) => {
                let n = cx.str_const("Ellipsis");
                let index = cx.global("Ellipsis");
                let dst = self.temp();
                self.emit(Op::LoadGlobal {
                    dst,
                    index,
                    name: n,
                    fallback: true,
                });
                dst
            }
            Expr::Name(n) => self.load_name(cx, n.id.as_str()),
            Expr::BinOp(b) => {
                let l = self.expr(cx, &b.left);
                let r = self.expr(cx, &b.right);
                self.binop(binop(b.op), l, r, false)
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(cx, &u.operand);
                match u.op {
                    ast::UnaryOp::Not => {
                        let dst = self.temp();
                        self.emit(Op::Not { dst, src: v });
                        dst
                    }
                    ast::UnaryOp::USub => {
                        let dst = self.temp();
                        self.emit(Op::Neg { dst, src: v });
                        dst
                    }
                    ast::UnaryOp::UAdd => self.call(
                        rt::UNARY,
                        vec![Operand::Word(rt::ops::POS), Operand::Slot(v)],
                    ),
                    ast::UnaryOp::Invert => self.call(
                        rt::UNARY,
                        vec![Operand::Word(rt::ops::INVERT), Operand::Slot(v)],
                    ),
                }
            }
            Expr::BoolOp(b) => {
                // `and`/`or` return the deciding operand.
                let dst = self.temp();
                let end = self.new_block();
                for (i, v) in b.values.iter().enumerate() {
                    let x = self.expr(cx, v);
                    self.copy(dst, x);
                    if i + 1 < b.values.len() {
                        let next = self.new_block();
                        let (then, else_) = match b.op {
                            ast::BoolOp::And => (next, end),
                            ast::BoolOp::Or => (end, next),
                        };
                        self.terminate(Term::Branch {
                            cond: dst,
                            then,
                            else_,
                        });
                        self.switch_to(next);
                    }
                }
                self.jump(end);
                self.switch_to(end);
                dst
            }
            Expr::Compare(c) => self.compare(cx, c),
            Expr::If(i) => {
                let dst = self.temp();
                let cond = self.expr(cx, &i.test);
                let (then, else_, end) = (self.new_block(), self.new_block(), self.new_block());
                self.terminate(Term::Branch { cond, then, else_ });
                self.switch_to(then);
                let v = self.expr(cx, &i.body);
                self.copy(dst, v);
                self.jump(end);
                self.switch_to(else_);
                let v = self.expr(cx, &i.orelse);
                self.copy(dst, v);
                self.jump(end);
                self.switch_to(end);
                dst
            }
            Expr::Named(n) => {
                let v = self.expr(cx, &n.value);
                self.assign(cx, &n.target, v);
                v
            }
            Expr::Call(c) => self.call_expr(cx, c),
            Expr::Attribute(a) => {
                let obj = self.expr(cx, &a.value);
                let name = self.attr_name(cx, a.attr.as_str());
                self.call(
                    rt::GETATTR,
                    vec![Operand::Slot(obj), Operand::Const(name), Operand::Cache],
                )
            }
            Expr::Subscript(s) => {
                let obj = self.expr(cx, &s.value);
                let key = self.expr(cx, &s.slice);
                self.call(rt::GETITEM, vec![Operand::Slot(obj), Operand::Slot(key)])
            }
            Expr::Slice(s) => {
                let mut part = |this: &mut Self, p: &'a Option<Box<Expr>>| match p {
                    Some(x) => this.expr(cx, x),
                    None => this.imm(Imm::None),
                };
                let lo = part(self, &s.lower);
                let hi = part(self, &s.upper);
                let st = part(self, &s.step);
                self.call(
                    rt::BUILD_SLICE,
                    vec![Operand::Slot(lo), Operand::Slot(hi), Operand::Slot(st)],
                )
            }
            Expr::List(l) => self.sequence(cx, &l.elts, rt::BUILD_LIST, false),
            Expr::Tuple(t) => self.sequence(cx, &t.elts, rt::BUILD_TUPLE, true),
            Expr::Set(s) => {
                if s.elts.iter().any(|e| e.is_starred_expr()) {
                    let set = self.call(rt::BUILD_SET, vec![Operand::Word(0), Operand::Word(0)]);
                    for el in &s.elts {
                        if let Expr::Starred(st) = el {
                            let v = self.expr(cx, &st.value);
                            self.call_void(
                                rt::SET_UPDATE,
                                vec![Operand::Slot(set), Operand::Slot(v)],
                            );
                        } else {
                            let v = self.expr(cx, el);
                            self.call_void(rt::SET_ADD, vec![Operand::Slot(set), Operand::Slot(v)]);
                        }
                    }
                    set
                } else {
                    let vals: Vec<Slot> = s.elts.iter().map(|x| self.expr(cx, x)).collect();
                    let first = self.pack(&vals);
                    // CPython folds a display of three or more constants into
                    // a frozenset, which gives it a different table order.
                    let build = if vals.len() >= 3 && s.elts.iter().all(is_constant) {
                        rt::BUILD_CONST_SET
                    } else {
                        rt::BUILD_SET
                    };
                    self.call(
                        build,
                        vec![Operand::SlotAddr(first), Operand::Word(vals.len() as u64)],
                    )
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().all(|i| i.key.is_some()) {
                    let mut vals = Vec::new();
                    for item in &d.items {
                        if let Some(k) = &item.key {
                            vals.push(self.expr(cx, k));
                            vals.push(self.expr(cx, &item.value));
                        }
                    }
                    let first = self.pack(&vals);
                    self.call(
                        rt::BUILD_DICT,
                        vec![
                            Operand::SlotAddr(first),
                            Operand::Word(d.items.len() as u64),
                        ],
                    )
                } else {
                    let dict = self.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]);
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                let k = self.expr(cx, k);
                                let v = self.expr(cx, &item.value);
                                self.call_void(
                                    rt::DICT_SET,
                                    vec![Operand::Slot(dict), Operand::Slot(k), Operand::Slot(v)],
                                );
                            }
                            None => {
                                let m = self.expr(cx, &item.value);
                                self.call_void(
                                    rt::DICT_UPDATE,
                                    vec![Operand::Slot(dict), Operand::Slot(m)],
                                );
                            }
                        }
                    }
                    dict
                }
            }
            Expr::FString(f) => self.fstring(cx, f),
            Expr::Lambda(l) => {
                let scope = cx.tree.scope_of_node(l.range());
                let Some(scope) = scope else {
                    cx.error(l.range(), "internal error: lambda without a scope");
                    return self.imm(Imm::None);
                };
                let sig = signature(cx, l.parameters.as_deref(), scope);
                let (name, qualname) = {
                    let s = cx.tree.scope(scope);
                    (s.name.clone(), s.qualname.clone())
                };
                let mut f = FnBuilder::new(cx, scope, &name, &qualname, sig);
                let v = f.expr(cx, &l.body);
                f.return_value(v);
                let id = cx.add_function(f);
                self.make_function(cx, id, l.parameters.as_deref(), scope)
            }
            Expr::ListComp(c) => self.comprehension(cx, e, &c.generators, CompKind::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(cx, e, &c.generators, CompKind::Set(&c.elt)),
            Expr::DictComp(c) => match &c.key {
                Some(key) => {
                    self.comprehension(cx, e, &c.generators, CompKind::Dict(key, &c.value))
                }
                None => {
                    cx.error(
                        c.range(),
                        "dict unpacking cannot be used in dict comprehension",
                    );
                    self.imm(Imm::None)
                }
            },
            Expr::Generator(g) => self.comprehension(cx, e, &g.generators, CompKind::Gen(&g.elt)),
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(cx, v),
                    None => self.imm(Imm::None),
                };
                self.yield_value(v)
            }
            Expr::Starred(s) => {
                cx.error(s.range(), "can't use starred expression here");
                self.imm(Imm::None)
            }
            Expr::YieldFrom(y) => {
                // Delegate: pass values out and sent values in until the
                // inner iterator finishes; its return value is the result.
                let source = self.expr(cx, &y.value);
                let it = self.call(rt::ITER, vec![Operand::Slot(source)]);
                let sent = self.imm(Imm::None);
                let (head, pass_out, done) = (self.new_block(), self.new_block(), self.new_block());
                let thrown = self.new_block();
                self.jump(head);
                self.switch_to(head);
                let v = self.call(
                    rt::YIELD_FROM_SEND,
                    vec![Operand::Slot(it), Operand::Slot(sent)],
                );
                self.branch_if_is(v, Imm::IterDone, done, pass_out);
                // An exception thrown in (`throw`, `close`) while suspended
                // here goes to the inner iterator first.
                let outer = self.handler;
                self.set_handler(Some(thrown));
                let s = self.yield_value(v);
                self.set_handler(outer);
                self.copy(sent, s);
                self.jump(head);
                self.switch_to(thrown);
                let next = self.call(rt::YIELD_FROM_THROW, vec![Operand::Slot(it)]);
                self.copy(v, next);
                self.branch_if_is(v, Imm::IterDone, done, pass_out);
                self.jump(done);
                self.switch_to(done);
                self.call(rt::YIELD_FROM_RESULT, vec![Operand::Slot(it)])
            }
            Expr::Await(_) => {
                cx.unsupported(e.range(), "`await`");
                self.imm(Imm::None)
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                cx.unsupported(e.range(), "this expression");
                self.imm(Imm::None)
            }
        }
    }

    pub fn yield_value(&mut self, v: Slot) -> Slot {
        let sent = self.sent.expect("yield only in generators");
        let resume = self.new_block();
        self.terminate(Term::Yield {
            value: v,
            resume,
            sent,
        });
        self.switch_to(resume);
        let dst = self.temp();
        self.copy(dst, sent);
        dst
    }

    fn number(&mut self, cx: &mut Cx, n: &ast::ExprNumberLiteral) -> Slot {
        match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) if molt_abi::fits_small_int(v) => self.imm(Imm::Int(v)),
                _ => {
                    let c = cx.bigint_const(&i.to_string());
                    self.konst(c)
                }
            },
            ast::Number::Float(f) => self.imm(Imm::Float(*f)),
            ast::Number::Complex { imag, .. } => {
                let x = self.imm(Imm::Float(*imag));
                self.call(rt::COMPLEX_IMAG, vec![Operand::Slot(x)])
            }
        }
    }

    pub fn binop(&mut self, op: BinOp, a: Slot, b: Slot, inplace: bool) -> Slot {
        let dst = self.temp();
        self.emit(Op::BinOp {
            dst,
            op,
            a,
            b,
            inplace,
        });
        dst
    }

    fn compare(&mut self, cx: &mut Cx<'a>, c: &'a ast::ExprCompare) -> Slot {
        let dst = self.temp();
        let end = self.new_block();
        let mut left = self.expr(cx, &c.left);
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let r = self.expr(cx, right);
            let v = self.compare_op(*op, left, r);
            self.copy(dst, v);
            if i + 1 < c.ops.len() {
                let next = self.new_block();
                self.terminate(Term::Branch {
                    cond: dst,
                    then: next,
                    else_: end,
                });
                self.switch_to(next);
            }
            left = r;
        }
        self.jump(end);
        self.switch_to(end);
        dst
    }

    fn compare_op(&mut self, op: ast::CmpOp, a: Slot, b: Slot) -> Slot {
        let dst = self.temp();
        let cmp = |op| Op::Compare { dst, op, a, b };
        match op {
            ast::CmpOp::Eq => self.emit(cmp(CmpOp::Eq)),
            ast::CmpOp::NotEq => self.emit(cmp(CmpOp::Ne)),
            ast::CmpOp::Lt => self.emit(cmp(CmpOp::Lt)),
            ast::CmpOp::LtE => self.emit(cmp(CmpOp::Le)),
            ast::CmpOp::Gt => self.emit(cmp(CmpOp::Gt)),
            ast::CmpOp::GtE => self.emit(cmp(CmpOp::Ge)),
            ast::CmpOp::Is => self.emit(Op::Is {
                dst,
                a,
                b,
                negate: false,
            }),
            ast::CmpOp::IsNot => self.emit(Op::Is {
                dst,
                a,
                b,
                negate: true,
            }),
            ast::CmpOp::In => {
                self.call_into(dst, rt::CONTAINS, vec![Operand::Slot(b), Operand::Slot(a)])
            }
            ast::CmpOp::NotIn => {
                let t = self.call(rt::CONTAINS, vec![Operand::Slot(b), Operand::Slot(a)]);
                self.emit(Op::Not { dst, src: t });
            }
        }
        dst
    }

    /// A list or tuple display, with `*iterable` items.
    pub(super) fn sequence(
        &mut self,
        cx: &mut Cx<'a>,
        elts: &'a [Expr],
        build: molt_abi::entry::EntryPoint,
        tuple: bool,
    ) -> Slot {
        if elts.iter().any(|e| e.is_starred_expr()) {
            let list = self.call(rt::BUILD_LIST, vec![Operand::Word(0), Operand::Word(0)]);
            self.extend_with(cx, list, elts);
            if tuple {
                return self.call(rt::LIST_TO_TUPLE, vec![Operand::Slot(list)]);
            }
            return list;
        }
        let vals: Vec<Slot> = elts.iter().map(|x| self.expr(cx, x)).collect();
        let first = self.pack(&vals);
        self.call(
            build,
            vec![Operand::SlotAddr(first), Operand::Word(vals.len() as u64)],
        )
    }

    fn extend_with(&mut self, cx: &mut Cx<'a>, list: Slot, elts: &'a [Expr]) {
        for el in elts {
            if let Expr::Starred(st) = el {
                let v = self.expr(cx, &st.value);
                self.call_void(rt::LIST_EXTEND, vec![Operand::Slot(list), Operand::Slot(v)]);
            } else {
                let v = self.expr(cx, el);
                self.call_void(rt::LIST_APPEND, vec![Operand::Slot(list), Operand::Slot(v)]);
            }
        }
    }

    fn call_expr(&mut self, cx: &mut Cx<'a>, c: &'a ast::ExprCall) -> Slot {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super(): super(__class__, <first argument>).
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && args.args.is_empty() && args.keywords.is_empty() {
                if let (Some(first), Some(&cell)) = (self.first_param, self.locals.get("__class__"))
                {
                    let f = self.load_name(cx, "super");
                    let cls = self.call(rt::CELL_GET, vec![Operand::Slot(cell)]);
                    let first_val = self.first_arg_value(cx, first);
                    let argv = self.pack(&[cls, first_val]);
                    return self.call(
                        rt::CALL,
                        vec![
                            Operand::Slot(f),
                            Operand::SlotAddr(argv),
                            Operand::Word(2),
                            Operand::Word(molt_abi::NONE),
                        ],
                    );
                }
            }
        }
        if !has_star {
            if let Expr::Attribute(a) = &*c.func {
                let obj = self.expr(cx, &a.value);
                let name = self.attr_name(cx, a.attr.as_str());
                // The receiver goes in the slot just before the arguments,
                // so a method call passes `self, args...` without copying.
                let (argv, n, kw) = self.call_args_after(cx, Some(obj), args);
                let lookup = cx.expr_pos(&c.func);
                if lookup.line != self.pos.line {
                    // CPython starts a method call spanning lines at the
                    // method's name.
                    self.set_pos(cx, TextRange::new(a.attr.range().start(), c.range().end()));
                }
                let dst = self.temp();
                let op = Op::Call {
                    dst: Some(dst),
                    func: rt::CALL_METHOD,
                    args: vec![
                        Operand::Slot(obj),
                        Operand::Const(name),
                        Operand::SlotAddr(argv),
                        Operand::Word(n),
                        kw,
                        Operand::Cache,
                    ],
                };
                self.emit_with_lookup(op, Some(lookup));
                return dst;
            }
            let f = self.expr(cx, &c.func);
            let (argv, n, kw) = self.call_args(cx, args);
            return self.call(
                rt::CALL,
                vec![
                    Operand::Slot(f),
                    Operand::SlotAddr(argv),
                    Operand::Word(n),
                    kw,
                ],
            );
        }
        let f = self.expr(cx, &c.func);
        let list = self.call(rt::BUILD_LIST, vec![Operand::Word(0), Operand::Word(0)]);
        self.extend_with(cx, list, &args.args);
        let kwargs = if args.keywords.is_empty() {
            self.imm(Imm::None)
        } else {
            // A name may repeat only through `**`, so keywords before the
            // first `**` are stored unchecked; the runtime checks the rest.
            let dict = self.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]);
            let mut unpacked = false;
            for k in args.keywords.iter() {
                let v = self.expr(cx, &k.value);
                match &k.arg {
                    Some(name) => {
                        let n = cx.str_const(name.as_str());
                        let key = self.konst(n);
                        if unpacked {
                            self.call_void(
                                rt::KWARG_SET,
                                vec![
                                    Operand::Slot(dict),
                                    Operand::Slot(key),
                                    Operand::Slot(v),
                                    Operand::Slot(f),
                                ],
                            );
                        } else {
                            self.call_void(
                                rt::DICT_SET,
                                vec![Operand::Slot(dict), Operand::Slot(key), Operand::Slot(v)],
                            );
                        }
                    }
                    None => {
                        unpacked = true;
                        self.call_void(
                            rt::KWARGS_MERGE,
                            vec![Operand::Slot(dict), Operand::Slot(v), Operand::Slot(f)],
                        )
                    }
                }
            }
            dict
        };
        self.call(
            rt::CALL_EX,
            vec![Operand::Slot(f), Operand::Slot(list), Operand::Slot(kwargs)],
        )
    }

    /// The current value of the first parameter (which may live in a cell).
    fn first_arg_value(&mut self, cx: &Cx, first: Slot) -> Slot {
        let name = self.func_param_name(0);
        match name.and_then(|n| cx.tree.lookup(self.scope, &n).map(|s| s.binding)) {
            Some(molt_resolve::Binding::Cell) => {
                self.call(rt::CELL_GET, vec![Operand::Slot(first)])
            }
            _ => first,
        }
    }

    fn func_param_name(&self, i: usize) -> Option<String> {
        self.param_names().get(i).cloned()
    }

    /// Positional then keyword argument values in consecutive slots.
    fn call_args(&mut self, cx: &mut Cx<'a>, args: &'a ast::Arguments) -> (Slot, u64, Operand) {
        self.call_args_after(cx, None, args)
    }

    /// Like `call_args`; with a receiver, it is copied into the slot just
    /// before the first argument.
    fn call_args_after(
        &mut self,
        cx: &mut Cx<'a>,
        receiver: Option<Slot>,
        args: &'a ast::Arguments,
    ) -> (Slot, u64, Operand) {
        let mut vals: Vec<Slot> = receiver.into_iter().collect();
        vals.extend(args.args.iter().map(|a| self.expr(cx, a)));
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            vals.push(self.expr(cx, &k.value));
            names.push(
                k.arg
                    .as_ref()
                    .map(|a| a.as_str().to_string())
                    .unwrap_or_default(),
            );
        }
        let first = self.pack(&vals);
        let kw = if names.is_empty() {
            Operand::Word(molt_abi::NONE)
        } else {
            Operand::Const(cx.names_const(&names))
        };
        let skip = u32::from(receiver.is_some());
        (Slot(first.0 + skip), (vals.len() as u32 - skip) as u64, kw)
    }

    fn fstring(&mut self, cx: &mut Cx<'a>, f: &'a ast::ExprFString) -> Slot {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    let c = cx.str_const(&l.value);
                    parts.push(self.konst(c));
                }
                ast::FStringPart::FString(fs) => self.interpolated(cx, &fs.elements, &mut parts),
            }
        }
        let first = self.pack(&parts);
        self.call(
            rt::BUILD_STRING,
            vec![Operand::SlotAddr(first), Operand::Word(parts.len() as u64)],
        )
    }

    fn interpolated(
        &mut self,
        cx: &mut Cx<'a>,
        elements: &'a ast::InterpolatedStringElements,
        parts: &mut Vec<Slot>,
    ) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let c = cx.str_const(&l.value);
                    parts.push(self.konst(c));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        // f"{x=}": the expression's text, then its repr.
                        let lit = debug.as_str().to_string();
                        let c = cx.str_const(&lit);
                        parts.push(self.konst(c));
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    let v = self.expr(cx, &i.expression);
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut sp = Vec::new();
                            self.interpolated(cx, &spec.elements, &mut sp);
                            let first = self.pack(&sp);
                            self.call(
                                rt::BUILD_STRING,
                                vec![Operand::SlotAddr(first), Operand::Word(sp.len() as u64)],
                            )
                        }
                        None => self.imm(Imm::None),
                    };
                    parts.push(self.call(
                        rt::FORMAT_VALUE,
                        vec![
                            Operand::Slot(v),
                            Operand::Slot(spec),
                            Operand::Word(conversion),
                        ],
                    ));
                }
            }
        }
    }

    /// Creates a function object for a lowered function: evaluates defaults
    /// (in this scope) and collects the closure cells it needs.
    pub fn make_function(
        &mut self,
        cx: &mut Cx<'a>,
        id: crate::FuncId,
        params: Option<&'a ast::Parameters>,
        scope: molt_resolve::ScopeId,
    ) -> Slot {
        let defaults = match params {
            Some(p) => {
                let ds: Vec<&Expr> = p
                    .posonlyargs
                    .iter()
                    .chain(p.args.iter())
                    .filter_map(|a| a.default.as_deref())
                    .collect();
                if ds.is_empty() {
                    self.imm(Imm::None)
                } else {
                    let vals: Vec<Slot> = ds.into_iter().map(|d| self.expr(cx, d)).collect();
                    let first = self.pack(&vals);
                    self.call(
                        rt::BUILD_TUPLE,
                        vec![Operand::SlotAddr(first), Operand::Word(vals.len() as u64)],
                    )
                }
            }
            None => self.imm(Imm::None),
        };
        let kwdefaults = match params {
            Some(p) if p.kwonlyargs.iter().any(|a| a.default.is_some()) => {
                let dict = self.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]);
                for a in p.kwonlyargs.iter() {
                    if let Some(d) = &a.default {
                        let v = self.expr(cx, d);
                        let n = cx.str_const(&cx.tree.mangle(scope, a.parameter.name.as_str()));
                        let key = self.konst(n);
                        self.call_void(
                            rt::DICT_SET,
                            vec![Operand::Slot(dict), Operand::Slot(key), Operand::Slot(v)],
                        );
                    }
                }
                dict
            }
            _ => self.imm(Imm::None),
        };
        let free = cx.tree.free_vars(scope);
        let closure = if free.is_empty() {
            self.imm(Imm::None)
        } else {
            let cells: Vec<Slot> = free
                .iter()
                .map(|n| match self.locals.get(n) {
                    Some(&s) => s,
                    None => self.class_cell_or_none(n),
                })
                .collect();
            let first = self.pack(&cells);
            self.call(
                rt::BUILD_TUPLE,
                vec![Operand::SlotAddr(first), Operand::Word(cells.len() as u64)],
            )
        };
        self.call(
            rt::MAKE_FUNCTION,
            vec![
                Operand::FuncDesc(id),
                Operand::Slot(defaults),
                Operand::Slot(kwdefaults),
                Operand::Slot(closure),
            ],
        )
    }

    fn class_cell_or_none(&mut self, _name: &str) -> Slot {
        self.imm(Imm::None)
    }

    fn comprehension(
        &mut self,
        cx: &mut Cx<'a>,
        e: &'a Expr,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> Slot {
        let Some(scope) = cx.tree.scope_of_node(e.range()) else {
            cx.error(e.range(), "internal error: comprehension without a scope");
            return self.imm(Imm::None);
        };
        let Some(first) = gens.first() else {
            return self.imm(Imm::None);
        };
        if gens.iter().any(|g| g.is_async) {
            cx.unsupported(e.range(), "asynchronous comprehensions");
        }
        // The first iterable is evaluated here; the rest inside.
        let outer_iter = self.expr(cx, &first.iter);
        let it = self.call(rt::ITER, vec![Operand::Slot(outer_iter)]);
        let (name, qualname) = {
            let s = cx.tree.scope(scope);
            (s.name.clone(), s.qualname.clone())
        };
        let sig = crate::Signature {
            params: vec![".0".to_string()],
            ..Default::default()
        };
        let mut f = FnBuilder::new(cx, scope, &name, &qualname, sig);
        f.set_pos(cx, e.range());
        let acc = match kind {
            CompKind::List(_) => {
                Some(f.call(rt::BUILD_LIST, vec![Operand::Word(0), Operand::Word(0)]))
            }
            CompKind::Set(_) => {
                Some(f.call(rt::BUILD_SET, vec![Operand::Word(0), Operand::Word(0)]))
            }
            CompKind::Dict(..) => {
                Some(f.call(rt::BUILD_DICT, vec![Operand::Word(0), Operand::Word(0)]))
            }
            CompKind::Gen(_) => None,
        };
        let src = f.locals[".0"];
        f.comp_level(cx, gens, 0, src, acc, &kind);
        let ret = match acc {
            Some(a) => a,
            None => f.imm(Imm::None),
        };
        f.return_value(ret);
        let id = cx.add_function(f);
        let func = self.make_function(cx, id, None, scope);
        self.set_expr_pos(cx, e);
        self.call_value(func, &[it])
    }

    fn comp_level(
        &mut self,
        cx: &mut Cx<'a>,
        gens: &'a [ast::Comprehension],
        i: usize,
        iterable: Slot,
        acc: Option<Slot>,
        kind: &CompKind<'a>,
    ) {
        let g = &gens[i];
        let it = if i == 0 {
            iterable
        } else {
            self.call(rt::ITER, vec![Operand::Slot(iterable)])
        };
        let (head, body, done) = (self.new_block(), self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        self.mark_loop_header(head);
        let v = self.call(rt::ITER_NEXT, vec![Operand::Slot(it)]);
        self.branch_if_is(v, Imm::IterDone, done, body);
        self.assign(cx, &g.target, v);
        for cond in &g.ifs {
            let c = self.expr(cx, cond);
            let next = self.new_block();
            self.terminate(Term::Branch {
                cond: c,
                then: next,
                else_: head,
            });
            self.switch_to(next);
        }
        if i + 1 < gens.len() {
            let inner = self.expr(cx, &gens[i + 1].iter);
            self.comp_level(cx, gens, i + 1, inner, acc, kind);
        } else {
            match (kind, acc) {
                (CompKind::List(el), Some(acc)) => {
                    let v = self.expr(cx, el);
                    self.call_void(rt::LIST_APPEND, vec![Operand::Slot(acc), Operand::Slot(v)]);
                }
                (CompKind::Set(el), Some(acc)) => {
                    let v = self.expr(cx, el);
                    self.call_void(rt::SET_ADD, vec![Operand::Slot(acc), Operand::Slot(v)]);
                }
                (CompKind::Dict(k, v), Some(acc)) => {
                    let k = self.expr(cx, k);
                    let v = self.expr(cx, v);
                    self.call_void(
                        rt::DICT_SET,
                        vec![Operand::Slot(acc), Operand::Slot(k), Operand::Slot(v)],
                    );
                }
                (CompKind::Gen(el), _) => {
                    let v = self.expr(cx, el);
                    self.yield_value(v);
                }
                _ => {}
            }
        }
        self.jump(head);
        self.switch_to(done);
    }
}

/// Is `e` a constant after CPython's constant folding of literals
/// (numbers, strings, bytes, True/False/None, `...`, negated numbers, and
/// tuples of constants)?
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

pub(crate) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}
