//! Fuzzes the runtime's pure JSON decoder (`modules::json::scan::decode`, the
//! parser behind `json.loads`): it must never panic, and whatever it
//! accepts must survive a round trip (re-encoding the decoded tree and
//! decoding it again gives the same tree).

#![no_main]

use libfuzzer_sys::fuzz_target;
/// The runtime's own source file, compiled alone (the runtime crate
/// defines the C `main` of compiled programs, which a fuzzer cannot link).
#[path = "../../runtime/src/modules/json_scan.rs"]
#[allow(dead_code)]
mod json_scan;

use json_scan::{decode, encode_string, error_position, DecodeError, Sink};

#[derive(Debug, Clone, PartialEq)]
enum J {
    Null,
    Bool(bool),
    Str(String),
    Num(String),
    Const(&'static str),
    Arr(Vec<J>),
    Obj(Vec<(J, J)>),
}

/// Builds a tree; values live in an arena and the sink hands out indices.
#[derive(Default)]
struct Tree {
    arena: Vec<J>,
    depth: usize,
}

impl Tree {
    fn add(&mut self, j: J) -> Result<usize, ()> {
        self.arena.push(j);
        Ok(self.arena.len() - 1)
    }
}

impl Sink for Tree {
    type V = usize;
    type E = ();
    fn null(&mut self) -> Result<usize, ()> {
        self.add(J::Null)
    }
    fn boolean(&mut self, b: bool) -> Result<usize, ()> {
        self.add(J::Bool(b))
    }
    fn string(&mut self, s: &str) -> Result<usize, ()> {
        self.add(J::Str(s.to_string()))
    }
    fn key(&mut self, s: &str) -> Result<usize, ()> {
        self.add(J::Str(s.to_string()))
    }
    fn number(&mut self, t: &str, is_float: bool) -> Result<usize, ()> {
        // What the scanner matched must be a number Rust's parsers accept.
        if is_float {
            assert!(t.parse::<f64>().is_ok(), "bad float {t:?}");
        } else {
            assert!(t.bytes().enumerate().all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == b'-')));
        }
        self.add(J::Num(t.to_string()))
    }
    fn constant(&mut self, n: &'static str) -> Result<usize, ()> {
        self.add(J::Const(n))
    }
    fn enter(&mut self, _is_object: bool) -> Result<(), ()> {
        self.depth += 1;
        if self.depth > 2000 {
            Err(())
        } else {
            Ok(())
        }
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }
    fn array(&mut self, items: &[usize]) -> Result<usize, ()> {
        let v = items.iter().map(|&i| self.arena[i].clone()).collect();
        self.add(J::Arr(v))
    }
    fn object(&mut self, kv: &[usize]) -> Result<usize, ()> {
        assert!(kv.len() % 2 == 0);
        let v = kv
            .chunks_exact(2)
            .map(|p| (self.arena[p[0]].clone(), self.arena[p[1]].clone()))
            .collect();
        self.add(J::Obj(v))
    }
}

fn write(j: &J, out: &mut String) {
    match j {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Str(s) => encode_string(out, s, true),
        J::Num(t) => out.push_str(t),
        J::Const(c) => out.push_str(c),
        J::Arr(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(x, out);
            }
            out.push(']');
        }
        J::Obj(kv) => {
            out.push('{');
            for (i, (k, v)) in kv.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(k, out);
                out.push_str(": ");
                write(v, out);
            }
            out.push('}');
        }
    }
}

fn check(s: &str, strict: bool) {
    let mut t = Tree::default();
    match decode(s, strict, &mut t) {
        Ok(root) => {
            assert_eq!(t.depth, 0);
            let tree = t.arena[root].clone();
            let mut out = String::new();
            write(&tree, &mut out);
            let mut t2 = Tree::default();
            let again = decode(&out, true, &mut t2).expect("re-encoded JSON must decode");
            assert_eq!(t2.arena[again], tree);
        }
        Err(DecodeError::Syntax(_, pos)) | Err(DecodeError::LoneSurrogate(pos)) => {
            assert!(pos <= s.len());
            let (chars, line, col) = error_position(s, pos);
            assert!(chars <= s.chars().count() && line >= 1 && col >= 1);
        }
        Err(DecodeError::Sink(())) => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text, true);
    check(&text, false);
});
