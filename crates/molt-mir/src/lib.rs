//! MIR, Molt's mid-level IR: one control-flow graph per Python function, of
//! simple operations on numbered value slots.
//!
//! Every slot holds one NaN-boxed Python value and lives in the function's
//! shadow-stack frame, which is what makes garbage-collection roots precise:
//! a value the function can still use is always in a slot. Operations that
//! can raise are *fallible*; when one raises, control leaves the block
//! through its `unwind` edge (the innermost `try` handler), or, when there
//! is none, the function returns the error to its caller. Most operations
//! are calls of runtime entry points (`molt_abi::entry`); the few that code
//! generation expands inline (arithmetic and comparisons on small ints and
//! floats, constants, slot copies, globals, branches) have their own
//! variants.
//!
//! `print` renders MIR as text (`molt build --emit mir`), `verify` checks
//! its invariants, and `lower` builds it from the resolved syntax tree.

pub mod lower;
pub mod print;
pub mod verify;

use molt_abi::entry::EntryPoint;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BlockId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncId(pub u32);

/// Index into the program's constant pool of heap constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConstId(pub u32);

/// A constant that needs a heap object, created once at program start.
#[derive(Clone, Debug, PartialEq)]
pub enum HeapConst {
    Str(String),
    /// Decimal digits, optionally with a leading '-'.
    BigInt(String),
    Bytes(Vec<u8>),
    /// A tuple of earlier constants (keyword-name tuples of call sites).
    Tuple(Vec<ConstId>),
}

/// An immediate constant: encoded directly in the value word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Imm {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Unbound,
    IterDone,
}

impl Imm {
    pub fn bits(self) -> u64 {
        match self {
            Imm::Int(i) => molt_abi::small_int(i),
            Imm::Float(f) if f.is_nan() => molt_abi::CANONICAL_NAN,
            Imm::Float(f) => f.to_bits(),
            Imm::Bool(true) => molt_abi::TRUE,
            Imm::Bool(false) => molt_abi::FALSE,
            Imm::None => molt_abi::NONE,
            Imm::Unbound => molt_abi::UNBOUND,
            Imm::IterDone => molt_abi::ITER_DONE,
        }
    }
}

