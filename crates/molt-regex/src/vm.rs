//! The backtracking machine. Its stack lives on the heap: choice points,
//! undo records for registers (captures, loop counters), and barriers for
//! atomic groups and lookarounds. Nothing here recurses, so a long subject
//! cannot overflow the native stack.

use crate::chars::{eq_icase, Mode};
use crate::compile::{Assert, Barrier, Inst, One, Program};
use crate::parse::RepKind;

pub const NONE: usize = usize::MAX;

#[derive(Clone, Copy)]
enum Frame {
    Branch {
        pc: u32,
        pos: usize,
    },
    Restore {
        reg: u32,
        old: usize,
    },
    Barrier {
        kind: Barrier,
        pos: usize,
        resume: u32,
    },
    /// A greedy one-character loop that can give back characters down to
    /// `min_pos`.
    Greedy {
        pc: u32,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one-character loop (`pc` is its instruction) that can take
    /// one more character.
    Lazy {
        pc: u32,
        pos: usize,
        count: u32,
    },
    /// A lazy general loop that can run its body once more.
    LoopBody {
        pc: u32,
        pos: usize,
    },
}

/// Scratch space reused across match attempts.
pub struct Cache {
    stack: Vec<Frame>,
    pub regs: Vec<usize>,
    /// Steps left before giving up (`u64::MAX`: no limit). Only the fuzz
    /// target sets one.
    pub step_limit: u64,
    pub exceeded: bool,
}

impl Cache {
    pub fn new() -> Cache {
        Cache {
            stack: Vec::new(),
            regs: Vec::new(),
            step_limit: u64::MAX,
            exceeded: false,
        }
    }
}

impl Default for Cache {
    fn default() -> Cache {
        Cache::new()
    }
}

pub struct Input<'t> {
    pub text: &'t [u8],
    /// The subject ends here (`endpos`).
    pub end: usize,
    pub bytes: bool,
}

impl Input<'_> {
    /// The character at `i` and the index after it.
    #[inline(always)]
    pub fn next(&self, i: usize) -> Option<(u32, usize)> {
        if i >= self.end {
            return None;
        }
        let b = *self.text.get(i)?;
        if b < 0x80 || self.bytes {
            return Some((b as u32, i + 1));
        }
        self.next_slow(i, b)
    }

    fn next_slow(&self, i: usize, b: u8) -> Option<(u32, usize)> {
        let (len, init) = if b >= 0xF0 {
            (4, (b & 0x07) as u32)
        } else if b >= 0xE0 {
            (3, (b & 0x0F) as u32)
        } else {
            (2, (b & 0x1F) as u32)
        };
        let mut c = init;
        for k in 1..len {
            let cb = *self.text.get(i + k)?;
            c = (c << 6) | (cb & 0x3F) as u32;
        }
        Some((c, (i + len).min(self.end)))
    }

    /// The character ending at `i` and its start.
    #[inline]
    pub fn prev(&self, i: usize) -> Option<(u32, usize)> {
        if i == 0 {
            return None;
        }
        let mut s = i - 1;
        if !self.bytes {
            while s > 0 && self.text.get(s).is_some_and(|b| b & 0xC0 == 0x80) {
                s -= 1;
            }
        }
        let (c, _) = self.next(s)?;
        Some((c, s))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `match`: at the start position only.
    Start,
    /// `fullmatch`: at the start, through to the end.
    Full,
}

impl Program {
    #[inline(always)]
    fn one(&self, o: One, inp: &Input, pos: usize) -> Option<usize> {
        let (c, np) = inp.next(pos)?;
        let ok = match o {
            One::Char(x) => c == x,
            One::NotChar(x) => c != x,
            One::CharI(f, ascii) => self.mode(ascii).fold(c) == f,
            One::NotCharI(f, ascii) => self.mode(ascii).fold(c) != f,
            One::Any => c != '\n' as u32,
            One::AnyAll => true,
            One::Set(i) => self.sets.get(i).is_some_and(|s| s.contains(c)),
        };
        ok.then_some(np)
    }

    /// Matches `one` up to `limit` times from `pos`: the count, the end,
    /// and the position after `min` matches.
    #[inline]
    pub(crate) fn run_one(
        &self,
        one: One,
        inp: &Input,
        pos: usize,
        min: u32,
        limit: u32,
    ) -> (u32, usize, usize) {
        let mut count = 0u32;
        let mut p = pos;
        let mut min_pos = pos;
        let end = inp.end.min(inp.text.len());
        macro_rules! scan {
            ($test:expr) => {
                while count < limit && p < end {
                    let b = inp.text[p];
                    let (c, np) = if b < 128 {
                        (b as u32, p + 1)
                    } else {
                        match inp.next(p) {
                            Some(x) => x,
                            None => break,
                        }
                    };
                    if !$test(c) {
                        break;
                    }
                    p = np;
                    count += 1;
                    if count == min {
                        min_pos = p;
                    }
                }
            };
        }
        match one {
            One::Set(i) => {
                if let Some(cs) = self.sets.get(i) {
                    scan!(|c| cs.contains(c));
                }
            }
            One::Any => scan!(|c| c != '\n' as u32),
            One::AnyAll => scan!(|_c| true),
            One::Char(x) => scan!(|c| c == x),
            One::NotChar(x) => scan!(|c| c != x),
            _ => {
                while count < limit {
                    match self.one(one, inp, p) {
                        Some(np) => {
                            p = np;
                            count += 1;
                            if count == min {
                                min_pos = p;
                            }
                        }
                        None => break,
                    }
                }
            }
        }
        (count, p, min_pos)
    }

