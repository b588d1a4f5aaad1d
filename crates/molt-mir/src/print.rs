//! The text form of MIR, for `molt build --emit mir` and for tests that
//! snapshot what lowering and the passes produce.

use crate::{Block, Function, HeapConst, Imm, Op, Operand, Program, Term};
use std::fmt::Write;

pub fn program(p: &Program) -> String {
    let mut out = String::new();
    for (i, c) in p.consts.iter().enumerate() {
        let _ = match c {
            HeapConst::Str(s) => writeln!(out, "const c{i} = str {s:?}"),
            HeapConst::BigInt(s) => writeln!(out, "const c{i} = int {s}"),
            HeapConst::Bytes(b) => writeln!(out, "const c{i} = bytes {b:?}"),
            HeapConst::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|c| format!("c{}", c.0)).collect();
                writeln!(out, "const c{i} = tuple ({})", items.join(", "))
            }
        };
    }
    for m in &p.modules {
        let _ = writeln!(out, "module {} ({}) body fn{}", m.name, m.file, m.body.0);
        for (i, g) in m.globals.iter().enumerate() {
            let _ = writeln!(out, "  global g{i} = {g}");
        }
    }
    for (i, f) in p.functions.iter().enumerate() {
        out.push('\n');
        out.push_str(&function(i as u32, f));
    }
    out
}

fn imm(i: &Imm) -> String {
    match i {
        Imm::Int(v) => v.to_string(),
        Imm::Float(v) => format!("{v:?}f"),
        Imm::Bool(b) => if *b { "True" } else { "False" }.into(),
        Imm::None => "None".into(),
        Imm::Unbound => "unbound".into(),
        Imm::IterDone => "iter_done".into(),
    }
}

fn operand(o: &Operand) -> String {
    match o {
        Operand::Slot(s) => format!("%{}", s.0),
        Operand::Word(w) => format!("#{w}"),
        Operand::SlotAddr(s) => format!("&%{}", s.0),
        Operand::FuncDesc(f) => format!("fn{}", f.0),
        Operand::Const(c) => format!("c{}", c.0),
        Operand::CurrentFunc => "self_fn".into(),
        Operand::Cache => "ic".into(),
    }
}

pub fn function(id: u32, f: &Function) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "fn{id} {}({}){} slots={} {{",
        f.qualname,
        f.sig.params.join(", "),
        if f.is_generator { " generator" } else { "" },
        f.nslots
    );
    for (i, b) in f.blocks.iter().enumerate() {
        block(&mut out, i, b);
    }
    out.push_str("}\n");
    out
}

fn block(out: &mut String, i: usize, b: &Block) {
    let _ = write!(out, "  b{i}:");
    if let Some(u) = b.unwind {
        let _ = write!(out, " unwind b{}", u.0);
    }
    if b.is_loop_header {
        out.push_str(" loop");
    }
    out.push('\n');
    for inst in &b.insts {
        let text = match &inst.op {
            Op::Imm { dst, imm: v } => format!("%{} = {}", dst.0, imm(v)),
            Op::Const { dst, c } => format!("%{} = c{}", dst.0, c.0),
            Op::Copy { dst, src } => format!("%{} = %{}", dst.0, src.0),
            Op::LoadGlobal {
                dst,
                index,
                fallback,
                ..
            } => format!(
                "%{} = g{}{}",
                dst.0,
                index,
                if *fallback { "" } else { " raw" }
            ),
            Op::StoreGlobal { index, src } => format!("g{} = %{}", index, src.0),
            Op::CheckBound { slot, name, err } => {
                format!("check_bound %{} c{} {}", slot.0, name.0, err.0)
            }
            Op::BinOp {
                dst,
                op,
                a,
                b,
                inplace,
            } => format!(
                "%{} = %{} {}{} %{}",
                dst.0,
                a.0,
                op.symbol(),
                if *inplace { "=" } else { "" },
                b.0
            ),
            Op::Compare { dst, op, a, b } => {
                format!("%{} = %{} {} %{}", dst.0, a.0, op.symbol(), b.0)
            }
            Op::Is { dst, a, b, negate } => format!(
                "%{} = %{} {} %{}",
                dst.0,
                a.0,
                if *negate { "is not" } else { "is" },
                b.0
            ),
            Op::Not { dst, src } => format!("%{} = not %{}", dst.0, src.0),
            Op::Neg { dst, src } => format!("%{} = -%{}", dst.0, src.0),
            Op::Call { dst, func, args } => {
                let args: Vec<String> = args.iter().map(operand).collect();
                match dst {
                    Some(d) => format!("%{} = {}({})", d.0, func.0, args.join(", ")),
                    None => format!("{}({})", func.0, args.join(", ")),
                }
            }
        };
        let _ = writeln!(out, "    {text}  @{}", inst.pos.line);
    }
    let term = match &b.term {
        Term::Jump(t) => format!("jump b{}", t.0),
        Term::Branch { cond, then, else_ } => {
            format!("branch %{} b{} b{}", cond.0, then.0, else_.0)
        }
        Term::Return(s) => format!("return %{}", s.0),
        Term::Unreachable => "unreachable".into(),
        Term::Yield {
            value,
            resume,
            sent,
        } => {
            format!("%{} = yield %{} -> b{}", sent.0, value.0, resume.0)
        }
    };
    let _ = writeln!(out, "    {term}  @{}", b.term_pos.line);
}
