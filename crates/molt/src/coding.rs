//! PEP 263 encoding declarations (`# -*- coding: latin-1 -*-` on the first
//! or second line). Molt reads every source file as UTF-8, so it accepts a
//! UTF-8 declaration, and an ASCII-compatible one on a file that is plain
//! ASCII (both read the same); any other declaration is refused, as
//! CPython refuses one naming no codec ("encoding problem: ...").

/// The encoding a line declares, if it is a coding comment.
fn declared(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches([' ', '\t', '\x0c']);
    let comment = rest.strip_prefix('#')?;
    let at = comment
        .match_indices("coding")
        .map(|(i, _)| i + "coding".len())
        .find(|&i| matches!(comment.as_bytes().get(i), Some(b':' | b'=')))?;
    let value = comment[at + 1..].trim_start_matches([' ', '\t']);
    let end = value
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
        .unwrap_or(value.len());
    (end > 0).then(|| &value[..end])
}

/// Whether a line holds nothing but whitespace and maybe a comment.
fn blank_or_comment(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t', '\x0c']);
    t.is_empty() || t.starts_with('#') || t == "\r"
}

/// CPython's normalised name: lowercase, `_` as `-`, UTF-8 and Latin-1
/// spellings folded.
fn normal_name(name: &str) -> String {
    let n: String = name.to_ascii_lowercase().replace('_', "-");
    if n == "utf-8" || n.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if n == latin || n.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    n
}

/// Codecs that read ASCII text as ASCII.
fn ascii_compatible(n: &str) -> bool {
    let numbered = |prefix: &str, range: std::ops::RangeInclusive<u32>| {
        n.strip_prefix(prefix)
            .and_then(|d| d.parse::<u32>().ok())
            .is_some_and(|d| range.contains(&d))
    };
    matches!(n, "ascii" | "us-ascii" | "646" | "latin1" | "l1" | "utf8")
        || numbered("iso-8859-", 1..=16)
        || numbered("iso8859-", 1..=16)
        || numbered("cp", 1250..=1258)
        || numbered("windows-", 1250..=1258)
}

/// Checks the declaration of `text`, if any: `Err((line, message))`.
pub fn check(text: &str) -> Result<(), (usize, String)> {
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("");
    let (line, name) = match declared(first) {
        Some(n) => (1, n),
        None if blank_or_comment(first) => match lines.next().and_then(declared) {
            Some(n) => (2, n),
            None => return Ok(()),
        },
        None => return Ok(()),
    };
    let n = normal_name(name);
    if n == "utf-8" || (ascii_compatible(&n) || n == "iso-8859-1") && text.is_ascii() {
        return Ok(());
    }
    if ascii_compatible(&n) || n == "iso-8859-1" {
        return Err((
            line,
            format!("source encoding '{name}' is not supported: Molt reads source files as UTF-8"),
        ));
    }
    Err((line, format!("encoding problem: {name}")))
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn declarations() {
        assert!(check("# -*- coding: utf-8 -*-\nx = 1\n").is_ok());
        assert!(check("#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\n").is_ok());
        assert!(check("x = 1\n# coding: frequency\n").is_ok());
        assert_eq!(
            check("# Huffman coding: frequency counting\n"),
            Err((1, "encoding problem: frequency".into()))
        );
        assert!(check("# coding=latin-1\ns = 'é'\n").is_err());
        assert!(check("# coding: UTF_8\n").is_ok());
    }
}
