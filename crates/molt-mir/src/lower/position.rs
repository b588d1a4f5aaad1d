//! Source positions of instructions, computed the way CPython 3.11 records
//! them for tracebacks: the span of the syntax node an instruction comes
//! from, in character columns, plus the operator or bracket columns of
//! binary operations and subscripts that tracebacks single out.

use super::Cx;
use crate::Pos;
use molt_syntax::ast::{self, Expr};
use molt_syntax::{Ranged, TextRange, TextSize};

/// The characters CPython's traceback printer treats as blanks.
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

impl Cx<'_> {
    /// The position of a node spanning `range`.
    pub fn pos(&self, range: TextRange) -> Pos {
        let (line, col) = self.file.line_col(range.start());
        let (end_line, end_col) = self.file.line_col(range.end());
        Pos {
            line,
            end_line,
            col: col - 1,
            end_col: end_col - 1,
            anchors: None,
        }
    }

    /// The position of an expression node, with its anchors.
    pub fn expr_pos(&self, e: &Expr) -> Pos {
        let mut pos = self.pos(e.range());
        match e {
            // An attribute read spanning lines is attributed to its name
            // alone, on the last line.
            Expr::Attribute(a) if pos.line != pos.end_line => {
                let attr = a.attr.range();
                pos = self.pos(TextRange::new(attr.start(), e.range().end()));
            }
            Expr::BinOp(b) if pos.line == pos.end_line => {
                pos.anchors = self.operator_anchors(b).map(|r| self.columns(r));
            }
            Expr::Subscript(s) if pos.line == pos.end_line => {
                pos.anchors = self.bracket_anchors(e.range(), s).map(|r| self.columns(r));
            }
            _ => {}
        }
        pos
    }

    /// Character columns of a byte range on one line.
    fn columns(&self, r: TextRange) -> (u32, u32) {
        (
            self.file.line_col(r.start()).1 - 1,
            self.file.line_col(r.end()).1 - 1,
        )
    }

    /// The operator of `left op right`: the first non-blank character after
    /// the left operand, two characters when the next one is not blank
    /// (`**`, `//`, `>>`, ...). A closing parenthesis of the left operand
    /// does not count as the operator unless nothing but blanks follows
    /// it, though it still decides the width (so `(a)+(b)` marks `+(`).
    fn operator_anchors(&self, b: &ast::ExprBinOp) -> Option<TextRange> {
        let text = self.file.text.as_bytes();
        let from = usize::from(b.left.range().end());
        let to = usize::from(b.right.range().start()).min(text.len());
        let mut found = None;
        for i in from..to {
            if is_blank(text[i]) {
                continue;
            }
            let width = if i + 1 < to && !is_blank(text[i + 1]) {
                2
            } else {
                1
            };
            found = Some((i, width));
            if text[i] == b')' && i + 1 < to {
                continue;
            }
            break;
        }
        let (start, width) = found?;
        Some(TextRange::new(offset(start), offset(start + width)))
    }

    /// The brackets of `value[slice]`: from the first `[` after the value
    /// to the end of the subscript.
    fn bracket_anchors(&self, whole: TextRange, s: &ast::ExprSubscript) -> Option<TextRange> {
        let text = self.file.text.as_bytes();
        let end = usize::from(whole.end()).min(text.len());
        let from = usize::from(s.value.range().end());
        let open = (from..end).find(|&i| text[i] == b'[')?;
        Some(TextRange::new(offset(open), offset(end)))
    }
}

fn offset(i: usize) -> TextSize {
    TextSize::new(i as u32)
}
