//! Code generation: MIR to a native object file, with Cranelift.
//!
//! Each MIR function becomes a native function `entry(func, args) -> value`
//! (generators also get `resume(func, slots, sent) -> value`), plus a static
//! `FuncDesc` describing it to the runtime. A function keeps its value slots
//! in a stack array (a generator's in its heap object) that is linked into
//! the runtime's shadow stack through a `Frame`, so the collector sees every
//! live value. Arithmetic and comparisons on small ints and floats, truth
//! tests of bools, identity tests and global loads are expanded inline; all
//! else calls runtime entry points. Output is deterministic: functions and
//! data are declared and emitted in program order.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types::I64, AbiParam, BlockArg, InstBuilder, JumpTableData, MemFlagsData, StackSlotData,
    StackSlotKind,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_abi::entry::{self as rt, EntryPoint};
use molt_mir::{BinOp, Block, CmpOp, HeapConst, Op, Operand, Pos, Program, Slot, Term};
use std::collections::BTreeMap;

/// Compiles a MIR program to the bytes of a relocatable object file for the
/// host.
pub fn compile(program: &Program) -> Result<Vec<u8>, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_codegen::isa::lookup(target_lexicon::Triple::host())
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(
        isa,
        "molt_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| e.to_string())?;
    let mut cg = Codegen {
        module: ObjectModule::new(builder),
        runtime: BTreeMap::new(),
        program,
        strings: BTreeMap::new(),
        inline_caches: None,
        inline_cache_count: 0,
        positions: None,
        position_index: BTreeMap::new(),
    };
    cg.run()?;
    let product = cg.module.finish();
    product.emit().map_err(|e| e.to_string())
}

struct Codegen<'p> {
    module: ObjectModule,
    runtime: BTreeMap<&'static str, ClifFuncId>,
    program: &'p Program,
    strings: BTreeMap<Vec<u8>, DataId>,
    /// One table holds every site's inline cache; its size is known once
    /// all functions are compiled.
    inline_caches: Option<DataId>,
    inline_cache_count: usize,
    /// The table of `SourcePos` records traceback entries point at, one
    /// per distinct position, numbered in order of first use.
    positions: Option<DataId>,
    position_index: BTreeMap<Pos, u32>,
}

/// Per-program symbols every function may refer to.
struct Shared {
    consts: DataId,
    /// Each module's globals table, and the array of its names.
    globals: Vec<DataId>,
    global_names: Vec<DataId>,
    descs: Vec<DataId>,
    entries: Vec<ClifFuncId>,
    resumes: Vec<Option<ClifFuncId>>,
}

