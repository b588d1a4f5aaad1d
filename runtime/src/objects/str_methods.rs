//! Python `str` methods as pure functions over Rust `&str`, reproducing CPython 3.11.
//!
//! Python strings are sequences of code points, so every index, length, width and count in
//! this API is measured in code points (Rust `char`s), never in UTF-8 bytes. Functions take
//! already-unboxed arguments (`Option` stands for Python's `None` / an omitted argument) and
//! return plain Rust values; wiring them to Python objects is the caller's job.
//!
//! Unicode behaviour (character classes, full case mappings, final-sigma context, printability)
//! comes from tables in `str_methods/unicode_data.rs`, generated from CPython 3.11 itself
//! (Unicode 14.0) by `gen/gen_unicode_data.py`. Rust's own `char` methods are deliberately not
//! used, since they follow a newer Unicode version than CPython 3.11.
//!
//! Errors carry CPython's exception type and message text (see [`StrError`]). Allocation
//! failures for huge requested sizes are reported as `MemoryError` instead of aborting.
//! Nothing here panics on any input.
//!
//! Known limitation: Rust strings cannot hold lone surrogates (U+D800..U+DFFF), which Python
//! strings can; such strings are outside this module's domain.

mod unicode_data;

use std::collections::TryReserveError;
use unicode_data as ud;

/// Python exception type of a [`StrError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
}

/// A Python exception raised by one of these methods: type plus CPython's message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrError {
    pub kind: StrErrorKind,
    pub msg: String,
}

impl StrError {
    fn new(kind: StrErrorKind, msg: &str) -> Self {
        StrError {
            kind,
            msg: msg.to_string(),
        }
    }
    fn value(msg: &str) -> Self {
        Self::new(StrErrorKind::ValueError, msg)
    }
    fn memory() -> Self {
        Self::new(StrErrorKind::MemoryError, "")
    }
}

impl std::fmt::Display for StrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for StrError {}

impl From<TryReserveError> for StrError {
    fn from(_: TryReserveError) -> Self {
        StrError::memory()
    }
}

type StrResult<T> = Result<T, StrError>;

// ---------------------------------------------------------------------------------------------
// Character properties
// ---------------------------------------------------------------------------------------------

fn flags(c: char) -> u16 {
    let cp = c as u32;
    let idx = ud::FLAG_RUNS.partition_point(|&(start, _)| start <= cp);
    match idx.checked_sub(1).and_then(|i| ud::FLAG_RUNS.get(i)) {
        Some(&(_, f)) => f,
        None => 0,
    }
}

fn has(c: char, mask: u16) -> bool {
    flags(c) & mask != 0
}

/// Python's `str.isspace` for one character (also the whitespace of `split()`/`strip()`).
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x20')
    } else {
        has(c, ud::SPACE)
    }
}

/// Python's line boundaries (`str.splitlines`).
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, v)| v)
}

fn push_mapped(out: &mut String, table: &'static [(u32, &'static str)], c: char) {
    match lookup_map(table, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at `chars[i]` is in final position (Unicode's Final_Sigma).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    loop {
        if j == 0 {
            return false;
        }
        j -= 1;
        let f = chars.get(j).map_or(0, |&c| flags(c));
        if f & ud::CASE_IGNORABLE != 0 {
            continue;
        }
        if f & ud::CASED == 0 {
            return false;
        }
        break;
    }
    for &c in chars.iter().skip(i + 1) {
        let f = flags(c);
        if f & ud::CASE_IGNORABLE != 0 {
            continue;
        }
        return f & ud::CASED == 0;
    }
    true
}

/// Lowercase `chars[i]` into `out`, honouring final sigma.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    match chars.get(i) {
        Some(&CAPITAL_SIGMA) => out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        }),
        Some(&c) => push_mapped(out, ud::LOWER_MAP, c),
        None => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Code point indexing helpers
// ---------------------------------------------------------------------------------------------

/// Number of code points in `s` (Python's `len(s)`).
pub fn cp_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn len_i64(s: &str) -> i64 {
    i64::try_from(cp_len(s)).unwrap_or(i64::MAX)
}