/// An argument of a runtime call.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand {
    Slot(Slot),
    /// A raw 64-bit word (operator code, count, immediate value).
    Word(u64),
    /// The address of consecutive slots starting here.
    SlotAddr(Slot),
    /// The address of a function's static `FuncDesc`.
    FuncDesc(FuncId),
    /// A heap constant.
    Const(ConstId),
    /// The function object of the running function.
    CurrentFunc,
    /// The address of this operand's own inline cache: `molt_abi::IC_WORDS`
    /// zeroed words that only the runtime reads and writes (attribute and
    /// method-call sites pass one).
    Cache,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub fn code(self) -> u64 {
        use molt_abi::entry::ops;
        match self {
            BinOp::Add => ops::ADD,
            BinOp::Sub => ops::SUB,
            BinOp::Mul => ops::MUL,
            BinOp::TrueDiv => ops::TRUEDIV,
            BinOp::FloorDiv => ops::FLOORDIV,
            BinOp::Mod => ops::MOD,
            BinOp::Pow => ops::POW,
            BinOp::LShift => ops::LSHIFT,
            BinOp::RShift => ops::RSHIFT,
            BinOp::BitAnd => ops::AND,
            BinOp::BitOr => ops::OR,
            BinOp::BitXor => ops::XOR,
            BinOp::MatMul => ops::MATMUL,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn code(self) -> u64 {
        use molt_abi::entry::ops;
        match self {
            CmpOp::Eq => ops::EQ,
            CmpOp::Ne => ops::NE,
            CmpOp::Lt => ops::LT,
            CmpOp::Le => ops::LE,
            CmpOp::Gt => ops::GT,
            CmpOp::Ge => ops::GE,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// dst = immediate
    Imm {
        dst: Slot,
        imm: Imm,
    },
    /// dst = heap constant
    Const {
        dst: Slot,
        c: ConstId,
    },
    Copy {
        dst: Slot,
        src: Slot,
    },
    /// dst = module global. With `fallback`, an unset global reads the
    /// builtin of that name, else raises NameError; without, it reads
    /// UNBOUND (class bodies look in their namespace first).
    LoadGlobal {
        dst: Slot,
        index: u32,
        name: ConstId,
        fallback: bool,
    },
    StoreGlobal {
        index: u32,
        src: Slot,
    },
    /// Fallible: raises `err` (an entry point taking the name) when `slot`
    /// holds UNBOUND.
    CheckBound {
        slot: Slot,
        name: ConstId,
        err: EntryPoint,
    },
    /// dst = a op b (fallible; inline fast path for small ints and floats).
    BinOp {
        dst: Slot,
        op: BinOp,
        a: Slot,
        b: Slot,
        inplace: bool,
    },
    /// dst = a cmp b (fallible; inline fast path for small ints and floats).
    Compare {
        dst: Slot,
        op: CmpOp,
        a: Slot,
        b: Slot,
    },
    /// dst = (a is b) / (a is not b)
    Is {
        dst: Slot,
        a: Slot,
        b: Slot,
        negate: bool,
    },
    /// dst = -src (fallible; inline fast path for small ints and floats).
    Neg {
        dst: Slot,
        src: Slot,
    },
    /// dst = not truthy(src) (fallible).
    Not {
        dst: Slot,
        src: Slot,
    },
    /// dst = runtime entry point (args); fallible if the entry point is.
    Call {
        dst: Option<Slot>,
        func: EntryPoint,
        args: Vec<Operand>,
    },
}

impl Op {
    pub fn is_fallible(&self) -> bool {
        match self {
            Op::Imm { .. }
            | Op::Const { .. }
            | Op::Copy { .. }
            | Op::StoreGlobal { .. }
            | Op::Is { .. } => false,
            Op::LoadGlobal { fallback, .. } => *fallback,
            Op::CheckBound { .. }
            | Op::BinOp { .. }
            | Op::Compare { .. }
            | Op::Not { .. }
            | Op::Neg { .. } => true,
            Op::Call { func, .. } => func.3,
        }
    }
}

/// The source span a traceback shows for an instruction, as CPython 3.11
/// attributes it: first and last line (1-based) and character columns
/// (0-based) on them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    /// For a binary operation or subscript on one line: the columns of the
    /// operator or the brackets, which tracebacks mark with `^` (and the
    /// operands with `~`).
    pub anchors: Option<(u32, u32)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub op: Op,
    /// Where it is in the source, for tracebacks.
    pub pos: Pos,
    /// Method calls: where the method is named, which tracebacks show
    /// instead of `pos` when finding the method failed.
    pub lookup_pos: Option<Pos>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Jump(BlockId),
    /// Branch on the truth of a Python value (fallible: `__bool__`).
    Branch {
        cond: Slot,
        then: BlockId,
        else_: BlockId,
    },
    Return(Slot),
    /// Generators only: suspend, handing `value` to the consumer; the next
    /// resumption continues at `resume` with the sent value in `sent`.
    Yield {
        value: Slot,
        resume: BlockId,
        sent: Slot,
    },
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Term,
    /// Where the terminator is in the source.
    pub term_pos: Pos,
    /// Where control goes when a fallible operation of this block raises.
    pub unwind: Option<BlockId>,
    /// Loop back-edge target: code generation adds a GC safepoint here.
    pub is_loop_header: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Signature {
    /// Parameter names in the order `FuncDesc` documents: positional, `*args`,
    /// keyword-only, `**kwargs`.
    pub params: Vec<String>,
    pub nposonly: u32,
    pub nkwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Index of its module in `Program::modules`.
    pub module: u32,
    pub name: String,
    pub qualname: String,
    pub sig: Signature,
    pub nslots: u32,
    /// A name for each slot (locals by name, temporaries as `$n`).
    pub slot_names: Vec<String>,
    /// What CPython lists as its `co_varnames`: the parameters, then the
    /// other local variables that are not cells (NameError suggestions
    /// come from these).
    pub varnames: Vec<String>,
    pub blocks: Vec<Block>,
    pub is_generator: bool,
}

impl Function {
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.0 as usize]
    }
}

/// One module of the program: its globals table and its body.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Dotted name; the entry module is `__main__`.
    pub name: String,
    /// Path of its source file, relative to the entry file's directory
    /// (so a binary carries no build-machine paths).
    pub file: String,
    /// Its source text, which tracebacks quote.
    pub source: String,
    /// Names of its globals, by index (`LoadGlobal`/`StoreGlobal` of its
    /// functions index this table).
    pub globals: Vec<String>,
    /// The module body.
    pub body: FuncId,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub functions: Vec<Function>,
    pub consts: Vec<HeapConst>,
    /// The entry module first.
    pub modules: Vec<Module>,
}

impl Program {
    /// The module a function belongs to.
    pub fn module_of(&self, f: &Function) -> &Module {
        &self.modules[f.module as usize]
    }
}
