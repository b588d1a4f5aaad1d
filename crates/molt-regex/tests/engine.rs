//! Engine-level checks: results against values CPython 3.11 gives, and
//! the properties the runtime relies on (no native recursion on long
//! subjects, errors instead of panics).

use molt_regex::{Anchor, Cache, CompileError, Regex, Unicode};

fn compile(p: &str, flags: u32) -> Result<Regex, CompileError> {
    let pts: Vec<u32> = p.chars().map(|c| c as u32).collect();
    Regex::new(&pts, false, flags, Unicode::std())
}

fn search(p: &str, s: &str) -> Option<(usize, usize)> {
    let re = compile(p, 0).expect("compiles");
    let mut c = Cache::new();
    re.exec(s.as_bytes(), 0, s.len(), None, false, &mut c)
        .then(|| (c.regs[0], c.regs[1]))
}

fn err(p: &str) -> (String, Option<usize>) {
    match compile(p, 0) {
        Err(CompileError::Re(e)) => (e.msg, e.pos),
        Err(other) => panic!("unexpected {other:?}"),
        Ok(_) => panic!("{p} compiled"),
    }
}

#[test]
fn leftmost_first_alternative_wins() {
    assert_eq!(search("a|ab", "xab"), Some((1, 2)));
    assert_eq!(search("(a|ab)(c|bcd)", "abcd"), Some((0, 4)));
    assert_eq!(search("a*?b", "aaab"), Some((0, 4)));
}

#[test]
fn anchors_follow_python() {
    assert_eq!(search("a$", "a\n"), Some((0, 1)));
    assert_eq!(search("a\\Z", "a\n"), None);
    assert_eq!(search("(?m)^b", "a\nb"), Some((2, 3)));
    assert_eq!(search("\\b", ""), None);
}

#[test]
fn lookaround_backrefs_and_atomic_groups() {
    assert_eq!(search("(?<=\\$)\\d+", "cost $30"), Some((6, 8)));
    assert_eq!(search("(\\w)\\1", "abccd"), Some((2, 4)));
    assert_eq!(search("(?>a+)ab", "aaab"), None);
    assert_eq!(search("a++b", "aab"), Some((0, 3)));
    assert_eq!(search("(a)?(?(1)b|c)", "c"), Some((0, 1)));
}

#[test]
fn positions_are_byte_offsets_on_utf8() {
    assert_eq!(search("é+", "aééb"), Some((1, 5)));
    assert_eq!(search("(?i)É", "xé"), Some((1, 3)));
}

#[test]
fn long_subjects_do_not_recurse() {
    let s = "ab".repeat(500_000);
    assert_eq!(search("\\A(a|b)*c", &s), None);
    assert_eq!(search("\\A(?:a|b)*$", &s), Some((0, s.len())));
    let re = compile("(a|b)*", 0).expect("compiles");
    let mut c = Cache::new();
    assert!(re.exec(s.as_bytes(), 0, s.len(), Some(Anchor::Full), false, &mut c));
    assert_eq!(c.regs[2], s.len() - 1);
}

#[test]
fn errors_carry_cpython_messages() {
    assert_eq!(
        err("(a"),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(err("*"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(err("ab)"), ("unbalanced parenthesis".into(), Some(2)));
    assert_eq!(err("\\q"), ("bad escape \\q".into(), Some(0)));
    assert_eq!(
        err("(?<=a+)"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    let deep = "(".repeat(5000) + &")".repeat(5000);
    assert!(matches!(compile(&deep, 0), Err(CompileError::Recursion)));
}

#[test]
fn step_limit_stops_catastrophic_patterns() {
    let re = compile("(a*)*b", 0).expect("compiles");
    let s = "a".repeat(40);
    let mut c = Cache::new();
    c.step_limit = 10_000;
    assert!(!re.exec(s.as_bytes(), 0, s.len(), None, false, &mut c));
    assert!(c.exceeded);
}

#[test]
fn deepest_accepted_nesting_fits_a_small_stack() {
    let p = "(".repeat(99) + "a" + &")".repeat(99);
    let s = "a".to_string();
    assert_eq!(search(&p, &s), Some((0, 1)));
}

#[test]
fn an_optional_iteration_may_follow_an_empty_mandatory_one() {
    // CPython: re.search("(a*?){1,2}", "a b") with the previous match
    // empty at 0 gives span (0, 1) and group 1 'a'.
    let re = compile("(a*?){1,2}", 0).expect("compiles");
    let mut c = Cache::new();
    let s = "a b";
    assert!(re.exec(s.as_bytes(), 0, s.len(), None, true, &mut c));
    assert_eq!(&c.regs[..4], &[0, 1, 0, 1]);
}
