//! What the compiler and the runtime must agree on: how a Python value is
//! encoded in a 64-bit word, and the layout of the shadow-stack frame that
//! generated code shares with the garbage collector.
//!
//! Values are NaN-boxed. A word whose top 16 bits are below [`TAG_INT`] is an
//! IEEE double stored as is (the runtime canonicalises NaNs, so no float ever
//! carries a payload in the tagged range). Everything else is tagged:
//!
//! | top 16 bits | meaning                                   | payload (low 48 bits)        |
//! |-------------|-------------------------------------------|------------------------------|
//! | `0xFFF9`    | small int                                 | two's complement, 48 bits    |
//! | `0xFFFA`    | bool                                      | 0 or 1                       |
//! | `0xFFFB`    | None                                      | 0                            |
//! | `0xFFFC`    | pointer to a runtime heap object          | canonical 48-bit address     |
//! | `0xFFFD`    | internal markers never seen by programs   | see [`UNBOUND`], [`ERR`] ... |
//!
//! Runtime entry points return [`ERR`] when they raised: the exception itself
//! is pending in the runtime, and the caller either jumps to its handler or
//! returns [`ERR`] in turn.

pub mod entry;
mod modules;
pub use modules::{runtime_module, RuntimeModule, RUNTIME_MODULES};

/// Words in one inline cache (`Operand::Cache` in the MIR): an attribute
/// or method-call site's memory of what it found last time, zeroed at
/// start. Its layout is the runtime's business (`runtime/src/ic.rs`).
pub const IC_WORDS: usize = 4;

/// Number of bits of payload below the tag.
pub const PAYLOAD_BITS: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1 << PAYLOAD_BITS) - 1;
pub const TAG_SHIFT: u32 = PAYLOAD_BITS;

pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_NONE: u64 = 0xFFFB;
pub const TAG_PTR: u64 = 0xFFFC;
pub const TAG_SPECIAL: u64 = 0xFFFD;

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << (PAYLOAD_BITS - 1));
pub const SMALL_INT_MAX: i64 = (1 << (PAYLOAD_BITS - 1)) - 1;

pub const NONE: u64 = TAG_NONE << TAG_SHIFT;
pub const FALSE: u64 = TAG_BOOL << TAG_SHIFT;
pub const TRUE: u64 = (TAG_BOOL << TAG_SHIFT) | 1;
/// A variable slot that holds no value yet (reading it raises
/// `UnboundLocalError`/`NameError`).
pub const UNBOUND: u64 = TAG_SPECIAL << TAG_SHIFT;
/// "An exception is pending": the error return of every fallible entry point.
pub const ERR: u64 = (TAG_SPECIAL << TAG_SHIFT) | 1;
/// Returned by the iteration entry point when an iterator is exhausted, so a
/// `for` loop ends without creating a `StopIteration`.
pub const ITER_DONE: u64 = (TAG_SPECIAL << TAG_SHIFT) | 2;
/// The canonical quiet NaN every float NaN is stored as.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Encodes a small int. The caller guarantees the range.
pub const fn small_int(v: i64) -> u64 {
    (TAG_INT << TAG_SHIFT) | (v as u64 & PAYLOAD_MASK)
}

pub const fn fits_small_int(v: i64) -> bool {
    v >= SMALL_INT_MIN && v <= SMALL_INT_MAX
}

/// The frame generated code keeps for every active Python function.
///
/// It lives on the native stack (or, for generators, inside the generator
/// object) and is linked into the runtime's shadow stack while the function
/// runs. The collector scans `slots[..nslots]` of every linked frame, which
/// is how it finds roots precisely without looking at native stacks.
#[repr(C)]
pub struct Frame {
    /// The frame below this one on the shadow stack (null at the bottom).
    pub prev: *mut Frame,
    /// Static description of the code this frame runs (name, file).
    pub code: *const CodeInfo,
    /// How many value slots follow at `slots`.
    pub nslots: u32,
    pub _pad: u32,
    /// The function's value slots: locals, temporaries and call arguments.
    pub slots: *mut u64,
}

pub const FRAME_PREV_OFFSET: i32 = 0;
pub const FRAME_CODE_OFFSET: i32 = 8;
pub const FRAME_NSLOTS_OFFSET: i32 = 16;
pub const FRAME_SLOTS_OFFSET: i32 = 24;
pub const FRAME_SIZE: u32 = 32;

/// Static, per-function data emitted by the compiler into read-only memory.
#[repr(C)]
pub struct CodeInfo {
    /// UTF-8 function name (`<module>` for module bodies).
    pub name: *const u8,
    pub name_len: u32,
    /// UTF-8 path of the source file, relative to the entry file's
    /// directory.
    pub file: *const u8,
    pub file_len: u32,
    /// The UTF-8 text of that file, which tracebacks quote.
    pub source: *const u8,
    pub source_len: u32,
    /// The function's `co_varnames` (parameters and non-cell locals), one
    /// per line, for "Did you mean" after a NameError.
    pub varnames: *const u8,
    pub varnames_len: u32,
}

