//! Checks `str_methods` against expectations generated from CPython 3.11.7 by
//! `gen/gen_test_vectors.py` (tests/data/*.txt).
use crate::objects::str_methods as sm;
use crate::objects::str_methods::{StrError, StrErrorKind};

type CaseFn = fn(&str) -> String;

fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'));
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex");
                out.push(char::from_u32(cp).expect("scalar"));
            }
            other => panic!("bad escape {other:?}"),
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Val {
    S(String),
    N,
    I(i64),
    B(bool),
    E(String, String),
}

fn parse(f: &str) -> Val {
    if f == "n" {
        Val::N
    } else if let Some(r) = f.strip_prefix("s:") {
        Val::S(unesc(r))
    } else if let Some(r) = f.strip_prefix("i:") {
        Val::I(r.parse().expect("int"))
    } else if let Some(r) = f.strip_prefix("b:") {
        Val::B(r == "1")
    } else if let Some(r) = f.strip_prefix("e:") {
        let (k, m) = r.split_once(':').expect("err");
        Val::E(k.to_string(), unesc(m))
    } else {
        panic!("bad field {f}")
    }
}

fn err(e: StrError) -> Vec<Val> {
    let k = match e.kind {
        StrErrorKind::ValueError => "ValueError",
        StrErrorKind::TypeError => "TypeError",
        StrErrorKind::OverflowError => "OverflowError",
        StrErrorKind::MemoryError => "MemoryError",
    };
    vec![Val::E(k.to_string(), e.msg)]
}

fn strs(v: Result<Vec<String>, StrError>) -> Vec<Val> {
    match v {
        Ok(v) => v.into_iter().map(Val::S).collect(),
        Err(e) => err(e),
    }
}

fn one(v: Result<String, StrError>) -> Vec<Val> {
    match v {
        Ok(s) => vec![Val::S(s)],
        Err(e) => err(e),
    }
}

fn triple(v: Result<(String, String, String), StrError>) -> Vec<Val> {
    match v {
        Ok((a, b, c)) => vec![Val::S(a), Val::S(b), Val::S(c)],
        Err(e) => err(e),
    }
}

fn s(v: &Val) -> &str {
    match v {
        Val::S(s) => s,
        other => panic!("expected str, got {other:?}"),
    }
}
fn os(v: &Val) -> Option<&str> {
    match v {
        Val::N => None,
        other => Some(s(other)),
    }
}
fn oi(v: &Val) -> Option<i64> {
    match v {
        Val::N => None,
        Val::I(i) => Some(*i),
        other => panic!("expected int, got {other:?}"),
    }
}
fn i(v: &Val) -> i64 {
    oi(v).expect("int required")
}
fn b(v: &Val) -> bool {
    match v {
        Val::B(b) => *b,
        other => panic!("expected bool, got {other:?}"),
    }
}
fn ch(v: &Val) -> char {
    s(v).chars().next().expect("fill char")
}

