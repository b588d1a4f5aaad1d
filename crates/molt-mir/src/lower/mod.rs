//! Lowering: from the resolved syntax tree to MIR.
//!
//! Each Python scope that runs code (the module, functions, lambdas,
//! comprehensions, class bodies) becomes one MIR function. Names are
//! lowered by their binding as the resolver decided it: fast locals and
//! cells are slots, free variables are cells loaded from the function's
//! closure at entry, globals are indices into the module's globals table
//! (falling back to builtins), and class-body names live in the class
//! namespace dict. Constructs Molt does not support yet are refused with a
//! diagnostic at their location; nothing is silently dropped.

mod expr;
mod pattern;
mod position;
mod stmt;

use crate::{
    Block, BlockId, ConstId, FuncId, Function, HeapConst, Imm, Inst, Op, Operand, Pos, Program,
    Signature, Slot, Term,
};
use molt_abi::entry::{self as rt, EntryPoint};
use molt_resolve::{Binding, ScopeId, ScopeKind, ScopeTree};
use molt_syntax::ast;
use molt_syntax::{Diagnostic, SourceFile, TextRange};
use std::collections::BTreeMap;

/// One module to lower: its file, syntax tree and scopes.
pub struct ModuleInput<'a> {
    pub name: &'a str,
    /// The package its relative imports start from.
    pub package: &'a str,
    pub file: &'a SourceFile,
    pub ast: &'a ast::ModModule,
    pub tree: &'a ScopeTree,
}

/// Lowers every module of a program (the entry module first). Errors are
/// returned with the index of the module they are in.
pub fn lower_program(modules: &[ModuleInput]) -> Result<Program, Vec<(usize, Diagnostic)>> {
    let Some(first) = modules.first() else {
        return Err(Vec::new());
    };
    let mut cx = Cx {
        file: first.file,
        tree: first.tree,
        module: 0,
        module_name: first.name,
        package: first.package,
        user_modules: modules.iter().map(|m| m.name.to_string()).collect(),
        star_exports: modules
            .iter()
            .map(|m| (m.name.to_string(), star_exports(m)))
            .collect(),
        postponed_annotations: false,
        functions: Vec::new(),
        consts: Vec::new(),
        const_index: BTreeMap::new(),
        globals: Vec::new(),
        global_index: BTreeMap::new(),
        diags: Vec::new(),
    };
    let mut out_modules = Vec::new();
    let mut errors = Vec::new();
    let base = std::path::Path::new(&first.file.path)
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    for (i, m) in modules.iter().enumerate() {
        cx.file = m.file;
        cx.tree = m.tree;
        cx.module = i as u32;
        cx.module_name = m.name;
        cx.package = m.package;
        cx.globals.clear();
        cx.global_index.clear();
        let body = cx.reserve_function();
        let root = m.tree.root();
        let mut f = FnBuilder::new(&mut cx, root, "<module>", "<module>", Signature::default());
        let name = cx.str_const(m.name);
        let v = f.konst(name);
        let index = cx.global("__name__");
        f.emit(Op::StoreGlobal { index, src: v });
        let doc = match stmt::docstring(&m.ast.body) {
            Some(d) => {
                let c = cx.str_const(d);
                f.konst(c)
            }
            None => f.imm(Imm::None),
        };
        let index = cx.global("__doc__");
        f.emit(Op::StoreGlobal { index, src: doc });
        cx.postponed_annotations = future_annotations(m.ast);
        f.setup_annotations(&mut cx, &m.ast.body);
        f.lower_body(&mut cx, &m.ast.body);
        let none = f.imm(Imm::None);
        f.terminate(Term::Return(none));
        let func = f.finish(&mut cx);
        cx.functions[body.0 as usize] = Some(func);
        errors.extend(cx.diags.drain(..).map(|d| (i, d)));
        out_modules.push(crate::Module {
            name: m.name.to_string(),
            file: relative_to(&base, &m.file.path),
            source: m.file.text.clone(),
            globals: std::mem::take(&mut cx.globals),
            body,
        });
    }
    if !errors.is_empty() {
        errors.sort_by_key(|(m, d)| (*m, d.range.start()));
        return Err(errors);
    }
    let functions = cx
        .functions
        .into_iter()
        .map(|f| f.expect("every reserved function is defined"))
        .collect();
    Ok(Program {
        functions,
        consts: cx.consts,
        modules: out_modules,
    })
}