pub const CODEINFO_SIZE: u32 = 64;

/// Where a traceback entry points in its frame's source file: generated
/// code passes one of these (static data) when an exception leaves an
/// instruction. Lines are 1-based; columns count characters from 0.
#[repr(C)]
pub struct SourcePos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    /// For binary operations and subscripts on one line, the columns of the
    /// operator or brackets; `NO_ANCHOR` otherwise.
    pub anchor_start: u32,
    pub anchor_end: u32,
}

pub const SOURCEPOS_SIZE: u32 = 24;
pub const NO_ANCHOR: u32 = u32::MAX;

/// Flags describing a compiled function's signature, passed to
/// `molt_make_function`.
pub mod sig_flags {
    pub const VARARGS: u32 = 1;
    pub const VARKW: u32 = 2;
    pub const GENERATOR: u32 = 4;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_layout_matches_offsets() {
        assert_eq!(std::mem::size_of::<Frame>() as u32, FRAME_SIZE);
        assert_eq!(std::mem::offset_of!(Frame, code) as i32, FRAME_CODE_OFFSET);
        assert_eq!(
            std::mem::offset_of!(Frame, nslots) as i32,
            FRAME_NSLOTS_OFFSET
        );
        assert_eq!(
            std::mem::offset_of!(Frame, slots) as i32,
            FRAME_SLOTS_OFFSET
        );
        assert_eq!(std::mem::size_of::<CodeInfo>() as u32, CODEINFO_SIZE);
        assert_eq!(std::mem::size_of::<SourcePos>() as u32, SOURCEPOS_SIZE);
    }

    #[test]
    fn small_int_round_trip() {
        for v in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX] {
            let w = small_int(v);
            assert_eq!(w >> TAG_SHIFT, TAG_INT);
            assert_eq!(((w << 16) as i64) >> 16, v);
        }
    }
}

/// A UTF-8 string in static data.
#[repr(C)]
pub struct StrRef {
    pub ptr: *const u8,
    pub len: u64,
}

pub const STRREF_SIZE: u32 = 16;

/// Static description of a compiled function, emitted by the compiler.
///
/// The compiled code is called as `entry(func, args)` where `func` is the
/// function object (for its closure cells) and `args` points to exactly
/// `nparams` bound argument values in signature order: positional
/// parameters, then the `*args` tuple if any, then keyword-only parameters,
/// then the `**kwargs` dict if any. The runtime does all argument binding.
///
/// For a generator function, `entry` only creates the generator; `resume`
/// runs its body (see the runtime's generator module).
#[repr(C)]
pub struct FuncDesc {
    pub code: CodeInfo,
    pub entry: *const u8,
    pub resume: *const u8,
    pub qualname: StrRef,
    pub param_names: *const StrRef,
    pub nparams: u32,
    pub nposonly: u32,
    pub nkwonly: u32,
    pub flags: u32,
    /// Slots of the function's frame (generators keep them on the heap).
    pub nslots: u32,
    pub _pad: u32,
}

pub const FUNCDESC_ENTRY_OFFSET: u32 = 64;
pub const FUNCDESC_RESUME_OFFSET: u32 = 72;
pub const FUNCDESC_QUALNAME_OFFSET: u32 = 80;
pub const FUNCDESC_PARAM_NAMES_OFFSET: u32 = 96;
pub const FUNCDESC_NPARAMS_OFFSET: u32 = 104;
pub const FUNCDESC_SIZE: u32 = 128;

#[cfg(test)]
mod desc_tests {
    use super::*;

    #[test]
    fn funcdesc_layout_matches_offsets() {
        assert_eq!(
            std::mem::offset_of!(FuncDesc, entry) as u32,
            FUNCDESC_ENTRY_OFFSET
        );
        assert_eq!(
            std::mem::offset_of!(FuncDesc, resume) as u32,
            FUNCDESC_RESUME_OFFSET
        );
        assert_eq!(
            std::mem::offset_of!(FuncDesc, qualname) as u32,
            FUNCDESC_QUALNAME_OFFSET
        );
        assert_eq!(
            std::mem::offset_of!(FuncDesc, param_names) as u32,
            FUNCDESC_PARAM_NAMES_OFFSET
        );
        assert_eq!(
            std::mem::offset_of!(FuncDesc, nparams) as u32,
            FUNCDESC_NPARAMS_OFFSET
        );
        assert_eq!(std::mem::size_of::<FuncDesc>() as u32, FUNCDESC_SIZE);
        assert_eq!(std::mem::size_of::<StrRef>() as u32, STRREF_SIZE);
    }
}