fn run(op: &str, a: &[Val]) -> Vec<Val> {
    let pred = |f: fn(&str) -> bool| vec![Val::B(f(s(&a[0])))];
    let text = |f: fn(&str) -> String| vec![Val::S(f(s(&a[0])))];
    let search = |f: fn(&str, &str, Option<i64>, Option<i64>) -> i64| {
        vec![Val::I(f(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])))]
    };
    match op {
        "split" => strs(sm::split(s(&a[0]), os(&a[1]), i(&a[2]))),
        "rsplit" => strs(sm::rsplit(s(&a[0]), os(&a[1]), i(&a[2]))),
        "splitlines" => strs(Ok(sm::splitlines(s(&a[0]), b(&a[1])))),
        "partition" => triple(sm::partition(s(&a[0]), s(&a[1]))),
        "rpartition" => triple(sm::rpartition(s(&a[0]), s(&a[1]))),
        "strip" => vec![Val::S(sm::strip(s(&a[0]), os(&a[1])))],
        "lstrip" => vec![Val::S(sm::lstrip(s(&a[0]), os(&a[1])))],
        "rstrip" => vec![Val::S(sm::rstrip(s(&a[0]), os(&a[1])))],
        "replace" => one(sm::replace(s(&a[0]), s(&a[1]), s(&a[2]), i(&a[3]))),
        "find" => search(sm::find),
        "rfind" => search(sm::rfind),
        "count" => search(sm::count),
        "index" => match sm::index(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])) {
            Ok(v) => vec![Val::I(v)],
            Err(e) => err(e),
        },
        "rindex" => match sm::rindex(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])) {
            Ok(v) => vec![Val::I(v)],
            Err(e) => err(e),
        },
        "startswith" => vec![Val::B(sm::startswith(
            s(&a[0]),
            s(&a[1]),
            oi(&a[2]),
            oi(&a[3]),
        ))],
        "endswith" => vec![Val::B(sm::endswith(
            s(&a[0]),
            s(&a[1]),
            oi(&a[2]),
            oi(&a[3]),
        ))],
        "upper" => text(sm::upper),
        "lower" => text(sm::lower),
        "casefold" => text(sm::casefold),
        "swapcase" => text(sm::swapcase),
        "title" => text(sm::title),
        "capitalize" => text(sm::capitalize),
        "repr" => text(sm::str_repr),
        "isalpha" => pred(sm::isalpha),
        "isalnum" => pred(sm::isalnum),
        "isdigit" => pred(sm::isdigit),
        "isdecimal" => pred(sm::isdecimal),
        "isnumeric" => pred(sm::isnumeric),
        "isspace" => pred(sm::isspace),
        "islower" => pred(sm::islower),
        "isupper" => pred(sm::isupper),
        "istitle" => pred(sm::istitle),
        "isidentifier" => pred(sm::isidentifier),
        "isprintable" => pred(sm::isprintable),
        "isascii" => pred(sm::isascii),
        "center" => one(sm::center(s(&a[0]), i(&a[1]), ch(&a[2]))),
        "ljust" => one(sm::ljust(s(&a[0]), i(&a[1]), ch(&a[2]))),
        "rjust" => one(sm::rjust(s(&a[0]), i(&a[1]), ch(&a[2]))),
        "zfill" => one(sm::zfill(s(&a[0]), i(&a[1]))),
        "expandtabs" => one(sm::expandtabs(s(&a[0]), i(&a[1]))),
        "slice" => {
            let st = s(&a[0]);
            let len = i64::try_from(sm::cp_len(st)).expect("len");
            match sm::slice_indices(len, oi(&a[1]), oi(&a[2]), oi(&a[3])) {
                Ok((x, y, z, n)) => vec![
                    Val::I(x),
                    Val::I(y),
                    Val::I(z),
                    Val::I(n),
                    Val::S(sm::cp_slice(st, x, y, z)),
                ],
                Err(e) => err(e),
            }
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn string_vectors_match_cpython() {
    let data = include_str!("../../tests/str_methods_data/vectors.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|&f| f == "=>").expect("=>");
        let args: Vec<Val> = fields[1..arrow].iter().map(|f| parse(f)).collect();
        let want: Vec<Val> = fields[arrow + 1..].iter().map(|f| parse(f)).collect();
        let got = run(fields[0], &args);
        if got != want {
            failures.push(format!("{line}\n   got {got:?}"));
        }
        n += 1;
    }
    assert!(n > 5000, "only {n} vectors");
    assert!(
        failures.is_empty(),
        "{} of {n} vectors failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn char_preds(x: char) -> u64 {
    let c = x.to_string();
    let c = c.as_str();
    let lower_at = |t: String, idx: usize| t.chars().nth(idx);
    let last = |t: String| t.chars().last();
    let preds: [bool; 28] = [
        sm::isalpha(c),
        sm::isalnum(c),
        sm::isdecimal(c),
        sm::isdigit(c),
        sm::isnumeric(c),
        sm::isspace(c),
        sm::islower(c),
        sm::isupper(c),
        sm::istitle(c),
        sm::isidentifier(c),
        sm::isprintable(c),
        sm::isascii(c),
        sm::isidentifier(&format!("a{c}")),
        sm::isidentifier(&format!("_{c}")),
        sm::istitle(&format!("A{c}")),
        sm::istitle(&format!("a{c}")),
        sm::istitle(&format!("{c}a")),
        sm::istitle(&format!("{c}A")),
        sm::islower(&format!("a{c}")),
        sm::isupper(&format!("A{c}")),
        last(sm::lower(&format!("A{c}\u{3a3}"))) == Some('\u{3c2}'),
        last(sm::lower(&format!("{c}\u{3a3}"))) == Some('\u{3c2}'),
        lower_at(sm::lower(&format!("A\u{3a3}{c}")), 1) == Some('\u{3c2}'),
        lower_at(sm::lower(&format!("A\u{3a3}{c}b")), 1) == Some('\u{3c2}'),
        last(sm::title(&format!("{c}a"))) == Some('a'),
        sm::str_repr(c) == format!("'{c}'"),
        sm::split(c, None, -1).map(|v| v.is_empty()) == Ok(true),
        sm::splitlines(&format!("a{c}b"), false).len() == 2,
    ];
    preds
        .iter()
        .enumerate()
        .fold(0u64, |acc, (i, &p)| acc | (u64::from(p) << i))
}

#[test]
fn every_code_point_below_0x30000_matches_cpython() {
    let data = include_str!("../../tests/str_methods_data/chars.txt");
    let mut runs: Vec<(u32, u64)> = Vec::new();
    let mut maps: std::collections::HashMap<(u32, &str), String> = Default::default();
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "R" => runs.push((
                u32::from_str_radix(f[1], 16).expect("cp"),
                u64::from_str_radix(f[2], 16).expect("bits"),
            )),
            "M" => {
                maps.insert(
                    (u32::from_str_radix(f[1], 16).expect("cp"), f[2]),
                    unesc(f[3]),
                );
            }
            _ => {}
        }
    }
    let mut failures = Vec::new();
    let mut checked = 0u32;
    let mut ri = 0;
    for cp in 0..0x30000u32 {
        let Some(x) = char::from_u32(cp) else {
            continue;
        };
        while ri + 1 < runs.len() && runs[ri + 1].0 <= cp {
            ri += 1;
        }
        let want = runs[ri].1;
        let got = char_preds(x);
        if got != want {
            failures.push(format!(
                "U+{cp:04X}: got {got:#x} want {want:#x} diff {:#x}",
                got ^ want
            ));
        }
        let xs = x.to_string();
        let ops: [(&str, CaseFn); 6] = [
            ("upper", sm::upper),
            ("lower", sm::lower),
            ("casefold", sm::casefold),
            ("title", sm::title),
            ("swapcase", sm::swapcase),
            ("capitalize", sm::capitalize),
        ];
        for (name, f) in ops {
            let want = maps.get(&(cp, name)).cloned().unwrap_or_else(|| xs.clone());
            let got = f(&xs);
            if got != want {
                failures.push(format!("U+{cp:04X} {name}: got {got:?} want {want:?}"));
            }
        }
        checked += 1;
    }
    assert!(checked > 0x2f000);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
