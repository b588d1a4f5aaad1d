//! "Did you mean" for an uncaught `NameError` or `AttributeError`: the
//! candidate closest to the missing name by an edit distance in which a
//! change of case costs half an insertion, as CPython 3.11 chooses it.

use crate::gc::Roots;
use crate::objects::function::Args;
use crate::value::Value;
use molt_abi::CodeInfo;

/// Cost of inserting or deleting a byte.
const MOVE_COST: usize = 2;
/// Cost of replacing a byte by the same letter in the other case.
const CASE_COST: usize = 1;
/// Names longer than this (in bytes) are never suggested.
const MAX_NAME_BYTES: usize = 40;
/// With this many candidates or more, no suggestion is made.
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b` (UTF-8 bytes), or `max + 1` once
/// it is certain to exceed `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return max + 1;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if (long.len() - short.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the classic table: row[i] is the cost of turning the
    // first `i + 1` bytes of `short` into the part of `long` seen so far.
    let mut row: Vec<usize> = (1..=short.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &c) in long.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &s) in short.iter().enumerate() {
            let substitute = diagonal + substitution_cost(c, s);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max {
            return max + 1;
        }
    }
    result
}

/// The candidate closest to `name` (the first of equally close ones), if
/// any is close enough: at most a third of the characters involved may
/// differ.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// CPython 3.11's builtins, in the order of its `builtins` module dict,
/// which is the order NameError suggestions consider them in.
const BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// What CPython suggests for a NameError for `name` whose innermost
/// frame ran `code`: the closest of the function's local variable names,
/// else of its module's bound globals, else of the builtins.
pub fn for_name_error(name: &str, code: *const CodeInfo) -> Option<&'static str> {
    let varnames: Vec<&'static str> = crate::frames::code_text(code).varnames.lines().collect();
    let globals = crate::program::bound_globals(code);
    closest(name, &varnames)
        .or_else(|| closest(name, &globals))
        .or_else(|| closest(name, BUILTIN_NAMES))
}

/// What CPython suggests for an AttributeError for `name` on `obj`: the
/// closest of `dir(obj)`.
pub fn for_attribute_error(name: &str, obj: Value) -> Option<String> {
    let roots = Roots::new();
    let listed = crate::builtins::dir::dir(Value::NONE, Args::positional(&[obj]));
    let Ok(listed) = listed else {
        crate::exc::take_pending();
        return None;
    };
    roots.push(listed);
    let items = crate::objects::list::as_list(listed)?.borrow().clone();
    let names: Vec<&str> = items
        .iter()
        .filter_map(|v| crate::objects::str::as_str(*v))
        .collect();
    closest(name, &names).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn chooses_as_cpython_does() {
        // Expected answers are CPython 3.11's for the same sorted lists.
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            (
                "appnd",
                &["append", "extend", "insert", "pop"],
                Some("append"),
            ),
            ("lenght", &["height", "len", "length"], Some("height")),
            ("Foo", &["foo", "fooo"], Some("foo")),
            ("x", &["xx", "xy", "y"], Some("xx")),
            (
                "abcdefghij",
                &["abcdefghik", "bcdefghij"],
                Some("abcdefghik"),
            ),
            ("nme", &["me", "nam", "name"], Some("me")),
            ("vaule", &["value", "values"], Some("value")),
            ("a", &["b", "c"], None),
            ("ab", &["abc", "ba"], Some("abc")),
            ("color", &["Color", "colour"], Some("Color")),
            ("résumé", &["resume", "résume"], Some("résume")),
            ("cnt", &["cat", "cont", "count"], Some("cat")),
        ];
        for (name, cands, want) in cases {
            assert_eq!(closest(name, cands), *want, "{name}");
        }
    }

    #[test]
    fn too_many_candidates_gives_none() {
        let many: Vec<String> = (0..750).map(|i| format!("n{i}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(closest("n1x", &refs), None);
        assert_eq!(closest("n1x", &refs[..749]), Some("n1"));
    }
}
