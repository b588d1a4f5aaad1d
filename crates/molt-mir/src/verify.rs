//! Checks MIR invariants that code generation relies on: every slot,
//! block, constant and function reference is in range, and only generators
//! yield.

use crate::{Function, Op, Operand, Program, Term};

pub fn program(p: &Program) -> Result<(), String> {
    if p.modules.is_empty() {
        return Err("no modules".into());
    }
    for m in &p.modules {
        if m.body.0 as usize >= p.functions.len() {
            return Err(format!("body of module {} out of range", m.name));
        }
    }
    for f in &p.functions {
        function(p, f).map_err(|e| format!("in {}: {e}", f.qualname))?;
    }
    Ok(())
}

fn function(p: &Program, f: &Function) -> Result<(), String> {
    let Some(module) = p.modules.get(f.module as usize) else {
        return Err(format!("module {} out of range", f.module));
    };
    let nblocks = f.blocks.len() as u32;
    let slot = |s: crate::Slot| {
        if s.0 < f.nslots {
            Ok(())
        } else {
            Err(format!("slot %{} out of range ({} slots)", s.0, f.nslots))
        }
    };
    let block = |b: crate::BlockId| {
        if b.0 < nblocks {
            Ok(())
        } else {
            Err(format!("block b{} out of range", b.0))
        }
    };
    if f.blocks.is_empty() {
        return Err("no blocks".into());
    }
    if f.slot_names.len() != f.nslots as usize {
        return Err("slot names do not match the slot count".into());
    }
    for b in &f.blocks {
        if let Some(u) = b.unwind {
            block(u)?;
        }
        for inst in &b.insts {
            match &inst.op {
                Op::Imm { dst, .. } => slot(*dst)?,
                Op::LoadGlobal { dst, index, .. } => {
                    slot(*dst)?;
                    if *index as usize >= module.globals.len() {
                        return Err(format!("global g{index} out of range"));
                    }
                }
                Op::Const { dst, c } => {
                    slot(*dst)?;
                    if c.0 as usize >= p.consts.len() {
                        return Err(format!("constant c{} out of range", c.0));
                    }
                }
                Op::Copy { dst, src } => {
                    slot(*dst)?;
                    slot(*src)?;
                }
                Op::StoreGlobal { index, src } => {
                    slot(*src)?;
                    if *index as usize >= module.globals.len() {
                        return Err(format!("global g{index} out of range"));
                    }
                }
                Op::CheckBound { slot: s, .. } => slot(*s)?,
                Op::BinOp { dst, a, b, .. }
                | Op::Compare { dst, a, b, .. }
                | Op::Is { dst, a, b, .. } => {
                    slot(*dst)?;
                    slot(*a)?;
                    slot(*b)?;
                }
                Op::Not { dst, src } | Op::Neg { dst, src } => {
                    slot(*dst)?;
                    slot(*src)?;
                }
                Op::Call { dst, func, args } => {
                    if let Some(d) = dst {
                        slot(*d)?;
                        if !func.2 {
                            return Err(format!("{} returns nothing", func.0));
                        }
                    }
                    if args.len() != func.1 as usize {
                        return Err(format!(
                            "{} takes {} arguments, given {}",
                            func.0,
                            func.1,
                            args.len()
                        ));
                    }
                    for a in args {
                        match a {
                            Operand::Slot(s) | Operand::SlotAddr(s) => slot(*s)?,
                            Operand::FuncDesc(id) if id.0 as usize >= p.functions.len() => {
                                return Err(format!("fn{} out of range", id.0))
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        match &b.term {
            Term::Jump(t) => block(*t)?,
            Term::Branch { cond, then, else_ } => {
                slot(*cond)?;
                block(*then)?;
                block(*else_)?;
            }
            Term::Return(s) => slot(*s)?,
            Term::Yield {
                value,
                resume,
                sent,
            } => {
                if !f.is_generator {
                    return Err("yield outside a generator".into());
                }
                slot(*value)?;
                slot(*sent)?;
                block(*resume)?;
            }
            Term::Unreachable => {}
        }
    }
    Ok(())
}
