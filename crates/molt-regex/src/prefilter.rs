//! Where a search can skip ahead: a literal prefix (found with memchr),
//! else the set of bytes a match can begin with, else every position.

use crate::compile::{Inst, One, Program};
use crate::vm::Input;
use memchr::memmem;

pub struct Prefilter {
    pub anchored_begin: bool,
    /// The pattern starts with an unbounded greedy loop over this matcher
    /// and nothing later depends on where the match began (no
    /// backreferences or conditionals): a failed attempt at `s` then also
    /// fails at every start inside the run of matching characters from `s`.
    pub run_skip: Option<One>,
    prefix: Option<memmem::Finder<'static>>,
    first: Option<Box<[bool; 256]>>,
}

impl Prefilter {
    pub fn new(p: &Program) -> Prefilter {
        let anchored_begin = matches!(
            p.insts.first(),
            Some(Inst::Assert(crate::compile::Assert::Begin))
        );
        let mut bytes = Vec::new();
        for i in &p.insts {
            match i {
                Inst::One(One::Char(c)) => push_char(&mut bytes, *c, p.bytes),
                Inst::Save(_) => continue,
                _ => break,
            }
        }
        let prefix = (!bytes.is_empty()).then(|| memmem::Finder::new(&bytes).into_owned());
        let first = if prefix.is_none() {
            first_bytes(p)
        } else {
            None
        };
        let run_skip = run_skip(p);
        Prefilter {
            anchored_begin,
            run_skip,
            prefix,
            first,
        }
    }

    /// The first position at or after `s` where a match may start.
    #[inline]
    pub fn next_candidate(&self, inp: &Input, s: usize) -> Option<usize> {
        if let Some(f) = &self.prefix {
            let hay = inp.text.get(s..inp.end)?;
            return f.find(hay).map(|i| s + i);
        }
        if let Some(set) = &self.first {
            let hay = inp.text.get(s..inp.end)?;
            return hay.iter().position(|&b| set[b as usize]).map(|i| s + i);
        }
        Some(s)
    }
}

fn run_skip(p: &Program) -> Option<One> {
    let depends = p
        .insts
        .iter()
        .any(|i| matches!(i, Inst::Backref { .. } | Inst::GroupTest(..)));
    if depends {
        return None;
    }
    let first = p.insts.iter().find(|i| !matches!(i, Inst::Save(_)))?;
    match *first {
        Inst::Repeat1 {
            one,
            min,
            max,
            kind,
        } if min >= 1 && max == crate::MAXREPEAT && kind != crate::parse::RepKind::Lazy => {
            Some(one)
        }
        _ => None,
    }
}

fn push_char(out: &mut Vec<u8>, c: u32, bytes: bool) {
    if bytes {
        out.push(c as u8);
    } else if let Some(ch) = char::from_u32(c) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    } else {
        out.push(0xff);
    }
}

fn add_one(p: &Program, o: One, set: &mut [bool; 256]) {
    let lead = |set: &mut [bool; 256]| {
        for x in set.iter_mut().skip(0x80) {
            *x = true;
        }
    };
    match o {
        One::Char(c) => {
            let mut b = Vec::new();
            push_char(&mut b, c, p.bytes);
            if let Some(&x) = b.first() {
                set[x as usize] = true;
            }
        }
        One::CharI(f, _) => {
            for b in 0..128u32 {
                if p.mode(true).fold(b) == p.mode(true).fold(f) || p.mode(false).fold(b) == f {
                    set[b as usize] = true;
                }
            }
            lead(set);
        }
        One::Set(i) => {
            if let Some(cs) = p.sets.get(i) {
                for b in 0..128u32 {
                    if cs.contains(b) {
                        set[b as usize] = true;
                    }
                }
                if p.bytes {
                    for b in 128..256u32 {
                        if cs.contains(b) {
                            set[b as usize] = true;
                        }
                    }
                } else if cs.may_have_non_ascii() {
                    lead(set);
                }
            }
        }
        One::NotChar(_) | One::NotCharI(..) | One::Any | One::AnyAll => {
            for x in set.iter_mut() {
                *x = true;
            }
        }
    }
}

/// The bytes a match must begin with, if the pattern cannot match empty
/// and the set leaves some bytes out.
fn first_bytes(p: &Program) -> Option<Box<[bool; 256]>> {
    let mut set = Box::new([false; 256]);
    let mut seen = vec![false; p.insts.len() + 1];
    let mut work = vec![0usize];
    let mut budget = 10_000;
    while let Some(pc) = work.pop() {
        budget -= 1;
        if budget == 0 {
            return None;
        }
        if seen.get(pc).copied().unwrap_or(true) {
            continue;
        }
        seen[pc] = true;
        match p.insts.get(pc)? {
            Inst::One(o) => add_one(p, *o, &mut set),
            Inst::Repeat1 { one, min, .. } => {
                add_one(p, *one, &mut set);
                if *min == 0 {
                    work.push(pc + 1);
                }
            }
            Inst::Save(_) | Inst::Assert(_) | Inst::RepInit(..) => work.push(pc + 1),
            Inst::Jmp(t) => work.push(*t),
            Inst::Split(a, b) => {
                work.push(*a);
                work.push(*b);
            }
            Inst::GroupTest(_, e) => {
                work.push(pc + 1);
                work.push(*e);
            }
            Inst::RepLoop { min, exit, .. } => {
                work.push(pc + 1);
                if *min == 0 {
                    work.push(*exit);
                }
            }
            _ => return None,
        }
    }
    if !p.bytes {
        // Never start inside a character.
        for x in set.iter_mut().take(0xC0).skip(0x80) {
            *x = false;
        }
    }
    if set.iter().filter(|&&x| x).count() >= 200 {
        return None;
    }
    Some(set)
}