/// Byte offset of code point index `cp` (clamped to `s.len()`).
fn byte_offset(s: &str, cp: i64) -> usize {
    let cp = match usize::try_from(cp) {
        Ok(v) => v,
        Err(_) => return 0,
    };
    if s.is_ascii() {
        return cp.min(s.len());
    }
    s.char_indices().nth(cp).map_or(s.len(), |(b, _)| b)
}

/// Code point count of a byte prefix.
fn cp_count_bytes(s: &str, bytes: usize) -> i64 {
    let n = s.get(..bytes).map_or(0, cp_len);
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Python's `slice.indices(len)` for `slice(start, stop, step)`, plus the slice length:
/// returns `(start, stop, step, slicelength)`.
pub fn slice_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> StrResult<(i64, i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(StrError::value("slice step cannot be zero"));
    }
    if len < 0 {
        return Err(StrError::value("length should not be negative"));
    }
    let neg = step < 0;
    let (lower, upper) = if neg { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = adjust(start, if neg { upper } else { lower });
    let stop = adjust(stop, if neg { lower } else { upper });
    let (s, e, st) = (i128::from(start), i128::from(stop), i128::from(step));
    let n = if neg {
        if e < s {
            (s - e - 1) / (-st) + 1
        } else {
            0
        }
    } else if s < e {
        (e - s - 1) / st + 1
    } else {
        0
    };
    Ok((start, stop, step, i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `s[start:stop:step]` for indices already normalized by [`slice_indices`]. Out-of-range
/// positions are skipped rather than panicking; `step == 0` yields `""`.
pub fn cp_slice(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    if step == 1 {
        if stop <= start {
            return String::new();
        }
        let b0 = byte_offset(s, start);
        let b1 = byte_offset(s, stop);
        return s.get(b0..b1).unwrap_or("").to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let len = i64::try_from(chars.len()).unwrap_or(i64::MAX);
    // Clamp into the range `slice.indices` can produce, so bogus input cannot loop for long.
    let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
    let (mut i, stop) = (start.clamp(lo, hi), stop.clamp(lo, hi));
    let mut out = String::new();
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        if let Some(&c) = usize::try_from(i).ok().and_then(|u| chars.get(u)) {
            out.push(c);
        }
        i = match i.checked_add(step) {
            Some(v) => v,
            None => break,
        };
    }
    out
}

/// CPython's ADJUST_INDICES for find/count/startswith: `end` is clamped, `start` only from below.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// Returns the byte range of `s[start:end]` when it can contain `sub`, else `None`.
fn search_window(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize, i64)> {
    let len = len_i64(s);
    let (start, end) = adjust_indices(start, end, len);
    let sublen = len_i64(sub);
    if end.saturating_sub(start) < sublen {
        return None;
    }
    Some((byte_offset(s, start), byte_offset(s, end), start))
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// `s.find(sub, start, end)`; `-1` when not found.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((b0, b1, cp0)) = search_window(s, sub, start, end) else {
        return -1;
    };
    let hay = s.get(b0..b1).unwrap_or("");
    match hay.find(sub) {
        Some(b) => cp0 + cp_count_bytes(hay, b),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`; `-1` when not found.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((b0, b1, cp0)) = search_window(s, sub, start, end) else {
        return -1;
    };
    let hay = s.get(b0..b1).unwrap_or("");
    match hay.rfind(sub) {
        Some(b) => cp0 + cp_count_bytes(hay, b),
        None => -1,
    }
}

/// `s.index(sub, start, end)`: like [`find`] but raises `ValueError`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but raises `ValueError`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let len = len_i64(s);
    let (st, en) = adjust_indices(start, end, len);
    let Some((b0, b1, _)) = search_window(s, sub, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return en.saturating_sub(st).saturating_add(1);
    }
    let hay = s.get(b0..b1).unwrap_or("");
    i64::try_from(hay.matches(sub).count()).unwrap_or(i64::MAX)
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller iterates tuples).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match search_window(s, prefix, start, end) {
        Some((b0, b1, _)) => s.get(b0..b1).unwrap_or("").starts_with(prefix),
        None => false,
    }
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller iterates tuples).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match search_window(s, suffix, start, end) {
        Some((b0, b1, _)) => s.get(b0..b1).unwrap_or("").ends_with(suffix),
        None => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------------------------

fn empty_sep() -> StrError {
    StrError::value("empty separator")
}

fn max_splits(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> StrResult<Vec<String>> {
    let limit = max_splits(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_sep()),
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match rest.find(sep) {
                    Some(b) => {
                        out.push(rest.get(..b).unwrap_or("").to_string());
                        rest = rest.get(b + sep.len()..).unwrap_or("");
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
        }
        None => {
            let mut rest = s;
            loop {
                rest = rest.trim_start_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if out.len() >= limit {
                    out.push(rest.to_string());
                    break;
                }
                let b = rest.find(is_space).unwrap_or(rest.len());
                out.push(rest.get(..b).unwrap_or("").to_string());
                rest = rest.get(b..).unwrap_or("");
            }
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> StrResult<Vec<String>> {
    let limit = max_splits(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_sep()),
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match rest.rfind(sep) {
                    Some(b) => {
                        out.push(rest.get(b + sep.len()..).unwrap_or("").to_string());
                        rest = rest.get(..b).unwrap_or("");
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
        }
        None => {
            let mut rest = s;
            loop {
                rest = rest.trim_end_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if out.len() >= limit {
                    out.push(rest.to_string());
                    break;
                }
                let b = rest
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| is_space(c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push(rest.get(b..).unwrap_or("").to_string());
                rest = rest.get(..b).unwrap_or("");
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)` with all of Python's line boundaries (`\r\n` counts as one).
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line_start = 0usize;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol_end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                eol_end += 1;
            }
        }
        let line_end = if keepends { eol_end } else { i };
        out.push(s.get(line_start..line_end).unwrap_or("").to_string());
        line_start = eol_end;
    }
    if line_start < s.len() {
        out.push(s.get(line_start..).unwrap_or("").to_string());
    }
    out
}

/// `s.partition(sep)`.
pub fn partition(s: &str, sep: &str) -> StrResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.find(sep) {
        Some(b) => (
            s.get(..b).unwrap_or("").to_string(),
            sep.to_string(),
            s.get(b + sep.len()..).unwrap_or("").to_string(),
        ),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition(s: &str, sep: &str) -> StrResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.rfind(sep) {
        Some(b) => (
            s.get(..b).unwrap_or("").to_string(),
            sep.to_string(),
            s.get(b + sep.len()..).unwrap_or("").to_string(),
        ),
        None => (String::new(), String::new(), s.to_string()),
    })
}