/// Does the module start with `from __future__ import annotations`?
fn future_annotations(m: &ast::ModModule) -> bool {
    m.body.iter().any(|s| match s {
        ast::Stmt::ImportFrom(i) => {
            i.module
                .as_ref()
                .is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    })
}

/// The names `from module import *` binds: `__all__` when the module
/// assigns it a literal list or tuple of strings (then `true`), else its
/// public globals.
fn star_exports(m: &ModuleInput) -> (Vec<String>, bool) {
    if let Some(names) = molt_resolve::graph::literal_all(&m.ast.body) {
        return (names, true);
    }
    let root = m.tree.scope(m.tree.root());
    let names = root
        .symbols
        .iter()
        .filter(|s| s.is_assigned && !s.name.starts_with('_'))
        .map(|s| s.name.clone())
        .collect();
    (names, false)
}

/// `path` relative to `base` where it lies below it, with `/` separators.
fn relative_to(base: &std::path::Path, path: &str) -> String {
    let p = std::path::Path::new(path);
    let rel = p.strip_prefix(base).unwrap_or(p);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Program-wide lowering state, pointed at the module being lowered.
pub(crate) struct Cx<'a> {
    pub file: &'a SourceFile,
    pub tree: &'a ScopeTree,
    /// Index of the module being lowered.
    pub module: u32,
    /// Its name (`__main__` for the entry module): classes' `__module__`.
    pub module_name: &'a str,
    /// Its package, for relative imports.
    pub package: &'a str,
    /// Every user module of the program, by name.
    pub user_modules: std::collections::BTreeSet<String>,
    /// What `from m import *` binds, for each user module.
    /// With whether they come from `__all__`.
    pub star_exports: BTreeMap<String, (Vec<String>, bool)>,
    /// `from __future__ import annotations` in the module being lowered.
    pub postponed_annotations: bool,
    functions: Vec<Option<Function>>,
    consts: Vec<HeapConst>,
    const_index: BTreeMap<String, ConstId>,
    globals: Vec<String>,
    global_index: BTreeMap<String, u32>,
    diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn reserve_function(&mut self) -> FuncId {
        self.functions.push(None);
        FuncId(self.functions.len() as u32 - 1)
    }

    fn intern(&mut self, key: String, c: HeapConst) -> ConstId {
        if let Some(&id) = self.const_index.get(&key) {
            return id;
        }
        self.consts.push(c);
        let id = ConstId(self.consts.len() as u32 - 1);
        self.const_index.insert(key, id);
        id
    }

    pub fn str_const(&mut self, s: &str) -> ConstId {
        self.intern(format!("s{s}"), HeapConst::Str(s.to_string()))
    }

    pub fn bigint_const(&mut self, digits: &str) -> ConstId {
        self.intern(format!("i{digits}"), HeapConst::BigInt(digits.to_string()))
    }

    pub fn bytes_const(&mut self, b: &[u8]) -> ConstId {
        self.intern(format!("b{b:?}"), HeapConst::Bytes(b.to_vec()))
    }

    pub fn names_const(&mut self, names: &[String]) -> ConstId {
        let items: Vec<ConstId> = names.iter().map(|n| self.str_const(n)).collect();
        let key = format!("t{items:?}");
        self.intern(key, HeapConst::Tuple(items))
    }

    pub fn global(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.global_index.get(name) {
            return i;
        }
        self.globals.push(name.to_string());
        let i = self.globals.len() as u32 - 1;
        self.global_index.insert(name.to_string(), i);
        i
    }

    pub fn error(&mut self, range: TextRange, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(range, msg));
    }

    pub fn unsupported(&mut self, range: TextRange, what: &str) {
        self.error(range, format!("{what} is not supported by Molt yet"));
    }
}