impl Codegen<'_> {
    fn err(e: impl std::fmt::Display) -> String {
        e.to_string()
    }

    fn run(&mut self) -> Result<(), String> {
        let p = self.program;
        let consts = self
            .module
            .declare_data("molt_consts", Linkage::Local, true, false)
            .map_err(Self::err)?;
        let mut d = DataDescription::new();
        d.define_zeroinit(8 * p.consts.len().max(1));
        self.module.define_data(consts, &d).map_err(Self::err)?;
        self.inline_caches = Some(
            self.module
                .declare_data("molt_inline_caches", Linkage::Local, true, false)
                .map_err(Self::err)?,
        );
        self.positions = Some(
            self.module
                .declare_data("molt_positions", Linkage::Local, false, false)
                .map_err(Self::err)?,
        );
        let mut globals = Vec::new();
        let mut global_names = Vec::new();
        for (mi, m) in p.modules.iter().enumerate() {
            let id = self
                .module
                .declare_data(&format!("molt_globals_{mi}"), Linkage::Local, true, false)
                .map_err(Self::err)?;
            let mut d = DataDescription::new();
            let mut bytes = Vec::with_capacity(8 * m.globals.len().max(1));
            for _ in 0..m.globals.len().max(1) {
                bytes.extend_from_slice(&molt_abi::UNBOUND.to_le_bytes());
            }
            d.define(bytes.into_boxed_slice());
            self.module.define_data(id, &d).map_err(Self::err)?;
            globals.push(id);
            global_names.push(self.str_refs(&format!("molt_global_names_{mi}"), &m.globals)?);
        }

        let sig2 = self.sig(2, true);
        let sig3 = self.sig(3, true);
        let mut shared = Shared {
            consts,
            globals,
            global_names,
            descs: Vec::new(),
            entries: Vec::new(),
            resumes: Vec::new(),
        };
        let main = p.modules[0].body;
        for (i, f) in p.functions.iter().enumerate() {
            let desc_name = if i == main.0 as usize {
                molt_abi::entry::program::MAIN_DESC.to_string()
            } else {
                format!("molt_desc_{i}")
            };
            let linkage = if i == main.0 as usize {
                Linkage::Export
            } else {
                Linkage::Local
            };
            shared.descs.push(
                self.module
                    .declare_data(&desc_name, linkage, false, false)
                    .map_err(Self::err)?,
            );
            shared.entries.push(
                self.module
                    .declare_function(&format!("molt_fn_{i}"), Linkage::Local, &sig2)
                    .map_err(Self::err)?,
            );
            shared.resumes.push(if f.is_generator {
                Some(
                    self.module
                        .declare_function(&format!("molt_resume_{i}"), Linkage::Local, &sig3)
                        .map_err(Self::err)?,
                )
            } else {
                None
            });
        }
        for (i, f) in p.functions.iter().enumerate() {
            self.define_desc(&shared, i, f)?;
            let is_main = i == main.0 as usize;
            if f.is_generator {
                self.define_generator_entry(&shared, i, f)?;
                self.define_body(&shared, i, f, BodyKind::Resume)?;
            } else {
                self.define_body(
                    &shared,
                    i,
                    f,
                    if is_main {
                        BodyKind::Main
                    } else {
                        BodyKind::Plain
                    },
                )?;
            }
        }
        let mut d = DataDescription::new();
        d.define_zeroinit(8 * molt_abi::IC_WORDS * self.inline_cache_count.max(1));
        d.set_align(8);
        let ics = self.inline_caches.ok_or("inline cache table")?;
        self.module.define_data(ics, &d).map_err(Self::err)?;
        self.define_positions()
    }

    /// The offset of `pos`'s record in the positions table.
    fn position_offset(&mut self, pos: Pos) -> i64 {
        let next = self.position_index.len() as u32;
        let index = *self.position_index.entry(pos).or_insert(next);
        i64::from(index) * i64::from(molt_abi::SOURCEPOS_SIZE)
    }

    fn define_positions(&mut self) -> Result<(), String> {
        let mut records = vec![Pos::default(); self.position_index.len().max(1)];
        for (pos, &i) in &self.position_index {
            records[i as usize] = *pos;
        }
        let mut bytes = Vec::with_capacity(records.len() * molt_abi::SOURCEPOS_SIZE as usize);
        for p in records {
            let (a, b) = p
                .anchors
                .unwrap_or((molt_abi::NO_ANCHOR, molt_abi::NO_ANCHOR));
            for v in [p.line, p.end_line, p.col, p.end_col, a, b] {
                bytes.extend_from_slice(&v.to_le_bytes());
            }
        }
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(4);
        let id = self.positions.ok_or("positions table")?;
        self.module.define_data(id, &d).map_err(Self::err)
    }

    fn sig(&self, nparams: usize, ret: bool) -> ir::Signature {
        let mut s = self.module.make_signature();
        for _ in 0..nparams {
            s.params.push(AbiParam::new(I64));
        }
        if ret {
            s.returns.push(AbiParam::new(I64));
        }
        s
    }

    fn runtime_fn(&mut self, e: EntryPoint) -> Result<ClifFuncId, String> {
        if let Some(&id) = self.runtime.get(e.0) {
            return Ok(id);
        }
        let sig = self.sig(e.1 as usize, e.2);
        let id = self
            .module
            .declare_function(e.0, Linkage::Import, &sig)
            .map_err(Self::err)?;
        self.runtime.insert(e.0, id);
        Ok(id)
    }

    /// A read-only, deduplicated byte string in the object.
    fn string(&mut self, s: &[u8]) -> Result<DataId, String> {
        if let Some(&id) = self.strings.get(s) {
            return Ok(id);
        }
        let name = format!("molt_str_{}", self.strings.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(Self::err)?;
        let mut d = DataDescription::new();
        let mut bytes = s.to_vec();
        bytes.push(0);
        d.define(bytes.into_boxed_slice());
        d.set_align(1);
        self.module.define_data(id, &d).map_err(Self::err)?;
        self.strings.insert(s.to_vec(), id);
        Ok(id)
    }

    /// A static array of `StrRef`s for `names`.
    fn str_refs(&mut self, symbol: &str, names: &[String]) -> Result<DataId, String> {
        let id = self
            .module
            .declare_data(symbol, Linkage::Local, false, false)
            .map_err(Self::err)?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; (molt_abi::STRREF_SIZE as usize * names.len()).max(8)];
        for (k, p) in names.iter().enumerate() {
            let s = self.string(p.as_bytes())?;
            let gv = self.module.declare_data_in_data(s, &mut d);
            let off = k * molt_abi::STRREF_SIZE as usize;
            d.write_data_addr(off as u32, gv, 0);
            bytes[off + 8..off + 16].copy_from_slice(&(p.len() as u64).to_le_bytes());
        }
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        self.module.define_data(id, &d).map_err(Self::err)?;
        Ok(id)
    }

    fn define_desc(&mut self, sh: &Shared, i: usize, f: &molt_mir::Function) -> Result<(), String> {
        let name = self.string(f.name.as_bytes())?;
        let module = self.program.module_of(f);
        let file_path = &module.file;
        let file = self.string(file_path.as_bytes())?;
        let source = self.string(module.source.as_bytes())?;
        let varnames_text = f.varnames.join("\n");
        let varnames = self.string(varnames_text.as_bytes())?;
        let qualname = self.string(f.qualname.as_bytes())?;
        let n = f.sig.params.len();
        let params_id = self.str_refs(&format!("molt_params_{i}"), &f.sig.params)?;

        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; molt_abi::FUNCDESC_SIZE as usize];
        let put32 =
            |b: &mut Vec<u8>, off: usize, v: u32| b[off..off + 4].copy_from_slice(&v.to_le_bytes());
        let put64 =
            |b: &mut Vec<u8>, off: usize, v: u64| b[off..off + 8].copy_from_slice(&v.to_le_bytes());
        // CodeInfo: name ptr (0), name_len (8), file ptr (16), file_len (24),
        // source ptr (32), source_len (40), varnames ptr (48), varnames_len (56).
        let gv = self.module.declare_data_in_data(name, &mut d);
        d.write_data_addr(0, gv, 0);
        put32(&mut bytes, 8, f.name.len() as u32);
        let gv = self.module.declare_data_in_data(file, &mut d);
        d.write_data_addr(16, gv, 0);
        put32(&mut bytes, 24, file_path.len() as u32);
        let gv = self.module.declare_data_in_data(source, &mut d);
        d.write_data_addr(32, gv, 0);
        put32(&mut bytes, 40, module.source.len() as u32);
        let gv = self.module.declare_data_in_data(varnames, &mut d);
        d.write_data_addr(48, gv, 0);
        put32(&mut bytes, 56, varnames_text.len() as u32);
        let fr = self.module.declare_func_in_data(sh.entries[i], &mut d);
        d.write_function_addr(molt_abi::FUNCDESC_ENTRY_OFFSET, fr);
        if let Some(r) = sh.resumes[i] {
            let fr = self.module.declare_func_in_data(r, &mut d);
            d.write_function_addr(molt_abi::FUNCDESC_RESUME_OFFSET, fr);
        }
        let gv = self.module.declare_data_in_data(qualname, &mut d);
        d.write_data_addr(molt_abi::FUNCDESC_QUALNAME_OFFSET, gv, 0);
        put64(
            &mut bytes,
            molt_abi::FUNCDESC_QUALNAME_OFFSET as usize + 8,
            f.qualname.len() as u64,
        );
        let gv = self.module.declare_data_in_data(params_id, &mut d);
        d.write_data_addr(molt_abi::FUNCDESC_PARAM_NAMES_OFFSET, gv, 0);
        let base = molt_abi::FUNCDESC_NPARAMS_OFFSET as usize;
        put32(&mut bytes, base, n as u32);
        put32(&mut bytes, base + 4, f.sig.nposonly);
        put32(&mut bytes, base + 8, f.sig.nkwonly);
        let mut flags = 0;
        if f.sig.varargs {
            flags |= molt_abi::sig_flags::VARARGS;
        }
        if f.sig.varkw {
            flags |= molt_abi::sig_flags::VARKW;
        }
        if f.is_generator {
            flags |= molt_abi::sig_flags::GENERATOR;
        }
        put32(&mut bytes, base + 12, flags);
        put32(&mut bytes, base + 16, f.nslots);
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        self.module.define_data(sh.descs[i], &d).map_err(Self::err)
    }

    /// A generator function's entry: create the generator and copy the
    /// bound arguments into its heap slots.
    fn define_generator_entry(
        &mut self,
        sh: &Shared,
        i: usize,
        f: &molt_mir::Function,
    ) -> Result<(), String> {
        let gen_new = self.runtime_fn(rt::GEN_NEW)?;
        let gen_slots = self.runtime_fn(rt::GEN_SLOTS)?;
        let mut ctx = self.module.make_context();
        ctx.func.signature = self.sig(2, true);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let func = b.block_params(entry)[0];
            let args = b.block_params(entry)[1];
            let gn = self.module.declare_func_in_func(gen_new, b.func);
            let call = b.ins().call(gn, &[func]);
            let g = b.inst_results(call)[0];
            let is_err = b.ins().icmp_imm_s(IntCC::Equal, g, molt_abi::ERR as i64);
            let ok = b.create_block();
            let fail = b.create_block();
            b.ins().brif(is_err, fail, &[], ok, &[]);
            b.switch_to_block(fail);
            b.ins().return_(&[g]);
            b.switch_to_block(ok);
            let gs = self.module.declare_func_in_func(gen_slots, b.func);
            let call = b.ins().call(gs, &[g]);
            let slots = b.inst_results(call)[0];
            let zero = b.ins().iconst(I64, molt_abi::small_int(0) as i64);
            b.ins().store(MemFlagsData::trusted(), zero, slots, 0);
            for k in 0..f.sig.params.len() {
                let v = b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), args, (8 * k) as i32);
                b.ins()
                    .store(MemFlagsData::trusted(), v, slots, (8 * (k + 2)) as i32);
            }
            b.ins().return_(&[g]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.module
            .define_function(sh.entries[i], &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        Ok(())
    }

    fn define_body(
        &mut self,
        sh: &Shared,
        i: usize,
        f: &molt_mir::Function,
        kind: BodyKind,
    ) -> Result<(), String> {
        let mut ctx: Context = self.module.make_context();
        ctx.func.signature = self.sig(if kind == BodyKind::Resume { 3 } else { 2 }, true);
        let mut fbc = FunctionBuilderContext::new();
        let id = if kind == BodyKind::Resume {
            sh.resumes[i].ok_or("generator without resume")?
        } else {
            sh.entries[i]
        };
        let target_config = self.module.target_config();
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
            let mut fx = FnCodegen {
                cg: self,
                sh,
                b,
                f,
                blocks: Vec::new(),
                slots: None,
                vars: Vec::new(),
                frame: None,
                func: None,
                err_exit: None,
                pos: Pos::default(),
                lookup_pos: None,
            };
            fx.emit(i, kind)?;
            fx.b.seal_all_blocks();
            fx.b.finalize(target_config);
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("compiling {}: {e:?}", f.qualname))?;
        Ok(())
    }
}