// ---------------------------------------------------------------------------------------------
// Stripping and replacing
// ---------------------------------------------------------------------------------------------

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip(s: &str, chars: Option<&str>) -> String {
    match chars {
        None => s.trim_matches(is_space).to_string(),
        Some(set) => s.trim_matches(|c| set.contains(c)).to_string(),
    }
}

/// `s.lstrip(chars)`; `None` strips Python whitespace.
pub fn lstrip(s: &str, chars: Option<&str>) -> String {
    match chars {
        None => s.trim_start_matches(is_space).to_string(),
        Some(set) => s.trim_start_matches(|c| set.contains(c)).to_string(),
    }
}

/// `s.rstrip(chars)`; `None` strips Python whitespace.
pub fn rstrip(s: &str, chars: Option<&str>) -> String {
    match chars {
        None => s.trim_end_matches(is_space).to_string(),
        Some(set) => s.trim_end_matches(|c| set.contains(c)).to_string(),
    }
}

fn too_long_replace() -> StrError {
    StrError::new(StrErrorKind::OverflowError, "replace string is too long")
}

/// `s.replace(old, new, count)`; `count < 0` replaces all. An empty `old` inserts `new`
/// before every code point and at the end (up to `count` times).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> StrResult<String> {
    let limit = max_splits(count);
    if limit == 0 {
        return Ok(s.to_string());
    }
    if old.is_empty() {
        let slots = cp_len(s).saturating_add(1);
        let n = slots.min(limit);
        let cap = new
            .len()
            .checked_mul(n)
            .and_then(|v| v.checked_add(s.len()))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_long_replace)?;
        let mut out = String::new();
        out.try_reserve_exact(cap)?;
        let mut done = 0usize;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    let n = s.matches(old).take(limit).count();
    if n == 0 {
        return Ok(s.to_string());
    }
    let cap = (s.len() - old.len().saturating_mul(n).min(s.len()))
        .checked_add(new.len().checked_mul(n).ok_or_else(too_long_replace)?)
        .filter(|&v| v <= isize::MAX as usize)
        .ok_or_else(too_long_replace)?;
    let mut out = String::new();
    out.try_reserve_exact(cap)?;
    let mut last = 0usize;
    for (b, _) in s.match_indices(old).take(n) {
        out.push_str(s.get(last..b).unwrap_or(""));
        out.push_str(new);
        last = b + old.len();
    }
    out.push_str(s.get(last..).unwrap_or(""));
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------------------------