    fn word_at(&self, mode: &Mode, inp: &Input, pos: usize) -> (bool, bool) {
        let before = inp.prev(pos).is_some_and(|(c, _)| mode.is_word(c));
        let after = inp.next(pos).is_some_and(|(c, _)| mode.is_word(c));
        (before, after)
    }

    fn assert(&self, a: Assert, inp: &Input, pos: usize) -> bool {
        let t = inp.text;
        let nl = |i: usize| t.get(i) == Some(&b'\n');
        match a {
            Assert::Begin => pos == 0,
            Assert::LineBegin => pos == 0 || nl(pos - 1),
            Assert::EndOrNl => pos == inp.end || (pos + 1 == inp.end && nl(pos)),
            Assert::LineEnd => pos == inp.end || nl(pos),
            Assert::End => pos == inp.end,
            Assert::Word { ascii } | Assert::NotWord { ascii } => {
                if inp.end == 0 {
                    return false;
                }
                let (b, f) = self.word_at(self.mode(ascii), inp, pos);
                (b != f) == matches!(a, Assert::Word { .. })
            }
        }
    }

    fn backref(
        &self,
        g: usize,
        icase: bool,
        ascii: bool,
        regs: &[usize],
        inp: &Input,
        pos: usize,
    ) -> Option<usize> {
        let s = *regs.get(2 * g)?;
        let e = *regs.get(2 * g + 1)?;
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let sub = inp.text.get(s..e)?;
        if !icase {
            let end = pos.checked_add(sub.len())?;
            if end > inp.end || inp.text.get(pos..end)? != sub {
                return None;
            }
            return Some(end);
        }
        let mode = self.mode(ascii);
        let (mut i, mut j) = (s, pos);
        while i < e {
            let (a, ni) = inp.next(i)?;
            let (b, nj) = inp.next(j)?;
            if !eq_icase(mode, a, b) {
                return None;
            }
            i = ni;
            j = nj;
        }
        Some(j)
    }

