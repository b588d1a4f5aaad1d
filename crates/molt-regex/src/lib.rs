//! Python's `re` engine: the syntax, flags and matching rules of CPython
//! 3.11's `sre`, as a parser (`parse`), a compiler to a small program
//! (`compile`) and a backtracking machine with a heap stack (`vm`).
//! Subjects are UTF-8 text (str) or raw bytes; positions are byte offsets.

pub mod chars;
pub mod compile;
pub mod parse;
mod prefilter;
pub mod template;
pub mod vm;

pub use chars::Unicode;
pub use vm::{Anchor, Cache, Input, NONE};

pub type Flags = u32;
pub const TEMPLATE: Flags = 1;
pub const IGNORECASE: Flags = 2;
pub const LOCALE: Flags = 4;
pub const MULTILINE: Flags = 8;
pub const DOTALL: Flags = 16;
pub const UNICODE: Flags = 32;
pub const VERBOSE: Flags = 64;
pub const DEBUG: Flags = 128;
pub const ASCII: Flags = 256;

/// CPython's `MAXREPEAT` (repeat counts must be below it); it also marks
/// an unbounded repeat.
pub const MAXREPEAT: u32 = u32::MAX;
pub const MAXCODE: u64 = (1 << 32) - 1;

/// `re.error`: a message and, when known, the position in the pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub msg: String,
    pub pos: Option<usize>,
}

/// Why a pattern does not compile.
#[derive(Debug)]
pub enum CompileError {
    Re(Error),
    /// OverflowError
    Overflow(&'static str),
    /// RecursionError
    Recursion,
    /// ValueError
    Value(String),
}

/// A compiled pattern.
pub struct Regex {
    prog: compile::Program,
    pre: prefilter::Prefilter,
    /// Number of groups, counting group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: Flags,
    pub bytes: bool,
}

impl Regex {
    /// Compiles `pattern` (code points; a bytes pattern's bytes).
    pub fn new(
        pattern: &[u32],
        bytes: bool,
        flags: Flags,
        uni: Unicode,
    ) -> Result<Regex, CompileError> {
        let parsed = parse::parse(pattern, bytes, flags).map_err(|e| match e {
            parse::ParseFail::Re(e) => CompileError::Re(e),
            parse::ParseFail::Overflow(m) => CompileError::Overflow(m),
            parse::ParseFail::Recursion => CompileError::Recursion,
            parse::ParseFail::Value(m) => CompileError::Value(m),
        })?;
        let prog = compile::compile(&parsed, bytes, uni).map_err(CompileError::Re)?;
        let pre = prefilter::Prefilter::new(&prog);
        Ok(Regex {
            prog,
            pre,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
            bytes,
        })
    }

    /// Looks for a match in `text[..end]` starting at `pos` (anchored
    /// there, or the leftmost from there). With `not_empty`, a match at
    /// `pos` itself must not be empty (the rule for the search after an
    /// empty match). On success `cache.regs` holds the group slots (2 per
    /// group; group 0 filled in here) and `lastindex` gives the group
    /// closed last.
    pub fn exec(
        &self,
        text: &[u8],
        pos: usize,
        end: usize,
        anchor: Option<Anchor>,
        not_empty: bool,
        cache: &mut Cache,
    ) -> bool {
        let end = end.min(text.len());
        if pos > end {
            return false;
        }
        let inp = Input {
            text,
            end,
            bytes: self.bytes,
        };
        let found = match anchor {
            Some(a) => self
                .prog
                .run(&inp, pos, a == Anchor::Full, not_empty, cache)
                .map(|e| (pos, e)),
            None => self.search(&inp, pos, not_empty, cache),
        };
        match found {
            Some((s, e)) => {
                cache.regs[0] = s;
                cache.regs[1] = e;
                true
            }
            None => false,
        }
    }

    /// The group closed last in the match `exec` found.
    pub fn lastindex(&self, cache: &Cache) -> Option<usize> {
        cache
            .regs
            .get(self.prog.nregs)
            .copied()
            .filter(|&g| g != NONE)
    }

    fn search(
        &self,
        inp: &Input,
        pos: usize,
        not_empty: bool,
        cache: &mut Cache,
    ) -> Option<(usize, usize)> {
        let mut s = pos;
        if self.pre.anchored_begin && s != 0 {
            return None;
        }
        loop {
            match self.pre.next_candidate(inp, s) {
                Some(c) => s = c,
                None => return None,
            }
            if let Some(e) = self.prog.run(inp, s, false, not_empty && s == pos, cache) {
                return Some((s, e));
            }
            if cache.exceeded || s >= inp.end || self.pre.anchored_begin {
                return None;
            }
            if let Some(one) = self.pre.run_skip {
                let (_, e, _) = self.prog.run_one(one, inp, s, 0, u32::MAX);
                if e > s {
                    s = e;
                    continue;
                }
            }
            s = match inp.next(s) {
                Some((_, n)) => n,
                None => return None,
            };
        }
    }
}