/// `s.upper()` with full (special-casing) mappings, e.g. `'ß'` -> `"SS"`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, ud::UPPER_MAP, c);
    }
    out
}

/// `s.lower()` with full mappings and final-sigma handling.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, ud::FOLD_MAP, c);
    }
    out
}

/// `s.swapcase()`: uppercase characters are lowercased, lowercase ones uppercased; titlecase
/// and uncased characters are kept.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let f = flags(c);
        if f & ud::UPPER != 0 {
            push_lower_at(&mut out, &chars, i);
        } else if f & ud::LOWER != 0 {
            push_mapped(&mut out, ud::UPPER_MAP, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_mapped(&mut out, ud::TITLE_MAP, c);
        }
        prev_cased = has(c, ud::CASED);
    }
    out
}

/// `s.capitalize()` (3.8+): first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_mapped(&mut out, ud::TITLE_MAP, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

fn all_nonempty(s: &str, mask: u16) -> bool {
    !s.is_empty() && s.chars().all(|c| has(c, mask))
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, ud::ALPHA)
}

/// `s.isalnum()`: every character is alpha, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, ud::ALPHA | ud::DECIMAL | ud::DIGIT | ud::NUMERIC)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, ud::DECIMAL)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, ud::DIGIT)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, ud::NUMERIC)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_space)
}

/// `s.islower()`: at least one cased character and no uppercase/titlecase ones.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (ud::UPPER | ud::TITLE) != 0 {
            return false;
        }
        if f & ud::LOWER != 0 {
            cased = true;
        }
    }
    cased
}

/// `s.isupper()`: at least one cased character and no lowercase/titlecase ones.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (ud::LOWER | ud::TITLE) != 0 {
            return false;
        }
        if f & ud::UPPER != 0 {
            cased = true;
        }
    }
    cased
}

/// `s.istitle()`: upper/titlecase only after uncased characters, lowercase only after cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (ud::UPPER | ud::TITLE) != 0 {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if f & ud::LOWER != 0 {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if has(c, ud::XID_START) => it.all(|c| has(c, ud::XID_CONTINUE)),
        _ => false,
    }
}

/// `s.isprintable()` (true for `""`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(|c| has(c, ud::PRINTABLE))
}

/// `s.isascii()` (true for `""`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

// ---------------------------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------------------------