/// Where a cleanup must run when `return`, `break` or `continue` leaves a
/// protected region.
#[derive(Clone)]
pub(crate) enum Cleanup<'a> {
    /// A `finally` body, lowered again on that exit path, with the handler
    /// that was current outside its `try`.
    Finally(&'a [ast::Stmt], Option<BlockId>),
    /// Leaving an `except` body: pop the handled exception.
    PopExc,
    /// Leaving a `with` body: call the manager's bound `__exit__` (in this
    /// slot) with no exception.
    WithExit(Slot),
}

pub(crate) struct LoopCtx {
    pub continue_to: BlockId,
    pub break_to: BlockId,
    /// Cleanups active when the loop started (those deeper are run on exit).
    pub cleanup_depth: usize,
}

/// Builds one MIR function.
pub(crate) struct FnBuilder<'a> {
    pub scope: ScopeId,
    func: Function,
    cur: BlockId,
    /// Slots of fast locals and cells (a cell slot holds the cell object).
    pub locals: BTreeMap<String, Slot>,
    /// Class bodies: the namespace dict.
    pub class_ns: Option<Slot>,
    /// The first parameter (for zero-argument `super()`).
    pub first_param: Option<Slot>,
    pub loops: Vec<LoopCtx>,
    pub cleanups: Vec<Cleanup<'a>>,
    pub handler: Option<BlockId>,
    /// Where instructions emitted now are in the source.
    pub pos: Pos,
    /// Generators: the slot receiving values sent in at `yield`.
    pub sent: Option<Slot>,
}

impl<'a> FnBuilder<'a> {
    pub fn new(cx: &mut Cx, scope: ScopeId, name: &str, qualname: &str, sig: Signature) -> Self {
        let s = cx.tree.scope(scope);
        let is_generator = s.is_generator;
        let mut b = FnBuilder {
            scope,
            func: Function {
                module: cx.module,
                name: name.to_string(),
                qualname: qualname.to_string(),
                sig,
                nslots: 0,
                slot_names: Vec::new(),
                varnames: Vec::new(),
                blocks: Vec::new(),
                is_generator,
            },
            cur: BlockId(0),
            locals: BTreeMap::new(),
            class_ns: None,
            first_param: None,
            loops: Vec::new(),
            cleanups: Vec::new(),
            handler: None,
            pos: cx.pos(s.range),
            sent: None,
        };
        b.cur = b.new_block();
        // Generators keep their resume state in slot 0.
        if is_generator {
            b.named_slot("$state");
            b.sent = Some(b.named_slot("$sent"));
        }
        // Parameters come first, in signature order, so the code generator
        // can copy the bound arguments into slots 0.. directly.
        let params = b.func.sig.params.clone();
        for p in &params {
            let slot = b.named_slot(p);
            b.locals.insert(p.clone(), slot);
        }
        b.first_param = params.first().map(|p| b.locals[p]);
        b.func.varnames = params.clone();
        if s.kind != ScopeKind::Module && s.kind != ScopeKind::Class {
            for sym in &s.symbols {
                if sym.binding == Binding::Local && !params.contains(&sym.name) {
                    b.func.varnames.push(sym.name.clone());
                }
                if matches!(sym.binding, Binding::Local | Binding::Cell)
                    && !b.locals.contains_key(&sym.name)
                {
                    let slot = b.named_slot(&sym.name);
                    b.locals.insert(sym.name.clone(), slot);
                }
            }
            // Cells: wrap each cell variable (parameters keep their value).
            for name in cx.tree.cell_vars(scope) {
                if let Some(&slot) = b.locals.get(&name) {
                    let init = if params.contains(&name) {
                        Operand::Slot(slot)
                    } else {
                        Operand::Word(molt_abi::UNBOUND)
                    };
                    b.call_into(slot, rt::MAKE_CELL, vec![init]);
                }
            }
        }
        // Free variables: load their cells from the closure.
        for (i, name) in cx.tree.free_vars(scope).iter().enumerate() {
            let slot = b.named_slot(name);
            b.locals.insert(name.clone(), slot);
            b.call_into(
                slot,
                rt::CLOSURE_CELL,
                vec![Operand::CurrentFunc, Operand::Word(i as u64)],
            );
        }
        b
    }

