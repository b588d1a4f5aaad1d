//! Syntax tree to a flat program for the backtracking machine, with the
//! flags in force at each node resolved into the instructions.

use crate::chars::{CharSet, Mode, Unicode};
use crate::parse::{self, At, Node, RepKind};
use crate::{Error, Flags};

/// One-character matchers: the bodies of the fast single-character loops.
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// Case-insensitive: the folded character, and whether ASCII rules fold.
    CharI(u32, bool),
    NotChar(u32),
    NotCharI(u32, bool),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assert {
    /// `\A`, and `^` without MULTILINE.
    Begin,
    /// `^` with MULTILINE.
    LineBegin,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndOrNl,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`
    End,
    Word {
        ascii: bool,
    },
    NotWord {
        ascii: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Barrier {
    Atomic,
    Look,
    NegLook,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(One),
    Assert(Assert),
    /// Try `.0` first, `.1` on failure.
    Split(usize, usize),
    Jmp(usize),
    /// Capture slot `.0` := position.
    Save(usize),
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// Jump to `.1` unless group `.0` matched.
    GroupTest(usize, usize),
    /// Start of an atomic group or lookaround; `resume` is where a failed
    /// negative lookaround continues, `behind` how far a lookbehind steps
    /// back first.
    Open {
        kind: Barrier,
        resume: usize,
        behind: Option<usize>,
    },
    /// End of an atomic group or positive lookaround.
    Close {
        look: bool,
    },
    /// End of a negative lookaround body: the assertion fails.
    NegClose,
    /// A loop over one-character matcher: `min..=max` times.
    Repeat1 {
        one: One,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// General loop: counter register `.0` := 0, last start `.1` := none.
    RepInit(usize, usize),
    /// Loop head: decides whether to run the body (at `pc + 1`) again.
    RepLoop {
        ctr: usize,
        pos: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// Loop tail: counts the iteration and goes back to `head`.
    RepEnd {
        ctr: usize,
        head: usize,
    },
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub mode_uni: Mode,
    pub mode_ascii: Mode,
    /// Registers: 2 per group, then loop counters and positions.
    pub nregs: usize,
    pub ngroups: usize,
    pub bytes: bool,
}

impl Program {
    pub fn mode(&self, ascii: bool) -> &Mode {
        if ascii {
            &self.mode_ascii
        } else {
            &self.mode_uni
        }
    }
}

struct Compiler<'a> {
    p: Program,
    widths: &'a [Option<(u64, u64)>],
}

pub fn compile(parsed: &parse::Parsed, bytes: bool, uni: Unicode) -> Result<Program, Error> {
    let widths: Vec<Option<(u64, u64)>> = parsed.group_widths.iter().map(|&w| Some(w)).collect();
    let mut c = Compiler {
        p: Program {
            insts: Vec::new(),
            sets: Vec::new(),
            mode_uni: Mode { uni: Some(uni) },
            mode_ascii: Mode { uni: None },
            nregs: parsed.groups * 2,
            ngroups: parsed.groups,
            bytes,
        },
        widths: &widths,
    };
    c.seq(&parsed.body, parsed.flags)?;
    c.emit(Inst::Match);
    Ok(c.p)
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.p.insts.push(i);
        self.p.insts.len() - 1
    }
    fn pc(&self) -> usize {
        self.p.insts.len()
    }
    fn reg(&mut self) -> usize {
        self.p.nregs += 1;
        self.p.nregs - 1
    }
    fn ascii(&self, flags: Flags) -> bool {
        self.p.bytes || flags & (crate::ASCII | crate::LOCALE) != 0
    }
    fn mode(&self, flags: Flags) -> Mode {
        *self.p.mode(self.ascii(flags))
    }

    /// The one-character matcher for `n`, if it is one.
    fn one(&mut self, n: &Node, flags: Flags) -> Option<One> {
        let icase = flags & crate::IGNORECASE != 0;
        let mode = self.mode(flags);
        Some(match n {
            Node::Lit(c) | Node::NotLit(c) => {
                let not = matches!(n, Node::NotLit(_));
                if icase && self.has_case(*c, &mode) {
                    if mode.uni.is_some() && crate::chars::in_fixes(*c) {
                        let items = vec![parse::SetItem::Lit(*c)];
                        self.p.sets.push(CharSet::new(items, not, true, mode));
                        One::Set(self.p.sets.len() - 1)
                    } else if not {
                        One::NotCharI(mode.fold(*c), mode.uni.is_none())
                    } else {
                        One::CharI(mode.fold(*c), mode.uni.is_none())
                    }
                } else if not {
                    One::NotChar(*c)
                } else {
                    One::Char(*c)
                }
            }
            Node::Any => {
                if flags & crate::DOTALL != 0 {
                    One::AnyAll
                } else {
                    One::Any
                }
            }
            Node::Set { negate, items } => {
                self.p
                    .sets
                    .push(CharSet::new(items.clone(), *negate, icase, mode));
                One::Set(self.p.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn has_case(&self, c: u32, mode: &Mode) -> bool {
        mode.lower(c) != c || mode.upper(c) != c || mode.fold(c) != c || crate::chars::in_fixes(c)
    }

    fn seq(&mut self, seq: &[Node], flags: Flags) -> Result<(), Error> {
        for n in seq {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, n: &Node, flags: Flags) -> Result<(), Error> {
        if let Some(one) = self.one(n, flags) {
            self.emit(Inst::One(one));
            return Ok(());
        }
        match n {
            Node::At(at) => {
                let ml = flags & crate::MULTILINE != 0;
                let a = match at {
                    At::Beginning if ml => Assert::LineBegin,
                    At::Beginning | At::BeginningString => Assert::Begin,
                    At::End if ml => Assert::LineEnd,
                    At::End => Assert::EndOrNl,
                    At::EndString => Assert::End,
                    At::Boundary => Assert::Word {
                        ascii: self.ascii(flags),
                    },
                    At::NonBoundary => Assert::NotWord {
                        ascii: self.ascii(flags),
                    },
                };
                self.emit(Inst::Assert(a));
            }
            Node::Group {
                index,
                add,
                del,
                body,
            } => {
                let f = (flags | add) & !del;
                if let Some(g) = index {
                    self.emit(Inst::Save(2 * g));
                    self.seq(body, f)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(body, f)?;
                }
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(alt, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.p.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.p.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                self.emit(Inst::Backref {
                    group: *g,
                    icase: flags & crate::IGNORECASE != 0,
                    ascii: self.ascii(flags),
                });
            }
            Node::Assert { behind, neg, body } => {
                let back = if *behind {
                    let (lo, hi) = parse::width(body, self.widths);
                    if lo > crate::MAXCODE {
                        return Err(Error {
                            msg: "looks too much behind".into(),
                            pos: None,
                        });
                    }
                    if lo != hi {
                        return Err(Error {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let kind = if *neg {
                    Barrier::NegLook
                } else {
                    Barrier::Look
                };
                let open = self.emit(Inst::Open {
                    kind,
                    resume: 0,
                    behind: back,
                });
                self.seq(body, flags)?;
                if *neg {
                    self.emit(Inst::NegClose);
                } else {
                    self.emit(Inst::Close { look: true });
                }
                let resume = self.pc();
                self.p.insts[open] = Inst::Open {
                    kind,
                    resume,
                    behind: back,
                };
            }
            Node::Atomic(body) => {
                self.emit(Inst::Open {
                    kind: Barrier::Atomic,
                    resume: 0,
                    behind: None,
                });
                self.seq(body, flags)?;
                self.emit(Inst::Close { look: false });
            }
            Node::Cond { group, yes, no } => {
                let test = self.emit(Inst::GroupTest(*group, 0));
                self.seq(yes, flags)?;
                match no {
                    Some(no) => {
                        let j = self.emit(Inst::Jmp(0));
                        let else_pc = self.pc();
                        self.seq(no, flags)?;
                        let end = self.pc();
                        self.p.insts[j] = Inst::Jmp(end);
                        self.p.insts[test] = Inst::GroupTest(*group, else_pc);
                    }
                    None => {
                        let end = self.pc();
                        self.p.insts[test] = Inst::GroupTest(*group, end);
                    }
                }
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => {}
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepKind,
        body: &[Node],
        flags: Flags,
    ) -> Result<(), Error> {
        if body.len() == 1 {
            if let Some(one) = self.one(&body[0], flags) {
                self.emit(Inst::Repeat1 {
                    one,
                    min,
                    max,
                    kind,
                });
                return Ok(());
            }
        }
        if min == 1 && max == 1 && kind != RepKind::Possessive {
            return self.seq(body, flags);
        }
        if kind == RepKind::Possessive {
            self.emit(Inst::Open {
                kind: Barrier::Atomic,
                resume: 0,
                behind: None,
            });
        }
        let ctr = self.reg();
        let pos = self.reg();
        self.emit(Inst::RepInit(ctr, pos));
        let head = self.emit(Inst::Jmp(0));
        self.seq(body, flags)?;
        let tail = self.emit(Inst::Jmp(0));
        let exit = self.pc();
        self.p.insts[head] = Inst::RepLoop {
            ctr,
            pos,
            min,
            max,
            lazy: kind == RepKind::Lazy,
            exit,
        };
        self.p.insts[tail] = Inst::RepEnd { ctr, head };
        if kind == RepKind::Possessive {
            self.emit(Inst::Close { look: false });
        }
        Ok(())
    }
}