fn pad(s: &str, left: usize, right: usize, fill: char) -> StrResult<String> {
    let fill_bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(StrError::memory)?;
    let mut out = String::new();
    out.try_reserve_exact(fill_bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Padding needed to reach `width`, or `None` when `s` is already wide enough.
fn margin(s: &str, width: i64) -> Option<(usize, i64)> {
    let len = len_i64(s);
    if width <= len {
        return None;
    }
    usize::try_from(width - len).ok().map(|m| (m, width))
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fillchar: char) -> StrResult<String> {
    match margin(s, width) {
        Some((m, _)) => pad(s, 0, m, fillchar),
        None => Ok(s.to_string()),
    }
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fillchar: char) -> StrResult<String> {
    match margin(s, width) {
        Some((m, _)) => pad(s, m, 0, fillchar),
        None => Ok(s.to_string()),
    }
}

/// `s.center(width, fillchar)`; an odd margin puts the extra fill character on the left
/// only when `width` is odd (CPython's rule).
pub fn center(s: &str, width: i64, fillchar: char) -> StrResult<String> {
    match margin(s, width) {
        Some((m, w)) => {
            let left = m / 2 + (m & (w as usize) & 1);
            pad(s, left, m - left, fillchar)
        }
        None => Ok(s.to_string()),
    }
}

/// `s.zfill(width)`: left-pads with `'0'`, keeping a leading `+`/`-` sign in front.
pub fn zfill(s: &str, width: i64) -> StrResult<String> {
    let Some((m, _)) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let mut out = pad("", m, 0, '0')?;
    out.try_reserve_exact(s.len())?;
    match s.chars().next() {
        Some(sign @ ('+' | '-')) => {
            out.replace_range(0..1, sign.encode_utf8(&mut [0u8; 4]));
            out.push('0');
            out.push_str(s.get(1..).unwrap_or(""));
        }
        _ => out.push_str(s),
    }
    Ok(out)
}

/// `s.expandtabs(tabsize)`. `tabsize` is a C `int` in CPython: values outside `i32` raise
/// `OverflowError`. Columns reset after `\n` and `\r`; `tabsize <= 0` deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> StrResult<String> {
    let tabsize = i32::try_from(tabsize).map_err(|_| {
        StrError::new(
            StrErrorKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    let too_long = || StrError::new(StrErrorKind::OverflowError, "new string is too long");
    let tab = u64::try_from(tabsize).unwrap_or(0);
    // First pass: compute the output size in bytes.
    let mut col: u64 = 0;
    let mut total: u64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let incr = tab - col % tab;
                    col = col.checked_add(incr).ok_or_else(too_long)?;
                    total = total.checked_add(incr).ok_or_else(too_long)?;
                }
            }
            '\n' | '\r' => {
                col = 0;
                total = total.checked_add(1).ok_or_else(too_long)?;
            }
            _ => {
                col = col.checked_add(1).ok_or_else(too_long)?;
                total = total
                    .checked_add(c.len_utf8() as u64)
                    .ok_or_else(too_long)?;
            }
        }
    }
    if total > i64::MAX as u64 {
        return Err(too_long());
    }
    let mut out = String::new();
    out.try_reserve_exact(usize::try_from(total).map_err(|_| StrError::memory())?)?;
    let mut col: u64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let incr = tab - col % tab;
                    col += incr;
                    out.extend(std::iter::repeat_n(' ', usize::try_from(incr).unwrap_or(0)));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------------------------

/// CPython's `repr(s)`: quote choice, backslash escapes, and `\x`/`\u`/`\U` escapes for
/// characters that are not printable.
pub fn str_repr(s: &str) -> String {
    use std::fmt::Write;
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if cp < 0x20 || cp == 0x7f => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp < 0x7f => out.push(c),
            _ if has(c, ud::PRINTABLE) => out.push(c),
            _ if cp <= 0xff => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp <= 0xffff => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// One code point's `isalnum()` (the `\w` of `re`, with `_`).
pub fn char_isalnum(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| has(c, ud::ALPHA | ud::DECIMAL | ud::DIGIT | ud::NUMERIC))
}

/// One code point's `isdecimal()` (the `\d` of `re`).
pub fn char_isdecimal(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| has(c, ud::DECIMAL))
}

/// One code point's `isspace()` (the `\s` of `re`).
pub fn char_isspace(c: u32) -> bool {
    char::from_u32(c).is_some_and(is_space)
}

#[cfg(test)]
mod tests {
    //! Hand-picked vectors; expected values produced by CPython 3.11.7
    //! (`gen/gen_unit_tests.py` emits the body of `cpython_vectors`).
    use super::*;