/// The slots an entry point writes through a pointer argument (the code
/// generator reloads them after the call).
fn slots_written(func: EntryPoint, args: &[Operand]) -> Option<(Slot, u32)> {
    let out = match args.get(1) {
        Some(Operand::SlotAddr(out)) => *out,
        _ => return None,
    };
    let word = |i: usize| match args.get(i) {
        Some(Operand::Word(w)) => Some(*w as u32),
        _ => None,
    };
    if func.0 == rt::UNPACK.0 {
        Some((out, word(2)?))
    } else if func.0 == rt::UNPACK_EX.0 {
        Some((out, word(2)? + word(3)? + 1))
    } else if func.0 == rt::WITH_ENTER.0 {
        Some((out, 1))
    } else if [rt::MATCH_SEQUENCE.0, rt::MATCH_MAPPING.0, rt::MATCH_CLASS.0].contains(&func.0) {
        Some((out, word(2)?))
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Plain,
    Main,
    Resume,
}

struct FnCodegen<'a, 'b, 'p> {
    cg: &'a mut Codegen<'p>,
    sh: &'a Shared,
    b: FunctionBuilder<'b>,
    f: &'a molt_mir::Function,
    blocks: Vec<ir::Block>,
    slots: Option<ir::Value>,
    /// One SSA variable per slot. Slots are written through to frame memory
    /// (where the collector and tracebacks see them) but read from these.
    vars: Vec<Variable>,
    frame: Option<ir::Value>,
    func: Option<ir::Value>,
    err_exit: Option<ir::Block>,
    /// The source position of the instruction being compiled, which its
    /// error paths record in the traceback.
    pos: Pos,
    /// For a method call, where the method is named (recorded instead of
    /// `pos` when finding the method failed).
    lookup_pos: Option<Pos>,
}