    /// Runs the program from `start`; the end of the match, with the
    /// groups in `cache.regs`.
    pub fn run(
        &self,
        inp: &Input,
        start: usize,
        full: bool,
        not_empty: bool,
        cache: &mut Cache,
    ) -> Option<usize> {
        let nregs = self.nregs + 1;
        let last = self.nregs;
        cache.regs.clear();
        cache.regs.resize(nregs, NONE);
        cache.stack.clear();
        let insts = &self.insts[..];
        let mut pc = 0usize;
        let mut pos = start;
        let stack = &mut cache.stack;
        let regs = &mut cache.regs;
        let mut steps = cache.step_limit;
        loop {
            if steps != u64::MAX {
                if steps == 0 {
                    cache.exceeded = true;
                    return None;
                }
                steps -= 1;
            }
            let ok = match insts.get(pc).copied().unwrap_or(Inst::Match) {
                Inst::One(o) => match self.one(o, inp, pos) {
                    Some(np) => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert(a, inp, pos)
                }
                Inst::Split(a, b) => {
                    stack.push(Frame::Branch { pc: b as u32, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::Save(slot) => {
                    stack.push(Frame::Restore {
                        reg: slot as u32,
                        old: regs[slot],
                    });
                    regs[slot] = pos;
                    if slot & 1 == 1 {
                        stack.push(Frame::Restore {
                            reg: last as u32,
                            old: regs[last],
                        });
                        regs[last] = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => match self.backref(group, icase, ascii, regs, inp, pos) {
                    Some(np) => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::GroupTest(g, else_pc) => {
                    let set = regs.get(2 * g).is_some_and(|&r| r != NONE)
                        && regs.get(2 * g + 1).is_some_and(|&r| r != NONE);
                    pc = if set { pc + 1 } else { else_pc };
                    true
                }
                Inst::Open {
                    kind,
                    resume,
                    behind,
                } => {
                    stack.push(Frame::Barrier {
                        kind,
                        pos,
                        resume: resume as u32,
                    });
                    pc += 1;
                    let mut ok = true;
                    if let Some(w) = behind {
                        for _ in 0..w {
                            match inp.prev(pos) {
                                Some((_, p)) => pos = p,
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                    }
                    ok
                }
                Inst::Close { look } => {
                    let bpos = cut(stack);
                    if look {
                        pos = bpos;
                    }
                    pc += 1;
                    true
                }
                Inst::NegClose => {
                    while let Some(f) = stack.pop() {
                        match f {
                            Frame::Restore { reg, old } => regs[reg as usize] = old,
                            Frame::Barrier { .. } => break,
                            _ => {}
                        }
                    }
                    false
                }
                Inst::Repeat1 {
                    one,
                    min,
                    max,
                    kind,
                } => {
                    let limit = if kind == RepKind::Lazy { min } else { max };
                    let (count, p, min_pos) = self.run_one(one, inp, pos, min, limit);
                    if count < min {
                        false
                    } else {
                        match kind {
                            RepKind::Greedy if count > min => stack.push(Frame::Greedy {
                                pc: pc as u32 + 1,
                                min_pos,
                                pos: p,
                            }),
                            RepKind::Lazy if count < max => stack.push(Frame::Lazy {
                                pc: pc as u32,
                                pos: p,
                                count,
                            }),
                            _ => {}
                        }
                        pos = p;
                        pc += 1;
                        true
                    }
                }
                Inst::RepInit(ctr, preg) => {
                    set_reg(stack, regs, ctr, 0);
                    set_reg(stack, regs, preg, NONE);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    ctr,
                    pos: preg,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    // CPython's rule: iterations up to `min` always run; an
                    // optional one never starts where the previous optional
                    // one started (that one matched nothing).
                    let c = regs[ctr];
                    if c < min as usize {
                        pc += 1;
                    } else if c < max as usize && pos != regs[preg] {
                        if lazy {
                            stack.push(Frame::LoopBody { pc: pc as u32, pos });
                            pc = exit;
                        } else {
                            stack.push(Frame::Branch {
                                pc: exit as u32,
                                pos,
                            });
                            set_reg(stack, regs, preg, pos);
                            pc += 1;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::RepEnd { ctr, head } => {
                    let c = regs[ctr] + 1;
                    set_reg(stack, regs, ctr, c);
                    pc = head;
                    true
                }
                Inst::Match => {
                    if (full && pos != inp.end) || (not_empty && pos == start) {
                        false
                    } else {
                        cache.step_limit = steps;
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the newest choice point.
            loop {
                let Some(f) = stack.pop() else {
                    cache.step_limit = steps;
                    return None;
                };
                match f {
                    Frame::Branch { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Frame::Restore { reg, old } => regs[reg as usize] = old,
                    Frame::Barrier {
                        kind,
                        pos: q,
                        resume,
                    } => {
                        if kind == Barrier::NegLook {
                            pc = resume as usize;
                            pos = q;
                            break;
                        }
                    }
                    Frame::Greedy {
                        pc: p,
                        min_pos,
                        pos: q,
                    } => {
                        let mut np = match inp.prev(q) {
                            Some((_, s)) => s,
                            None => continue,
                        };
                        // Skip positions where a literal that follows cannot match.
                        if let Some(Inst::One(One::Char(c))) = insts.get(p as usize) {
                            if *c < 128 {
                                while np > min_pos && inp.text.get(np) != Some(&(*c as u8)) {
                                    np = match inp.prev(np) {
                                        Some((_, s)) => s,
                                        None => break,
                                    };
                                }
                            }
                        }
                        if np > min_pos {
                            stack.push(Frame::Greedy {
                                pc: p,
                                min_pos,
                                pos: np,
                            });
                        }
                        pc = p as usize;
                        pos = np;
                        break;
                    }
                    Frame::Lazy {
                        pc: p,
                        pos: q,
                        count,
                    } => {
                        let Some(Inst::Repeat1 { one, max, .. }) = insts.get(p as usize).copied()
                        else {
                            continue;
                        };
                        if let Some(np) = self.one(one, inp, q) {
                            if count + 1 < max {
                                stack.push(Frame::Lazy {
                                    pc: p,
                                    pos: np,
                                    count: count + 1,
                                });
                            }
                            pc = p as usize + 1;
                            pos = np;
                            break;
                        }
                    }
                    Frame::LoopBody { pc: p, pos: q } => {
                        if let Some(Inst::RepLoop { pos: preg, .. }) =
                            insts.get(p as usize).copied()
                        {
                            set_reg(stack, regs, preg, q);
                        }
                        pc = p as usize + 1;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }
}

fn set_reg(stack: &mut Vec<Frame>, regs: &mut [usize], r: usize, v: usize) {
    stack.push(Frame::Restore {
        reg: r as u32,
        old: regs[r],
    });
    regs[r] = v;
}

/// Drops the choice points above the newest barrier and the barrier itself,
/// keeping the undo records; returns the barrier's position.
fn cut(stack: &mut Vec<Frame>) -> usize {
    let Some(b) = stack
        .iter()
        .rposition(|f| matches!(f, Frame::Barrier { .. }))
    else {
        return 0;
    };
    let bpos = match stack[b] {
        Frame::Barrier { pos, .. } => pos,
        _ => 0,
    };
    let mut w = b;
    for r in b + 1..stack.len() {
        if let Frame::Restore { .. } = stack[r] {
            stack[w] = stack[r];
            w += 1;
        }
    }
    stack.truncate(w);
    bpos
}
