//! Replacement templates of `sub` and `Match.expand`: literal text and
//! group references (`\1`, `\g<name>`, `\g<0>`).

use crate::parse::{self, is_digit, is_oct, ParseFail, Source};
use crate::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Lit(Vec<u32>),
    Group(usize),
}

#[derive(Debug)]
pub enum TemplateError {
    Re(Error),
    /// IndexError (an unknown group name).
    Index(String),
}

fn fail(e: ParseFail) -> TemplateError {
    match e {
        ParseFail::Re(e) => TemplateError::Re(e),
        ParseFail::Overflow(m) => TemplateError::Index(m.into()),
        ParseFail::Recursion => TemplateError::Index("recursion".into()),
        ParseFail::Value(m) => TemplateError::Index(m),
    }
}

/// Parses `t` for a pattern with `groups` capturing groups (not counting
/// group 0) named as in `names`.
pub fn parse(
    t: &[u32],
    bytes: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<Piece>, TemplateError> {
    let mut s = Source::new(t, bytes).map_err(fail)?;
    let mut out: Vec<Piece> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group = |out: &mut Vec<Piece>, lit: &mut Vec<u32>, g: usize| {
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(lit)));
        }
        out.push(Piece::Group(g));
    };
    while let Some(this) = s.get().map_err(fail)? {
        if !this.esc {
            lit.push(this.c);
            continue;
        }
        let c = this.c;
        if c == 'g' as u32 {
            if !s.matches('<').map_err(fail)? {
                return Err(fail(s.error("missing <", 0)));
            }
            let name = s.getuntil('>', "group name").map_err(fail)?;
            let nlen = name.chars().count();
            let index;
            if parse::is_identifier(&name) {
                s.checkgroupname(&name, 1).map_err(fail)?;
                match names.iter().find(|(n, _)| *n == name) {
                    Some(&(_, g)) => index = g,
                    None => {
                        return Err(TemplateError::Index(format!(
                            "unknown group name {}",
                            parse::py_repr(&name)
                        )))
                    }
                }
            } else {
                let Some(g) = parse::parse_py_int(&name) else {
                    return Err(fail(s.error(
                        format!("bad character in group name {}", parse::py_repr(&name)),
                        nlen + 1,
                    )));
                };
                if g >= (1u64 << 30) {
                    return Err(fail(
                        s.error(format!("invalid group reference {g}"), nlen + 1),
                    ));
                }
                index = g as usize;
            }
            if index > groups {
                return Err(fail(
                    s.error(format!("invalid group reference {index}"), nlen + 1),
                ));
            }
            add_group(&mut out, &mut lit, index);
        } else if c == '0' as u32 {
            let mut v = 0u32;
            for _ in 0..2 {
                match s.peek() {
                    Some(t) if !t.esc && is_oct(t.c) => {
                        s.get().map_err(fail)?;
                        v = v * 8 + (t.c - '0' as u32);
                    }
                    _ => break,
                }
            }
            lit.push(v & 0xff);
        } else if is_digit(c) {
            let mut digits = vec![c];
            let mut octal = false;
            if let Some(t) = s.peek().filter(|t| !t.esc && is_digit(t.c)) {
                s.get().map_err(fail)?;
                digits.push(t.c);
                if let Some(t3) = s.peek().filter(|t| !t.esc && is_oct(t.c)) {
                    if is_oct(digits[0]) && is_oct(digits[1]) {
                        s.get().map_err(fail)?;
                        digits.push(t3.c);
                        octal = true;
                        let v = digits.iter().fold(0u32, |a, d| a * 8 + (d - '0' as u32));
                        if v > 0o377 {
                            let text: String = std::iter::once('\\')
                                .chain(digits.iter().filter_map(|&d| char::from_u32(d)))
                                .collect();
                            return Err(fail(s.error(
                                format!("octal escape value {text} outside of range 0-0o377"),
                                text.len(),
                            )));
                        }
                        lit.push(v);
                    }
                }
            }
            if !octal {
                let g = digits
                    .iter()
                    .fold(0usize, |a, d| a * 10 + (d - '0' as u32) as usize);
                if g > groups {
                    return Err(fail(
                        s.error(format!("invalid group reference {g}"), digits.len()),
                    ));
                }
                add_group(&mut out, &mut lit, g);
            }
        } else if let Some(v) = parse::simple_escape(c) {
            lit.push(v);
        } else if parse::is_ascii_letter(c) {
            return Err(fail(s.error(format!("bad escape {}", this.text()), 2)));
        } else {
            lit.push('\\' as u32);
            lit.push(c);
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}