const TAG_INT: i64 = molt_abi::TAG_INT as i64;

impl FnCodegen<'_, '_, '_> {
    fn rt(&mut self, e: EntryPoint) -> Result<ir::FuncRef, String> {
        let id = self.cg.runtime_fn(e)?;
        Ok(self.cg.module.declare_func_in_func(id, self.b.func))
    }

    fn call_rt(&mut self, e: EntryPoint, args: &[ir::Value]) -> Result<Option<ir::Value>, String> {
        let fr = self.rt(e)?;
        let call = self.b.ins().call(fr, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    fn slots(&self) -> ir::Value {
        self.slots.expect("slots base is set in the prologue")
    }

    fn load(&mut self, s: Slot) -> ir::Value {
        self.b.use_var(self.vars[s.0 as usize])
    }

    fn store(&mut self, s: Slot, v: ir::Value) {
        self.b.def_var(self.vars[s.0 as usize], v);
        let base = self.slots();
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, base, (8 * s.0) as i32);
    }

    /// Re-reads slots from frame memory after the runtime wrote them.
    fn reload(&mut self, first: u32, n: u32) {
        let base = self.slots();
        for s in first..first + n {
            let v = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), base, (8 * s) as i32);
            self.b.def_var(self.vars[s as usize], v);
        }
    }

    fn data_addr(&mut self, id: DataId) -> ir::Value {
        let gv = self.cg.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    fn emit(&mut self, index: usize, kind: BodyKind) -> Result<(), String> {
        let f = self.f;
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<ir::Value> = self.b.block_params(entry).to_vec();
        self.func = Some(params[0]);
        let slots_base = if kind == BodyKind::Resume {
            params[1]
        } else {
            let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                8 * f.nslots.max(1),
                3,
            ));
            let base = self.b.ins().stack_addr(I64, ss, 0);
            let unbound = self.b.ins().iconst(I64, molt_abi::UNBOUND as i64);
            for s in 0..f.nslots {
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), unbound, base, (8 * s) as i32);
            }
            self.vars = (0..f.nslots).map(|_| self.b.declare_var(I64)).collect();
            for s in 0..f.nslots as usize {
                self.b.def_var(self.vars[s], unbound);
            }
            for k in 0..f.sig.params.len() {
                let v = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), params[1], (8 * k) as i32);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, base, (8 * k) as i32);
                self.b.def_var(self.vars[k], v);
            }
            base
        };
        if kind == BodyKind::Resume {
            self.vars = (0..f.nslots).map(|_| self.b.declare_var(I64)).collect();
        }
        self.slots = Some(slots_base);
        if kind == BodyKind::Main {
            self.init_program()?;
        }
        // The frame.
        let fs = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            molt_abi::FRAME_SIZE,
            3,
        ));
        let frame = self.b.ins().stack_addr(I64, fs, 0);
        self.frame = Some(frame);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.ins().store(
            MemFlagsData::trusted(),
            zero,
            frame,
            molt_abi::FRAME_PREV_OFFSET,
        );
        let desc = self.data_addr(self.sh.descs[index]);
        self.b.ins().store(
            MemFlagsData::trusted(),
            desc,
            frame,
            molt_abi::FRAME_CODE_OFFSET,
        );
        let n = self.b.ins().iconst(ir::types::I32, f.nslots as i64);
        self.b.ins().store(
            MemFlagsData::trusted(),
            n,
            frame,
            molt_abi::FRAME_NSLOTS_OFFSET,
        );
        self.b.ins().store(
            MemFlagsData::trusted(),
            slots_base,
            frame,
            molt_abi::FRAME_SLOTS_OFFSET,
        );
        let r = self
            .call_rt(rt::FRAME_ENTER, &[frame])?
            .ok_or("frame_enter returns")?;
        let failed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, molt_abi::ERR as i64);
        let go = self.b.create_block();
        let early = self.b.create_block();
        self.b.ins().brif(failed, early, &[], go, &[]);
        self.b.switch_to_block(early);
        let err = self.b.ins().iconst(I64, molt_abi::ERR as i64);
        self.b.ins().return_(&[err]);
        self.b.switch_to_block(go);

        self.blocks = (0..f.blocks.len()).map(|_| self.b.create_block()).collect();
        if kind == BodyKind::Resume {
            // Store the sent value and dispatch on the resume state.
            let sent = params[2];
            self.store(Slot(1), sent);
            let base = self.slots();
            let state = self.b.ins().load(I64, MemFlagsData::trusted(), base, 0);
            let st = self.untag_int(state);
            let st = self.b.ins().ireduce(ir::types::I32, st);
            // Resume points: the start, then each yield's continuation,
            // with where an exception thrown in at that point goes.
            let mut targets: Vec<(ir::Block, Option<&Block>)> = vec![(self.blocks[0], None)];
            for blk in &f.blocks {
                if let Term::Yield { resume, .. } = blk.term {
                    targets.push((self.blocks[resume.0 as usize], Some(blk)));
                }
            }
            // Each resumption first reloads the slots from the generator's
            // heap frame, where the previous run left them; `sent` is ERR
            // when `throw`/`close` raise an exception at the suspension point.
            let dispatch = self.b.create_block();
            self.b.ins().jump(dispatch, &[]);
            let mut trampolines = Vec::with_capacity(targets.len());
            for (target, yielded_in) in targets {
                let tb = self.b.create_block();
                self.b.switch_to_block(tb);
                self.reload(0, f.nslots);
                let thrown = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, sent, molt_abi::ERR as i64);
                let raise = self.b.create_block();
                self.b.ins().brif(thrown, raise, &[], target, &[]);
                self.b.switch_to_block(raise);
                match yielded_in {
                    Some(blk) => {
                        self.pos = blk.term_pos;
                        self.lookup_pos = None;
                        self.propagate(blk, true)?;
                    }
                    None => {
                        let exit = self.err_exit();
                        self.b.ins().jump(exit, &[]);
                    }
                }
                trampolines.push(tb);
            }
            self.b.switch_to_block(dispatch);
            let done = self.b.create_block();
            let calls: Vec<ir::BlockCall> = trampolines
                .iter()
                .map(|t| self.b.func.dfg.block_call(*t, &[]))
                .collect();
            let def = self.b.func.dfg.block_call(done, &[]);
            let jt = self.b.create_jump_table(JumpTableData::new(def, &calls));
            self.b.ins().br_table(st, jt);
            self.b.switch_to_block(done);
            self.leave_and_return(molt_abi::ITER_DONE as i64, None)?;
        } else {
            self.b.ins().jump(self.blocks[0], &[]);
        }
        let mut yield_index = 0u32;
        for (bi, blk) in f.blocks.iter().enumerate() {
            self.b.switch_to_block(self.blocks[bi]);
            self.block(blk, &mut yield_index)?;
        }
        if let Some(e) = self.err_exit {
            self.b.switch_to_block(e);
            self.leave_and_return(molt_abi::ERR as i64, None)?;
        }
        Ok(())
    }

    /// Program start (in the main module's body, before its frame): create
    /// the heap constants and register the constant and global tables as
    /// collector roots.
    fn init_program(&mut self) -> Result<(), String> {
        let p = self.cg.program;
        let consts = self.data_addr(self.sh.consts);
        let n = self.b.ins().iconst(I64, p.consts.len() as i64);
        self.call_rt(rt::REGISTER_ROOTS, &[consts, n])?;
        for (k, c) in p.consts.iter().enumerate() {
            let v = match c {
                HeapConst::Str(s) => self.const_bytes(rt::CONST_STR, s.as_bytes())?,
                HeapConst::BigInt(s) => self.const_bytes(rt::CONST_BIGINT, s.as_bytes())?,
                HeapConst::Bytes(b) => self.const_bytes(rt::CONST_BYTES, b)?,
                HeapConst::Tuple(items) => {
                    let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                        StackSlotKind::ExplicitSlot,
                        8 * items.len().max(1) as u32,
                        3,
                    ));
                    let buf = self.b.ins().stack_addr(I64, ss, 0);
                    for (j, item) in items.iter().enumerate() {
                        let w = self.b.ins().load(
                            I64,
                            MemFlagsData::trusted(),
                            consts,
                            (8 * item.0) as i32,
                        );
                        self.b
                            .ins()
                            .store(MemFlagsData::trusted(), w, buf, (8 * j) as i32);
                    }
                    let n = self.b.ins().iconst(I64, items.len() as i64);
                    self.call_rt(rt::BUILD_CONST_TUPLE, &[buf, n])?
                        .ok_or("tuple")?
                }
            };
            self.b
                .ins()
                .store(MemFlagsData::trusted(), v, consts, (8 * k) as i32);
        }
        // Every module's globals (registered as roots); the others are
        // for `import` to find.
        for (mi, m) in p.modules.iter().enumerate() {
            let name = self.const_bytes(rt::CONST_STR, m.name.as_bytes())?;
            let table = self.data_addr(self.sh.globals[mi]);
            let n = self.b.ins().iconst(I64, m.globals.len() as i64);
            let names = self.data_addr(self.sh.global_names[mi]);
            let body = self.data_addr(self.sh.descs[m.body.0 as usize]);
            self.call_rt(rt::REGISTER_MODULE, &[name, table, n, names, body])?;
        }
        Ok(())
    }

    fn const_bytes(&mut self, e: EntryPoint, bytes: &[u8]) -> Result<ir::Value, String> {
        let id = self.cg.string(bytes)?;
        let ptr = self.data_addr(id);
        let len = self.b.ins().iconst(I64, bytes.len() as i64);
        self.call_rt(e, &[ptr, len])?
            .ok_or_else(|| "constant".to_string())
    }

    fn leave_and_return(&mut self, word: i64, v: Option<ir::Value>) -> Result<(), String> {
        let frame = self.frame.ok_or("frame")?;
        self.call_rt(rt::FRAME_LEAVE, &[frame])?;
        let v = match v {
            Some(v) => v,
            None => self.b.ins().iconst(I64, word),
        };
        self.b.ins().return_(&[v]);
        Ok(())
    }

    fn err_exit(&mut self) -> ir::Block {
        if let Some(b) = self.err_exit {
            return b;
        }
        let b = self.b.create_block();
        self.err_exit = Some(b);
        b
    }

    /// Where a raise in this block goes.
    fn unwind_target(&mut self, blk: &Block) -> ir::Block {
        match blk.unwind {
            Some(u) => self.blocks[u.0 as usize],
            None => self.err_exit(),
        }
    }

    /// Branches to the unwind target when `v` is ERR, recording this frame
    /// in the traceback.
    fn check_err(&mut self, v: ir::Value, blk: &Block, add_tb: bool) -> Result<(), String> {
        let is_err = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, molt_abi::ERR as i64);
        let raise = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(is_err, raise, &[], cont, &[]);
        self.b.set_cold_block(raise);
        self.b.switch_to_block(raise);
        self.propagate(blk, add_tb)?;
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// With an exception pending: records this frame in its traceback
    /// (unless it is being re-raised) and jumps to the block's handler.
    fn propagate(&mut self, blk: &Block, add_tb: bool) -> Result<(), String> {
        if add_tb {
            let frame = self.frame.expect("frame");
            let pos = self.position(self.pos)?;
            let lookup = match self.lookup_pos {
                Some(p) => self.position(p)?,
                None => self.b.ins().iconst(I64, 0),
            };
            self.call_rt(rt::TRACEBACK_ADD, &[frame, pos, lookup])?;
        }
        let target = self.unwind_target(blk);
        self.b.ins().jump(target, &[]);
        Ok(())
    }

    /// The address of `pos`'s record in the positions table.
    fn position(&mut self, pos: Pos) -> Result<ir::Value, String> {
        let table = self.cg.positions.ok_or("positions table")?;
        let offset = self.cg.position_offset(pos);
        let base = self.data_addr(table);
        Ok(self.b.ins().iadd_imm_s(base, offset))
    }

    fn operand(&mut self, o: &Operand) -> Result<ir::Value, String> {
        Ok(match o {
            Operand::Slot(s) => self.load(*s),
            Operand::Word(w) => self.b.ins().iconst(I64, *w as i64),
            Operand::SlotAddr(s) => {
                let base = self.slots();
                self.b.ins().iadd_imm_s(base, (8 * s.0) as i64)
            }
            Operand::FuncDesc(id) => self.data_addr(self.sh.descs[id.0 as usize]),
            Operand::Const(c) => {
                let consts = self.data_addr(self.sh.consts);
                self.b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), consts, (8 * c.0) as i32)
            }
            Operand::CurrentFunc => self.func.expect("func"),
            Operand::Cache => {
                let table = self.cg.inline_caches.ok_or("inline cache table")?;
                let base = self.data_addr(table);
                let offset = 8 * molt_abi::IC_WORDS * self.cg.inline_cache_count;
                self.cg.inline_cache_count += 1;
                self.b.ins().iadd_imm_s(base, offset as i64)
            }
        })
    }

    fn tag(&mut self, v: ir::Value) -> ir::Value {
        self.b.ins().ushr_imm_u(v, molt_abi::TAG_SHIFT as i64)
    }

    fn untag_int(&mut self, v: ir::Value) -> ir::Value {
        let s = self.b.ins().ishl_imm_u(v, 16);
        self.b.ins().sshr_imm_u(s, 16)
    }

    /// The small-int value word of `r` (which must fit 48 bits).
    fn box_small_int(&mut self, r: ir::Value) -> ir::Value {
        let masked = self.b.ins().band_imm_u(r, molt_abi::PAYLOAD_MASK as i64);
        self.b
            .ins()
            .bor_imm_u(masked, (molt_abi::TAG_INT << molt_abi::TAG_SHIFT) as i64)
    }

    fn bool_value(&mut self, c: ir::Value) -> ir::Value {
        let t = self.b.ins().iconst(I64, molt_abi::TRUE as i64);
        let f = self.b.ins().iconst(I64, molt_abi::FALSE as i64);
        self.b.ins().select(c, t, f)
    }

    fn block(&mut self, blk: &Block, yield_index: &mut u32) -> Result<(), String> {
        if blk.is_loop_header {
            self.safepoint()?;
        }
        for inst in &blk.insts {
            self.pos = inst.pos;
            self.lookup_pos = inst.lookup_pos;
            self.inst(&inst.op, blk)?;
        }
        self.pos = blk.term_pos;
        self.lookup_pos = None;
        match &blk.term {
            Term::Jump(t) => {
                self.b.ins().jump(self.blocks[t.0 as usize], &[]);
            }
            Term::Branch { cond, then, else_ } => {
                let v = self.load(*cond);
                let truth = self.truth(v, blk)?;
                let (t, e) = (self.blocks[then.0 as usize], self.blocks[else_.0 as usize]);
                self.b.ins().brif(truth, t, &[], e, &[]);
            }
            Term::Return(s) => {
                let v = self.load(*s);
                self.leave_and_return(0, Some(v))?;
            }
            Term::Unreachable => {
                let target = self.unwind_target(blk);
                self.b.ins().jump(target, &[]);
            }
            Term::Yield { value, .. } => {
                *yield_index += 1;
                let st = self
                    .b
                    .ins()
                    .iconst(I64, molt_abi::small_int(*yield_index as i64) as i64);
                self.store(Slot(0), st);
                let v = self.load(*value);
                self.leave_and_return(0, Some(v))?;
            }
        }
        Ok(())
    }

    fn safepoint(&mut self) -> Result<(), String> {
        let id = self
            .cg
            .module
            .declare_data("MOLT_GC_PENDING", Linkage::Import, true, false)
            .map_err(Codegen::err)?;
        let addr = self.data_addr(id);
        let flag = self.b.ins().uload8(I64, MemFlagsData::trusted(), addr, 0);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(flag, slow, &[], cont, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.call_rt(rt::GC_SAFEPOINT, &[])?;
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// The truth of a value as an i8 condition; bools inline, else a call.
    fn truth(&mut self, v: ir::Value, blk: &Block) -> Result<ir::Value, String> {
        let is_true = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, molt_abi::TRUE as i64);
        let is_false = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, molt_abi::FALSE as i64);
        let is_bool = self.b.ins().bor(is_true, is_false);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, ir::types::I8);
        self.b.ins().brif(is_bool, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.ins().jump(join, &[BlockArg::Value(is_true)]);
        self.b.switch_to_block(slow);
        let r = self.call_rt(rt::TRUTHY, &[v])?.ok_or("truthy")?;
        self.check_err(r, blk, true)?;
        let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    fn inst(&mut self, op: &Op, blk: &Block) -> Result<(), String> {
        match op {
            Op::Imm { dst, imm } => {
                let v = self.b.ins().iconst(I64, imm.bits() as i64);
                self.store(*dst, v);
            }
            Op::Const { dst, c } => {
                let v = self.operand(&Operand::Const(*c))?;
                self.store(*dst, v);
            }
            Op::Copy { dst, src } => {
                let v = self.load(*src);
                self.store(*dst, v);
            }
            Op::LoadGlobal {
                dst,
                index,
                name,
                fallback,
            } => {
                let g = self.data_addr(self.sh.globals[self.f.module as usize]);
                let v = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), g, (8 * index) as i32);
                if !fallback {
                    self.store(*dst, v);
                    return Ok(());
                }
                let unset = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, v, molt_abi::UNBOUND as i64);
                let slow = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                self.b
                    .ins()
                    .brif(unset, slow, &[], join, &[BlockArg::Value(v)]);
                self.b.set_cold_block(slow);
                self.b.switch_to_block(slow);
                let n = self.operand(&Operand::Const(*name))?;
                let r = self.call_rt(rt::LOAD_BUILTIN, &[n])?.ok_or("builtin")?;
                self.check_err(r, blk, true)?;
                self.b.ins().jump(join, &[BlockArg::Value(r)]);
                self.b.switch_to_block(join);
                let v = self.b.block_params(join)[0];
                self.store(*dst, v);
            }
            Op::StoreGlobal { index, src } => {
                let g = self.data_addr(self.sh.globals[self.f.module as usize]);
                let v = self.load(*src);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, g, (8 * index) as i32);
            }
            Op::CheckBound { slot, name, err } => {
                let v = self.load(*slot);
                let unset = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, v, molt_abi::UNBOUND as i64);
                let slow = self.b.create_block();
                let cont = self.b.create_block();
                self.b.ins().brif(unset, slow, &[], cont, &[]);
                self.b.set_cold_block(slow);
                self.b.switch_to_block(slow);
                let n = self.operand(&Operand::Const(*name))?;
                self.call_rt(*err, &[n])?;
                self.propagate(blk, true)?;
                self.b.switch_to_block(cont);
            }
            Op::BinOp {
                dst,
                op,
                a,
                b,
                inplace,
            } => {
                let (va, vb) = (self.load(*a), self.load(*b));
                let r = self.binop(*op, *inplace, va, vb, blk)?;
                self.store(*dst, r);
            }
            Op::Compare { dst, op, a, b } => {
                let (va, vb) = (self.load(*a), self.load(*b));
                let r = self.compare(*op, va, vb, blk)?;
                self.store(*dst, r);
            }
            Op::Is { dst, a, b, negate } => {
                let (va, vb) = (self.load(*a), self.load(*b));
                let cc = if *negate {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let c = self.b.ins().icmp(cc, va, vb);
                let r = self.bool_value(c);
                self.store(*dst, r);
            }
            Op::Neg { dst, src } => {
                let v = self.load(*src);
                let r = self.negate(v, blk)?;
                self.store(*dst, r);
            }
            Op::Not { dst, src } => {
                let v = self.load(*src);
                let t = self.truth(v, blk)?;
                let f = self.b.ins().bxor_imm_u(t, 1);
                let r = self.bool_value(f);
                self.store(*dst, r);
            }
            Op::Call { dst, func, args } => {
                let mut vals = Vec::with_capacity(args.len());
                for a in args {
                    vals.push(self.operand(a)?);
                }
                let r = self.call_rt(*func, &vals)?;
                if func.3 {
                    if let Some(r) = r {
                        let add_tb = func.0 != rt::EXC_RESTORE.0 && func.0 != rt::RERAISE.0;
                        self.check_err(r, blk, add_tb)?;
                    }
                }
                if let (Some(d), Some(r)) = (dst, r) {
                    self.store(*d, r);
                }
                if let Some((first, n)) = slots_written(*func, args) {
                    self.reload(first.0, n);
                }
            }
        }
        Ok(())
    }

    /// Inline small-int and float fast paths; the runtime does the rest.
    fn binop(
        &mut self,
        op: BinOp,
        inplace: bool,
        a: ir::Value,
        b: ir::Value,
        blk: &Block,
    ) -> Result<ir::Value, String> {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let int_op = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
        );
        let float_op = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv);
        let ta = self.tag(a);
        let tb = self.tag(b);
        if int_op {
            // Both small ints: exact i64 arithmetic, kept if it fits 48 bits.
            let ia = self.b.ins().icmp_imm_s(IntCC::Equal, ta, TAG_INT);
            let ib = self.b.ins().icmp_imm_s(IntCC::Equal, tb, TAG_INT);
            let both = self.b.ins().band(ia, ib);
            let fast = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(both, fast, &[], next, &[]);
            self.b.switch_to_block(fast);
            let (x, y) = (self.untag_int(a), self.untag_int(b));
            let (r, overflow) = match op {
                BinOp::Add => (self.b.ins().iadd(x, y), None),
                BinOp::Sub => (self.b.ins().isub(x, y), None),
                BinOp::Mul => {
                    let (r, of) = self.b.ins().smul_overflow(x, y);
                    (r, Some(of))
                }
                BinOp::BitAnd => (self.b.ins().band(x, y), None),
                BinOp::BitOr => (self.b.ins().bor(x, y), None),
                _ => (self.b.ins().bxor(x, y), None),
            };
            let back = self.untag_int(r);
            let mut fits = self.b.ins().icmp(IntCC::Equal, back, r);
            if let Some(of) = overflow {
                let ok = self.b.ins().bxor_imm_u(of, 1);
                fits = self.b.ins().band(fits, ok);
            }
            let boxed = self.box_small_int(r);
            self.b
                .ins()
                .brif(fits, join, &[BlockArg::Value(boxed)], slow, &[]);
            self.b.switch_to_block(next);
        }
        if float_op {
            // Floats, or a float with a small int (converted exactly, as
            // CPython does): IEEE arithmetic. Division by zero raises, so
            // it takes the slow path.
            let (na, fa) = self.number_operand(a, ta);
            let (nb, fb) = self.number_operand(b, tb);
            let both = self.b.ins().band(na, nb);
            let fast = self.b.create_block();
            self.b.ins().brif(both, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            let r = match op {
                BinOp::Add => self.b.ins().fadd(fa, fb),
                BinOp::Sub => self.b.ins().fsub(fa, fb),
                BinOp::Mul => self.b.ins().fmul(fa, fb),
                _ => {
                    let zero = self.b.ins().f64const(0.0);
                    let is_zero = self.b.ins().fcmp(FloatCC::Equal, fb, zero);
                    let divide = self.b.create_block();
                    self.b.ins().brif(is_zero, slow, &[], divide, &[]);
                    self.b.switch_to_block(divide);
                    self.b.ins().fdiv(fa, fb)
                }
            };
            let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
            self.b.ins().jump(join, &[BlockArg::Value(bits)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(I64, op.code() as i64);
        let e = if inplace { rt::INPLACE } else { rt::BINOP };
        let r = self.call_rt(e, &[code, a, b])?.ok_or("binop")?;
        self.check_err(r, blk, true)?;
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `-v`: inline for small ints (unless the result needs 49 bits) and
    /// floats; the runtime does the rest.
    fn negate(&mut self, v: ir::Value, blk: &Block) -> Result<ir::Value, String> {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let t = self.tag(v);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, t, TAG_INT);
        let int_block = self.b.create_block();
        let not_int = self.b.create_block();
        self.b.ins().brif(is_int, int_block, &[], not_int, &[]);
        self.b.switch_to_block(int_block);
        let x = self.untag_int(v);
        let r = self.b.ins().ineg(x);
        let back = self.untag_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, back, r);
        let boxed = self.box_small_int(r);
        self.b
            .ins()
            .brif(fits, join, &[BlockArg::Value(boxed)], slow, &[]);
        self.b.switch_to_block(not_int);
        let is_float = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, t, TAG_INT);
        let float_block = self.b.create_block();
        self.b.ins().brif(is_float, float_block, &[], slow, &[]);
        self.b.switch_to_block(float_block);
        let f = self.b.ins().bitcast(ir::types::F64, MemFlagsData::new(), v);
        let n = self.b.ins().fneg(f);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), n);
        self.b.ins().jump(join, &[BlockArg::Value(bits)]);
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(I64, rt::ops::NEG as i64);
        let r = self.call_rt(rt::UNARY, &[code, v])?.ok_or("unary")?;
        self.check_err(r, blk, true)?;
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Whether a value is a float or a small int, and its value as an f64
    /// (exact: small ints have at most 48 bits).
    fn number_operand(&mut self, v: ir::Value, tag: ir::Value) -> (ir::Value, ir::Value) {
        let is_num = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, tag, TAG_INT);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT);
        let i = self.untag_int(v);
        let from_int = self.b.ins().fcvt_from_sint(ir::types::F64, i);
        let as_float = self.b.ins().bitcast(ir::types::F64, MemFlagsData::new(), v);
        let f = self.b.ins().select(is_int, from_int, as_float);
        (is_num, f)
    }

    fn compare(
        &mut self,
        op: CmpOp,
        a: ir::Value,
        b: ir::Value,
        blk: &Block,
    ) -> Result<ir::Value, String> {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let ta = self.tag(a);
        let tb = self.tag(b);
        let ia = self.b.ins().icmp_imm_s(IntCC::Equal, ta, TAG_INT);
        let ib = self.b.ins().icmp_imm_s(IntCC::Equal, tb, TAG_INT);
        let both = self.b.ins().band(ia, ib);
        let fast = self.b.create_block();
        let next = self.b.create_block();
        self.b.ins().brif(both, fast, &[], next, &[]);
        self.b.switch_to_block(fast);
        let (x, y) = (self.untag_int(a), self.untag_int(b));
        let cc = match op {
            CmpOp::Eq => IntCC::Equal,
            CmpOp::Ne => IntCC::NotEqual,
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::Le => IntCC::SignedLessThanOrEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        };
        let c = self.b.ins().icmp(cc, x, y);
        let r = self.bool_value(c);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(next);
        // Floats, or a float and a small int (exact as an f64).
        let (na, x) = self.number_operand(a, ta);
        let (nb, y) = self.number_operand(b, tb);
        let both = self.b.ins().band(na, nb);
        let fast = self.b.create_block();
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let fcc = match op {
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::Ne => FloatCC::NotEqual,
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::Le => FloatCC::LessThanOrEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        };
        let c = self.b.ins().fcmp(fcc, x, y);
        let r = self.bool_value(c);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(I64, op.code() as i64);
        let r = self.call_rt(rt::COMPARE, &[code, a, b])?.ok_or("compare")?;
        self.check_err(r, blk, true)?;
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }
}