    pub fn finish(mut self, _cx: &mut Cx) -> Function {
        // Any block still open falls off the end of the function.
        if matches!(
            self.func.blocks[self.cur.0 as usize].term,
            Term::Unreachable
        ) && !self.func.blocks[self.cur.0 as usize].insts.is_empty()
        {
            let none = self.imm(Imm::None);
            self.return_value(none);
        }
        self.func
    }

    // ---- slots and blocks -------------------------------------------------

    pub fn named_slot(&mut self, name: &str) -> Slot {
        self.func.slot_names.push(name.to_string());
        self.func.nslots += 1;
        Slot(self.func.nslots - 1)
    }

    pub fn temp(&mut self) -> Slot {
        let n = self.func.nslots;
        self.named_slot(&format!("${n}"))
    }

    /// `n` consecutive fresh slots (call arguments, container items).
    pub fn temps(&mut self, n: usize) -> Slot {
        let first = Slot(self.func.nslots);
        for _ in 0..n {
            self.temp();
        }
        first
    }

    pub fn new_block(&mut self) -> BlockId {
        self.func.blocks.push(Block {
            insts: Vec::new(),
            term: Term::Unreachable,
            term_pos: self.pos,
            unwind: self.handler,
            is_loop_header: false,
        });
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    pub fn mark_loop_header(&mut self, b: BlockId) {
        self.func.blocks[b.0 as usize].is_loop_header = true;
    }

    /// Continues emitting into `b`.
    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    /// Ends the current block; following code goes to a fresh, unreachable
    /// block (which code generation drops if nothing jumps to it).
    pub fn terminate(&mut self, term: Term) {
        let pos = self.pos;
        let blk = &mut self.func.blocks[self.cur.0 as usize];
        if matches!(blk.term, Term::Unreachable) {
            blk.term = term;
            blk.term_pos = pos;
        }
        let next = self.new_block();
        self.cur = next;
    }

    pub fn jump(&mut self, to: BlockId) {
        self.terminate(Term::Jump(to));
    }

    /// Sets the handler for code emitted from now on. Starts a new block so
    /// every block has a single unwind target.
    pub fn set_handler(&mut self, h: Option<BlockId>) {
        self.handler = h;
        let next = self.new_block();
        self.jump(next);
        self.switch_to(next);
    }

    pub fn emit(&mut self, op: Op) {
        self.emit_with_lookup(op, None);
    }

    /// Emits a method call whose method lookup is at `lookup_pos`.
    pub fn emit_with_lookup(&mut self, op: Op, lookup_pos: Option<Pos>) {
        let pos = self.pos;
        if self.func.blocks[self.cur.0 as usize].unwind != self.handler {
            let next = self.new_block();
            self.jump(next);
            self.switch_to(next);
        }
        self.func.blocks[self.cur.0 as usize].insts.push(Inst {
            op,
            pos,
            lookup_pos,
        });
    }

    // ---- common emitters ----------------------------------------------------

    pub fn imm(&mut self, imm: Imm) -> Slot {
        let dst = self.temp();
        self.emit(Op::Imm { dst, imm });
        dst
    }

    pub fn konst(&mut self, c: ConstId) -> Slot {
        let dst = self.temp();
        self.emit(Op::Const { dst, c });
        dst
    }

    pub fn call(&mut self, func: EntryPoint, args: Vec<Operand>) -> Slot {
        let dst = self.temp();
        self.call_into(dst, func, args);
        dst
    }

    pub fn call_into(&mut self, dst: Slot, func: EntryPoint, args: Vec<Operand>) {
        self.emit(Op::Call {
            dst: Some(dst),
            func,
            args,
        });
    }

    pub fn call_void(&mut self, func: EntryPoint, args: Vec<Operand>) {
        let dst = if func.2 { Some(self.temp()) } else { None };
        self.emit(Op::Call { dst, func, args });
    }

    /// Goes to `then` when `v` is the marker `imm` (an exhausted iterator,
    /// an unbound name), else continues in `else_`.
    pub fn branch_if_is(&mut self, v: Slot, imm: Imm, then: BlockId, else_: BlockId) {
        let marker = self.imm(imm);
        let is = self.temp();
        self.emit(Op::Is {
            dst: is,
            a: v,
            b: marker,
            negate: false,
        });
        self.terminate(Term::Branch {
            cond: is,
            then,
            else_,
        });
        self.switch_to(else_);
    }

    /// `f(args...)` with positional arguments.
    pub fn call_value(&mut self, f: Slot, args: &[Slot]) -> Slot {
        let argv = self.pack(args);
        self.call(
            rt::CALL,
            vec![
                Operand::Slot(f),
                Operand::SlotAddr(argv),
                Operand::Word(args.len() as u64),
                Operand::Word(molt_abi::NONE),
            ],
        )
    }

    pub fn copy(&mut self, dst: Slot, src: Slot) {
        if dst != src {
            self.emit(Op::Copy { dst, src });
        }
    }

    /// Copies values into `n` consecutive fresh slots and returns the first.
    pub fn pack(&mut self, values: &[Slot]) -> Slot {
        let first = self.temps(values.len());
        for (i, v) in values.iter().enumerate() {
            self.copy(Slot(first.0 + i as u32), *v);
        }
        first
    }

    /// Attributes what is emitted from now on to `range`.
    pub fn set_pos(&mut self, cx: &Cx, range: TextRange) {
        self.pos = cx.pos(range);
    }

    /// Attributes what is emitted from now on to the expression `e`, as
    /// CPython's tracebacks show it.
    pub fn set_expr_pos(&mut self, cx: &Cx, e: &ast::Expr) {
        self.pos = cx.expr_pos(e);
    }

    // ---- names ------------------------------------------------------------

    pub fn binding(&self, cx: &Cx, name: &str) -> Binding {
        cx.tree
            .lookup(self.scope, name)
            .map(|s| s.binding)
            .unwrap_or(Binding::GlobalImplicit)
    }

    fn scope_kind(&self, cx: &Cx) -> ScopeKind {
        cx.tree.scope(self.scope).kind
    }

    /// The constant naming attribute `attr` as written in this scope:
    /// inside a class, `obj.__x` means `obj._Class__x`, as in CPython.
    pub fn attr_name(&self, cx: &mut Cx, attr: &str) -> ConstId {
        let mangled = cx.tree.mangle(self.scope, attr);
        cx.str_const(&mangled)
    }

    pub fn load_name(&mut self, cx: &mut Cx, name: &str) -> Slot {
        let stored = cx.tree.mangle(self.scope, name);
        let kind = self.scope_kind(cx);
        let binding = self.binding(cx, name);
        if kind == ScopeKind::Class && !matches!(binding, Binding::Free | Binding::GlobalExplicit) {
            let ns = self.class_ns.expect("class bodies have a namespace");
            let g = self.load_global_raw(cx, &stored);
            let n = cx.str_const(&stored);
            return self.call(
                rt::NS_LOAD,
                vec![Operand::Slot(ns), Operand::Const(n), Operand::Slot(g)],
            );
        }
        match binding {
            Binding::Local if kind != ScopeKind::Module => {
                let slot = self.locals[&stored];
                if !self.func.sig.params.contains(&stored) {
                    let n = cx.str_const(&stored);
                    self.emit(Op::CheckBound {
                        slot,
                        name: n,
                        err: rt::UNBOUND_LOCAL,
                    });
                }
                slot
            }
            Binding::Cell | Binding::Free => {
                let cell = self.locals[&stored];
                let v = self.call(rt::CELL_GET, vec![Operand::Slot(cell)]);
                let n = cx.str_const(&stored);
                let err = if binding == Binding::Cell {
                    rt::UNBOUND_LOCAL
                } else {
                    rt::UNBOUND_FREE
                };
                self.emit(Op::CheckBound {
                    slot: v,
                    name: n,
                    err,
                });
                v
            }
            _ => {
                let index = cx.global(&stored);
                let name = cx.str_const(&stored);
                let dst = self.temp();
                self.emit(Op::LoadGlobal {
                    dst,
                    index,
                    name,
                    fallback: true,
                });
                dst
            }
        }
    }

    /// The module global's raw value (UNBOUND when unset), no fallback.
    fn load_global_raw(&mut self, cx: &mut Cx, name: &str) -> Slot {
        let index = cx.global(name);
        let name = cx.str_const(name);
        let dst = self.temp();
        self.emit(Op::LoadGlobal {
            dst,
            index,
            name,
            fallback: false,
        });
        dst
    }

    pub fn store_name(&mut self, cx: &mut Cx, name: &str, value: Slot) {
        let stored = cx.tree.mangle(self.scope, name);
        let kind = self.scope_kind(cx);
        let binding = self.binding(cx, name);
        if kind == ScopeKind::Class && !matches!(binding, Binding::Free | Binding::GlobalExplicit) {
            let ns = self.class_ns.expect("class bodies have a namespace");
            let n = cx.str_const(&stored);
            let key = self.konst(n);
            self.call_void(
                rt::DICT_SET,
                vec![Operand::Slot(ns), Operand::Slot(key), Operand::Slot(value)],
            );
            return;
        }
        match binding {
            Binding::Local if kind != ScopeKind::Module => {
                let slot = self.locals[&stored];
                self.copy(slot, value);
            }
            Binding::Cell | Binding::Free => {
                let cell = self.locals[&stored];
                self.call_void(
                    rt::CELL_SET,
                    vec![Operand::Slot(cell), Operand::Slot(value)],
                );
            }
            _ => {
                let index = cx.global(&stored);
                self.emit(Op::StoreGlobal { index, src: value });
            }
        }
    }

    pub fn delete_name(&mut self, cx: &mut Cx, name: &str) {
        let stored = cx.tree.mangle(self.scope, name);
        let kind = self.scope_kind(cx);
        let binding = self.binding(cx, name);
        if kind == ScopeKind::Class && !matches!(binding, Binding::Free | Binding::GlobalExplicit) {
            // A class body deletes from its namespace only (NameError when
            // the name is not there, whatever the globals hold).
            let ns = self.class_ns.expect("class bodies have a namespace");
            let n = cx.str_const(&stored);
            self.call_void(rt::NS_DELETE, vec![Operand::Slot(ns), Operand::Const(n)]);
            return;
        }
        // Reading first gives CPython's NameError/UnboundLocalError when the
        // name is unbound; then the binding is cleared.
        self.load_name(cx, name);
        match binding {
            Binding::Local if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let slot = self.locals[&stored];
                self.emit(Op::Imm {
                    dst: slot,
                    imm: Imm::Unbound,
                });
            }
            Binding::Cell | Binding::Free => {
                let cell = self.locals[&stored];
                let u = self.imm(Imm::Unbound);
                self.call_void(rt::CELL_SET, vec![Operand::Slot(cell), Operand::Slot(u)]);
            }
            _ => {
                let index = cx.global(&stored);
                let u = self.imm(Imm::Unbound);
                self.emit(Op::StoreGlobal { index, src: u });
            }
        }
    }
}

/// The signature of a `def` or `lambda` from its parameters.
pub(crate) fn signature(cx: &Cx, params: Option<&ast::Parameters>, scope: ScopeId) -> Signature {
    let Some(p) = params else {
        return Signature::default();
    };
    let mangle = |n: &str| cx.tree.mangle(scope, n);
    let mut names: Vec<String> = Vec::new();
    names.extend(
        p.posonlyargs
            .iter()
            .map(|a| mangle(a.parameter.name.as_str())),
    );
    names.extend(p.args.iter().map(|a| mangle(a.parameter.name.as_str())));
    if let Some(v) = &p.vararg {
        names.push(mangle(v.name.as_str()));
    }
    names.extend(
        p.kwonlyargs
            .iter()
            .map(|a| mangle(a.parameter.name.as_str())),
    );
    if let Some(k) = &p.kwarg {
        names.push(mangle(k.name.as_str()));
    }
    Signature {
        params: names,
        nposonly: p.posonlyargs.len() as u32,
        nkwonly: p.kwonlyargs.len() as u32,
        varargs: p.vararg.is_some(),
        varkw: p.kwarg.is_some(),
    }
}
