//! What a pattern runs over: the text of a str (UTF-8) or bytes object,
//! and the mapping between the engine's byte offsets and the code-point
//! indices Python sees.

use crate::exc::{self, PyResult};
use crate::objects::{bytes, str as pystr};
use crate::protocol::type_name;
use crate::value::Value;

#[derive(Clone, Copy)]
pub struct Subject {
    pub text: &'static [u8],
    pub is_bytes: bool,
    pub ascii: bool,
    /// Length in code points (bytes for bytes).
    pub len: usize,
}

impl Subject {
    pub fn of(v: Value) -> Option<Subject> {
        if let Some(s) = pystr::as_strobj(v) {
            return Some(Subject {
                text: s.as_str().as_bytes(),
                is_bytes: false,
                ascii: s.is_ascii(),
                len: s.char_len(),
            });
        }
        bytes::as_bytes(v).map(|b| Subject {
            text: b,
            is_bytes: true,
            ascii: true,
            len: b.len(),
        })
    }

    /// The subject for a pattern of the given kind, or CPython's TypeError.
    pub fn for_pattern(v: Value, pattern_bytes: bool) -> PyResult<Subject> {
        let Some(s) = Subject::of(v) else {
            return Err(exc::type_error(format!(
                "expected string or bytes-like object, got '{}'",
                type_name(v)
            )));
        };
        if s.is_bytes && !pattern_bytes {
            return Err(exc::type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        if !s.is_bytes && pattern_bytes {
            return Err(exc::type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        Ok(s)
    }

    /// `text[s..e]` (byte offsets) as a new str or bytes.
    pub fn slice(&self, s: usize, e: usize) -> Value {
        let b = self.text.get(s..e.max(s)).unwrap_or(&[]);
        if self.is_bytes {
            bytes::new(b.to_vec())
        } else {
            pystr::new(std::str::from_utf8(b).unwrap_or(""))
        }
    }

    pub fn positions(&self) -> PosMap {
        PosMap {
            text: self.text,
            ascii: self.ascii,
            byte: 0,
            chr: 0,
        }
    }
}

/// Converts between byte offsets and code-point indices, remembering the
/// last conversion so a scan from left to right costs linear time overall.
pub struct PosMap {
    text: &'static [u8],
    ascii: bool,
    byte: usize,
    chr: usize,
}

fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

impl PosMap {
    /// The remembered (byte, char) pair, to resume a later conversion.
    pub fn cursor(&self) -> (usize, usize) {
        (self.byte, self.chr)
    }
    pub fn set_cursor(&mut self, c: (usize, usize)) {
        if c.0 <= self.text.len() {
            self.byte = c.0;
            self.chr = c.1;
        }
    }

    pub fn char_index(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let b = b.min(self.text.len());
        if b < self.byte / 2 {
            self.byte = 0;
            self.chr = 0;
        }
        if b >= self.byte {
            let n = self.text[self.byte..b]
                .iter()
                .filter(|&&x| !is_cont(x))
                .count();
            self.chr += n;
        } else {
            let n = self.text[b..self.byte]
                .iter()
                .filter(|&&x| !is_cont(x))
                .count();
            self.chr -= n;
        }
        self.byte = b;
        self.chr
    }

    pub fn byte_index(&mut self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        if c < self.chr {
            self.byte = 0;
            self.chr = 0;
        }
        let mut b = self.byte;
        let mut k = self.chr;
        while k < c && b < self.text.len() {
            b += 1;
            while b < self.text.len() && is_cont(self.text[b]) {
                b += 1;
            }
            k += 1;
        }
        self.byte = b;
        self.chr = k;
        b
    }
}
