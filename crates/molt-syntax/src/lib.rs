//! The front door of the compiler: turns Python source text into a syntax
//! tree with `ruff_python_parser`, and renders every diagnostic the compiler
//! emits (syntax errors, unsupported constructs, resolution errors) in one
//! format: `file:line:col: error: message`, the source line, and a caret.
//!
//! The language accepted is CPython 3.11's: syntax that only later versions
//! accept is refused here, so a program that builds with Molt also runs on the
//! reference interpreter.

mod nesting;

use std::fmt;

pub use ruff_python_ast as ast;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions};
pub use ruff_text_size::{Ranged, TextRange, TextSize};

/// A parsed source file, kept with its text so diagnostics can quote it.
pub struct SourceFile {
    /// The path as the user gave it; it is what tracebacks and diagnostics show.
    pub path: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_starts[(line - 1) as usize] as usize;
        let end = (u32::from(offset) as usize).min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line, col as u32 + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let rest = self.text.get(start as usize..).unwrap_or("");
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end].trim_end_matches('\r')
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// One error the compiler reports to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub range: TextRange,
    pub message: String,
}

impl Diagnostic {
    pub fn new(range: TextRange, message: impl Into<String>) -> Self {
        Diagnostic {
            range,
            message: message.into(),
        }
    }

    /// Renders the diagnostic against its file, rustc style.
    pub fn render(&self, file: &SourceFile) -> String {
        Rendered { diag: self, file }.to_string()
    }
}

struct Rendered<'a> {
    diag: &'a Diagnostic,
    file: &'a SourceFile,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.file.line_col(self.diag.range.start());
        writeln!(
            f,
            "{}:{}:{}: error: {}",
            self.file.path, line, col, self.diag.message
        )?;
        let full = self.file.line_text(line);
        // Show a window of long lines around the column, so a huge line
        // does not flood the terminal.
        let (text, shown_col) = excerpt(full, col as usize);
        let gutter = line.to_string();
        let pad = " ".repeat(gutter.len());
        // Underline the range, clipped to the first line and to what is shown.
        let (end_line, end_col) = self.file.line_col(self.diag.range.end());
        let room = text.chars().count().saturating_sub(shown_col - 1).max(1);
        let width = if end_line == line && end_col > col {
            (end_col - col) as usize
        } else {
            room
        }
        .min(room);
        let col = shown_col;
        let indent: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        writeln!(f, "{pad} |")?;
        writeln!(f, "{gutter} | {text}")?;
        writeln!(f, "{pad} | {indent}{}", "^".repeat(width))
    }
}

/// CPython's tokenizer refuses brackets nested more than this deep.
const MAX_BRACKET_NESTING: usize = 200;

/// "too many nested parentheses" where CPython's tokenizer says it.
fn bracket_nesting(tokens: &[ruff_python_ast::token::Token]) -> Option<Diagnostic> {
    use ruff_python_ast::token::TokenKind;
    let mut depth = 0usize;
    for t in tokens {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                depth += 1;
                if depth > MAX_BRACKET_NESTING {
                    return Some(Diagnostic::new(
                        t.range(),
                        "invalid syntax: too many nested parentheses",
                    ));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    None
}

/// Lines longer than this are shown as a window around the column.
const EXCERPT_WIDTH: usize = 100;

/// The part of `line` to show and the 1-based column within it.
fn excerpt(line: &str, col: usize) -> (String, usize) {
    let len = line.chars().count();
    if len <= EXCERPT_WIDTH {
        return (line.to_string(), col);
    }
    let start = col
        .saturating_sub(EXCERPT_WIDTH / 2)
        .min(len.saturating_sub(EXCERPT_WIDTH));
    let body: String = line.chars().skip(start).take(EXCERPT_WIDTH).collect();
    let prefix = if start > 0 { "..." } else { "" };
    let suffix = if start + EXCERPT_WIDTH < len {
        "..."
    } else {
        ""
    };
    (
        format!("{prefix}{body}{suffix}"),
        col - start + prefix.len(),
    )
}

/// Parses a module. Every syntax error is returned, in source order.
pub fn parse_module(file: &SourceFile) -> Result<ast::ModModule, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&file.text, options);
    let mut diags: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| Diagnostic::new(e.location, format!("invalid syntax: {}", e.error)))
        .collect();
    diags.extend(parsed.unsupported_syntax_errors().iter().map(|e| {
        Diagnostic::new(
            e.range,
            format!("{e} (Molt implements the language of CPython 3.11)"),
        )
    }));
    diags.extend(bracket_nesting(parsed.tokens()));
    if !diags.is_empty() {
        diags.sort_by_key(|d| d.range.start());
        return Err(diags);
    }
    match parsed.try_into_module() {
        Some(m) => {
            let module = m.into_syntax();
            nesting::check(&module)?;
            Ok(module)
        }
        None => Err(vec![Diagnostic::new(
            TextRange::default(),
            "source did not parse as a module",
        )]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_and_caret() {
        let f = SourceFile::new("a.py", "x = 1\ny = (\n");
        let err = parse_module(&f).unwrap_err();
        let text = err[0].render(&f);
        assert!(text.starts_with("a.py:"), "{text}");
        assert!(text.contains("error: invalid syntax"), "{text}");
    }

    #[test]
    fn refuses_newer_syntax() {
        let f = SourceFile::new("a.py", "type X = int\n");
        let err = parse_module(&f).unwrap_err();
        assert!(err[0].message.contains("3.11"), "{}", err[0].message);
    }

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("a.py", "é = 1\nab\n");
        assert_eq!(f.line_col(TextSize::from(3)), (1, 3));
        assert_eq!(f.line_col(TextSize::from(7)), (2, 1));
        assert_eq!(f.line_text(2), "ab");
    }
}