    fn svec(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn verr(msg: &str) -> StrError {
        StrError::value(msg)
    }

    #[test]
    fn cpython_vectors() {
        assert_eq!(
            split(" a\u{1c}b\u{2028}c\u{a0}d\u{85}e  ", None, -1),
            Ok(svec(&["a", "b", "c", "d", "e"]))
        );
        assert_eq!(split("  a b  c  ", None, 1), Ok(svec(&["a", "b  c  "])));
        assert_eq!(rsplit("  a b  c  ", None, 1), Ok(svec(&["  a b", "c"])));
        assert_eq!(
            split(",a,,b,", Some(","), -1),
            Ok(svec(&["", "a", "", "b", ""]))
        );
        assert_eq!(rsplit("aaaaa", Some("aa"), 1), Ok(svec(&["aaa", ""])));
        assert_eq!(split("aaaaa", Some("aa"), -1), Ok(svec(&["", "", "a"])));
        assert_eq!(split("  a b ", None, 0), Ok(svec(&["a b "])));
        assert_eq!(rsplit("  a b ", None, 0), Ok(svec(&["  a b"])));
        assert_eq!(splitlines("a\u{a}b\u{d}\u{a}c\u{d}d\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l\u{1f}m", false), svec(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l\u{1f}m"]));
        assert_eq!(
            splitlines("a\u{d}\u{a}\u{d}\u{d}b\u{a}", true),
            svec(&["a\u{d}\u{a}", "\u{d}", "\u{d}", "b\u{a}"])
        );
        assert_eq!(
            partition("\u{3b1}\u{3a3}\u{3b2}\u{3a3}\u{3b3}", "Σ"),
            Ok((
                "\u{3b1}".to_string(),
                "\u{3a3}".to_string(),
                "\u{3b2}\u{3a3}\u{3b3}".to_string()
            ))
        );
        assert_eq!(
            rpartition("\u{3b1}\u{3a3}\u{3b2}\u{3a3}\u{3b3}", "Σ"),
            Ok((
                "\u{3b1}\u{3a3}\u{3b2}".to_string(),
                "\u{3a3}".to_string(),
                "\u{3b3}".to_string()
            ))
        );
        assert_eq!(
            rpartition("abc", "x"),
            Ok(("".to_string(), "".to_string(), "abc".to_string()))
        );
        assert_eq!(strip("\u{3000}\u{1f} a b\u{a0}\u{2029}", None), "a b");
        assert_eq!(lstrip("a\u{4e2d}a\u{6587}a", Some("中a")), "\u{6587}a");
        assert_eq!(rstrip("abc  ", Some("")), "abc  ");
        assert_eq!(
            replace("a\u{df}\u{1f600}", "", "-", -1),
            Ok("-a-\u{df}-\u{1f600}-".to_string())
        );
        assert_eq!(replace("abc", "", "-", 2), Ok("-a-bc".to_string()));
        assert_eq!(replace("", "", "x", -1), Ok("x".to_string()));
        assert_eq!(
            replace("\u{e9}t\u{e9} \u{e9}", "é", "E", 2),
            Ok("EtE \u{e9}".to_string())
        );
        assert_eq!(find("abc", "", Some(5), None), -1);
        assert_eq!(find("abc", "", Some(3), None), 3);
        assert_eq!(find("abc", "", Some(2), Some(1)), -1);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("\u{4e2d}\u{6587}\u{df}", "", Some(-2), None), 3);
        assert_eq!(count("aaaaa", "aa", None, None), 2);
        assert_eq!(find("\u{1f600}a\u{1f600}b", "😀", Some(-3), None), 2);
        assert_eq!(rfind("\u{df}x\u{df}y\u{df}", "ß", None, Some(-1)), 2);
        assert_eq!(rfind("\u{e9}\u{e9}", "", None, None), 2);
        assert!(!startswith("abc", "", Some(4), None));
        assert!(startswith("abc", "", Some(3), None));
        assert!(endswith("\u{e9}a\u{e9}\u{e9}", "é", Some(0), Some(-1)));
        assert!(startswith("abc", "bc", Some(-2), Some(i64::MAX)));
        assert_eq!(
            upper("\u{df}\u{fb01}\u{149}\u{1f0}\u{390} stra\u{df}e"),
            "SSFI\u{2bc}NJ\u{30c}\u{399}\u{308}\u{301} STRASSE"
        );
        assert_eq!(lower("\u{130}I \u{3a3}\u{3a3} A\u{3a3}. \u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3} A\u{345}\u{3a3}"), "i\u{307}i \u{3c3}\u{3c2} a\u{3c2}. \u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2} a\u{345}\u{3c2}");
        assert_eq!(
            casefold("\u{df}\u{1e9e}\u{fb01}\u{3c2}\u{130}\u{13f8}"),
            "ssssfi\u{3c3}i\u{307}\u{13f0}"
        );
        assert_eq!(
            swapcase("\u{1c5}\u{1c4}\u{1c6} \u{df} A\u{3a3} \u{130}"),
            "\u{1c5}\u{1c6}\u{1c4} SS a\u{3c2} i\u{307}"
        );
        assert_eq!(
            title("\u{1c6}ungla \u{df}a \u{fb01}sh o'neil 3rd A\u{3a3} \u{149}x"),
            "\u{1c5}ungla Ssa Fish O'Neil 3Rd A\u{3c2} \u{2bc}Nx"
        );
        assert_eq!(
            capitalize("\u{1c6}UNGLA \u{3a3}A\u{3a3}"),
            "\u{1c5}ungla \u{3c3}a\u{3c2}"
        );
        assert_eq!(capitalize("\u{fb01}NE"), "Fine");
        assert!(isspace(
            "\u{1c}\u{1d}\u{1e}\u{1f}\u{85}\u{a0}\u{2028}\u{3000}"
        ));
        assert!(!isspace("\u{200b}"));
        assert!(isalpha("\u{1c5}\u{4e2d}\u{2b0}"));
        assert!(isalnum("a\u{b2}\u{2155}\u{660}"));
        assert!(isdecimal("\u{660}\u{ff11}"));
        assert!(isdigit("\u{b2}\u{2460}"));
        assert!(!isdecimal("\u{b2}"));
        assert!(isnumeric("\u{2155}\u{2160}\u{4e00}"));
        assert!(islower("a\u{2b0}\u{aa}1"));
        assert!(!isupper("A\u{1c5}"));
        assert!(istitle("\u{1c5}ungla Ab"));
        assert!(!istitle("\u{1c5}Ungla"));
        assert!(isidentifier("_\u{e9}\u{4e2d}\u{660}"));
        assert!(!isidentifier("\u{660}a"));
        assert!(isidentifier("\u{2118}x"));
        assert!(isprintable("a \u{e9}\u{4e2d}"));
        assert!(!isprintable("\u{a0}"));
        assert!(isprintable(""));
        assert!(isascii(""));
        assert!(!isalpha(""));
        assert_eq!(
            center("ab\u{4e2d}", 6, 'é'),
            Ok("\u{e9}ab\u{4e2d}\u{e9}\u{e9}".to_string())
        );
        assert_eq!(center("ab", 5, '*'), Ok("**ab*".to_string()));
        assert_eq!(
            ljust("\u{df}", 4, '😀'),
            Ok("\u{df}\u{1f600}\u{1f600}\u{1f600}".to_string())
        );
        assert_eq!(rjust("abc", -1, '*'), Ok("abc".to_string()));
        assert_eq!(zfill("-4.2", 6), Ok("-004.2".to_string()));
        assert_eq!(zfill("+", 3), Ok("+00".to_string()));
        assert_eq!(zfill("\u{df}", 5), Ok("0000\u{df}".to_string()));
        assert_eq!(
            expandtabs("a\u{9}b\u{4e2d}\u{9}c\u{d}\u{9}d\u{a}\u{9}", 8),
            Ok("a       b\u{4e2d}      c\u{d}        d\u{a}        ".to_string())
        );
        assert_eq!(expandtabs("a\u{9}b", 0), Ok("ab".to_string()));
        assert_eq!(expandtabs("a\u{9}b", -3), Ok("ab".to_string()));
        assert_eq!(str_repr("it's"), "\u{22}it's\u{22}");
        assert_eq!(str_repr("'\u{22}"), "'\u{5c}'\u{22}'");
        assert_eq!(str_repr("\u{5c}\u{9}\u{a}\u{d}\u{0}\u{7f}\u{85}\u{a0}\u{ad}\u{e9}\u{200b}\u{2028}\u{4e2d}\u{1f600}\u{e0001}\u{10ffff}"), "'\u{5c}\u{5c}\u{5c}t\u{5c}n\u{5c}r\u{5c}x00\u{5c}x7f\u{5c}x85\u{5c}xa0\u{5c}xad\u{e9}\u{5c}u200b\u{5c}u2028\u{4e2d}\u{1f600}\u{5c}U000e0001\u{5c}U0010ffff'");
        assert_eq!(
            cp_slice("a\u{df}\u{4e2d}\u{1f600}b", 4, -1, -2),
            "b\u{4e2d}a"
        );
        assert_eq!(
            cp_slice("a\u{df}\u{4e2d}\u{1f600}b", 1, 4, 1),
            "\u{df}\u{4e2d}\u{1f600}"
        );
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(split("a", Some(""), -1), Err(verr("empty separator")));
        assert_eq!(rsplit("a", Some(""), -1), Err(verr("empty separator")));
        assert_eq!(partition("a", ""), Err(verr("empty separator")));
        assert_eq!(rpartition("a", ""), Err(verr("empty separator")));
        assert_eq!(
            index("abc", "d", None, None),
            Err(verr("substring not found"))
        );
        assert_eq!(
            rindex("abc", "", Some(4), None),
            Err(verr("substring not found"))
        );
        assert_eq!(
            slice_indices(3, None, None, Some(0)),
            Err(verr("slice step cannot be zero"))
        );
        assert_eq!(
            slice_indices(-1, None, None, None),
            Err(verr("length should not be negative"))
        );
        let big = StrError::new(
            StrErrorKind::OverflowError,
            "Python int too large to convert to C int",
        );
        assert_eq!(expandtabs("a\tb", 1 << 31), Err(big.clone()));
        assert_eq!(expandtabs("a\tb", -(1 << 31) - 1), Err(big));
        // CPython raises MemoryError for these; we must not abort or panic.
        assert_eq!(center("a", i64::MAX, '*'), Err(StrError::memory()));
        assert_eq!(zfill("a", i64::MAX), Err(StrError::memory()));
        assert_eq!(ljust("a", 1 << 62, '\u{1f600}'), Err(StrError::memory()));
    }

    #[test]
    fn slice_indices_match_cpython() {
        // slice(None, None, -2**63).indices(5) == (4, -1, -2**63)
        assert_eq!(
            slice_indices(5, None, None, Some(i64::MIN)),
            Ok((4, -1, i64::MIN, 1))
        );
        // slice(-100, 100, 3).indices(10) == (0, 10, 3); len(range(0, 10, 3)) == 4
        assert_eq!(
            slice_indices(10, Some(-100), Some(100), Some(3)),
            Ok((0, 10, 3, 4))
        );
        // slice(100, -100, -3).indices(10) == (9, -1, -3); len == 4
        assert_eq!(
            slice_indices(10, Some(100), Some(-100), Some(-3)),
            Ok((9, -1, -3, 4))
        );
        assert_eq!(slice_indices(0, None, None, Some(-1)), Ok((-1, -1, -1, 0)));
    }

    #[test]
    fn never_panics_on_odd_arguments() {
        let samples = ["", "a", "\u{df}\u{1f600}\t\r\n", "\u{3a3}\u{345}"];
        let ints = [i64::MIN, i64::MIN + 1, -3, -1, 0, 1, 2, 7, i64::MAX];
        for s in samples {
            for &a in &ints {
                for &b in &ints {
                    let _ = find(s, "", Some(a), Some(b));
                    let _ = rfind(s, "a", Some(a), Some(b));
                    let _ = count(s, "", Some(a), Some(b));
                    let _ = startswith(s, "", Some(a), Some(b));
                    let _ = endswith(s, "\u{1f600}", Some(a), Some(b));
                    for &c in &ints {
                        let _ = cp_slice(s, a, b, c);
                        let _ = slice_indices(a, Some(b), Some(c), Some(a));
                    }
                }
                let _ = split(s, None, a);
                let _ = rsplit(s, Some("\u{df}"), a);
                let _ = replace(s, "", "xy", a);
                let _ = replace(s, "\u{df}", "", a);
                let _ = expandtabs(s, a);
                let _ = expandtabs(s, a.clamp(-5, 5));
            }
        }
    }
}
