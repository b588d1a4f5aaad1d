//! `datetime.strptime` in the C locale, following CPython's `_strptime`:
//! the format becomes a case-insensitive pattern (each directive a list
//! of alternatives tried in order, whitespace matching any run of
//! whitespace), the text must match it entirely, then the fields are
//! combined with the same defaults and week/ISO rules. The matcher
//! backtracks with an explicit stack, so no input can exhaust the native
//! stack.

use super::{calendar, check_date, Hms, Ymd};
use crate::exc::{self, PyResult};
use crate::value::Value;

const F_WEEKDAY: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const A_WEEKDAY: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const F_MONTH: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const A_MONTH: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const AM_PM: [&str; 2] = ["am", "pm"];
/// `%Z` matches the names CPython always knows; the local zone's names
/// (which it adds too) would need the environment.
const ZONES: [&str; 2] = ["utc", "gmt"];

/// One element of a compiled format.
#[derive(Clone, Copy)]
enum Elem {
    Lit(char),
    Space,
    Dir(char),
}

/// The result of a successful parse.
pub struct Parsed {
    pub date: Ymd,
    pub time: Hms,
    /// (offset in microseconds, `%Z` text) when `%z` was given.
    pub offset: Option<(i128, Option<String>)>,
}

fn compile(fmt: &str) -> PyResult<Vec<Elem>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            out.push(Elem::Space);
            continue;
        }
        if c != '%' {
            out.push(Elem::Lit(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Err(exc::value_error(format!("stray % in format '{fmt}'")));
        };
        i += 2;
        match d {
            'c' => expand("%a %b %d %H:%M:%S %Y", &mut out),
            'x' => expand("%m/%d/%y", &mut out),
            'X' => expand("%H:%M:%S", &mut out),
            '%' => out.push(Elem::Lit('%')),
            'a' | 'A' | 'b' | 'B' | 'd' | 'f' | 'G' | 'H' | 'I' | 'j' | 'm' | 'M' | 'p' | 'S'
            | 'u' | 'U' | 'V' | 'w' | 'W' | 'y' | 'Y' | 'z' | 'Z' => out.push(Elem::Dir(d)),
            _ => {
                // CPython escapes regex syntax and whitespace first, so
                // a `%` before them reports a backslash, shown as `%`.
                let shown = if d.is_whitespace() || "\\.^$*+?(){}[]|".contains(d) {
                    '%'
                } else {
                    d
                };
                return Err(exc::value_error(format!(
                    "'{shown}' is a bad directive in format '{fmt}'"
                )));
            }
        }
    }
    Ok(out)
}

fn expand(f: &str, out: &mut Vec<Elem>) {
    let mut it = f.chars();
    while let Some(c) = it.next() {
        match c {
            ' ' => out.push(Elem::Space),
            '%' => {
                if let Some(d) = it.next() {
                    out.push(Elem::Dir(d));
                }
            }
            _ => out.push(Elem::Lit(c)),
        }
    }
}

fn lower_eq(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// One alternative of a numeric directive: per position, the allowed
/// digits (`b'd'` for any).
fn alt(text: &[char], at: usize, spec: &[(u8, u8)]) -> Option<usize> {
    for (k, &(lo, hi)) in spec.iter().enumerate() {
        let c = *text.get(at + k)?;
        if lo == b' ' {
            if c != ' ' {
                return None;
            }
            continue;
        }
        if !c.is_ascii_digit() || (c as u8) < lo || (c as u8) > hi {
            return None;
        }
    }
    Some(spec.len())
}

const D: (u8, u8) = (b'0', b'9');

fn r(lo: u8, hi: u8) -> (u8, u8) {
    (lo, hi)
}

fn one(c: u8) -> (u8, u8) {
    (c, c)
}

/// Lengths the directive `d` can match at `at`, in the order the regular
/// expression CPython builds would try them.
fn candidates(d: char, text: &[char], at: usize) -> Vec<usize> {
    let alts: Vec<Vec<(u8, u8)>> = match d {
        'd' => vec![
            vec![one(b'3'), r(b'0', b'1')],
            vec![r(b'1', b'2'), D],
            vec![one(b'0'), r(b'1', b'9')],
            vec![r(b'1', b'9')],
            vec![(b' ', b' '), r(b'1', b'9')],
        ],
        'H' => vec![
            vec![one(b'2'), r(b'0', b'3')],
            vec![r(b'0', b'1'), D],
            vec![D],
        ],
        'I' | 'm' => vec![
            vec![one(b'1'), r(b'0', b'2')],
            vec![one(b'0'), r(b'1', b'9')],
            vec![r(b'1', b'9')],
        ],
        'G' | 'Y' => vec![vec![D, D, D, D]],
        'y' => vec![vec![D, D]],
        'j' => vec![
            vec![one(b'3'), one(b'6'), r(b'0', b'6')],
            vec![one(b'3'), r(b'0', b'5'), D],
            vec![r(b'1', b'2'), D, D],
            vec![one(b'0'), r(b'1', b'9'), D],
            vec![one(b'0'), one(b'0'), r(b'1', b'9')],
            vec![r(b'1', b'9'), D],
            vec![one(b'0'), r(b'1', b'9')],
            vec![r(b'1', b'9')],
        ],
        'M' => vec![vec![r(b'0', b'5'), D], vec![D]],
        'S' => vec![
            vec![one(b'6'), r(b'0', b'1')],
            vec![r(b'0', b'5'), D],
            vec![D],
        ],
        'U' | 'W' => vec![
            vec![one(b'5'), r(b'0', b'3')],
            vec![r(b'0', b'4'), D],
            vec![D],
        ],
        'V' => vec![
            vec![one(b'5'), r(b'0', b'3')],
            vec![one(b'0'), r(b'1', b'9')],
            vec![r(b'1', b'4'), D],
            vec![D],
        ],
        'w' => vec![vec![r(b'0', b'6')]],
        'u' => vec![vec![r(b'1', b'7')]],
        'f' => {
            let n = (0..6)
                .take_while(|k| text.get(at + k).is_some_and(|c| c.is_ascii_digit()))
                .count();
            return (1..=n).rev().collect();
        }
        'z' => return offset_candidates(text, at),
        'a' | 'A' | 'b' | 'B' | 'p' | 'Z' => return name_candidates(d, text, at),
        _ => Vec::new(),
    };
    alts.iter().filter_map(|a| alt(text, at, a)).collect()
}

fn names_of(d: char) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = match d {
        'a' => A_WEEKDAY.to_vec(),
        'A' => F_WEEKDAY.to_vec(),
        'b' => A_MONTH.to_vec(),
        'B' => F_MONTH.to_vec(),
        'p' => AM_PM.to_vec(),
        _ => ZONES.to_vec(),
    };
    // Longest first, as CPython orders the alternatives.
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

fn name_candidates(d: char, text: &[char], at: usize) -> Vec<usize> {
    names_of(d)
        .into_iter()
        .filter(|n| {
            n.chars()
                .enumerate()
                .all(|(k, c)| text.get(at + k).is_some_and(|&t| lower_eq(t, c)))
        })
        .map(|n| n.chars().count())
        .collect()
}

/// `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z`, greedy.
fn offset_candidates(text: &[char], at: usize) -> Vec<usize> {
    let c = |i: usize| text.get(i).copied().unwrap_or('\0');
    let digit = |i: usize| c(i).is_ascii_digit();
    let d05 = |i: usize| ('0'..='5').contains(&c(i));
    let mut out = Vec::new();
    if (c(at) == '+' || c(at) == '-') && digit(at + 1) && digit(at + 2) {
        let p = at + 3;
        let colons: Vec<usize> = if c(p) == ':' { vec![1, 0] } else { vec![0] };
        for k in colons {
            let q = p + k;
            if !(d05(q) && digit(q + 1)) {
                continue;
            }
            let q = q + 2;
            let colons2: Vec<usize> = if c(q) == ':' { vec![1, 0] } else { vec![0] };
            for k2 in colons2 {
                let s = q + k2;
                if d05(s) && digit(s + 1) {
                    let s = s + 2;
                    if c(s) == '.' {
                        let n = (1..=6).take_while(|j| digit(s + j)).count();
                        for m in (1..=n).rev() {
                            out.push(s + 1 + m - at);
                        }
                    }
                    out.push(s - at);
                }
            }
            out.push(q - at);
        }
    }
    if c(at) == 'Z' {
        out.push(1);
    }
    out
}

/// A directive and the span of text it matched.
type Span = (char, usize, usize);

/// Matches a prefix of the text; returns each directive's span and where
/// the match ended.
fn matches(elems: &[Elem], text: &[char]) -> Option<(Vec<Span>, usize)> {
    // Backtracking state: for each element, its start and the remaining
    // candidate lengths to try.
    struct Frame {
        start: usize,
        cands: Vec<usize>,
        chosen: usize,
    }
    let cands_at = |e: Elem, at: usize| -> Vec<usize> {
        match e {
            Elem::Lit(c) => match text.get(at) {
                Some(&t) if lower_eq(t, c) => vec![1],
                _ => vec![],
            },
            Elem::Space => {
                let n = text[at.min(text.len())..]
                    .iter()
                    .take_while(|c| c.is_whitespace())
                    .count();
                (1..=n).rev().collect()
            }
            Elem::Dir(d) => candidates(d, text, at),
        }
    };
    let mut stack: Vec<Frame> = Vec::with_capacity(elems.len());
    let mut pos = 0;
    loop {
        if stack.len() == elems.len() {
            let spans = stack
                .iter()
                .zip(elems)
                .filter_map(|(f, e)| match e {
                    Elem::Dir(d) => Some((*d, f.start, f.start + f.chosen)),
                    _ => None,
                })
                .collect();
            return Some((spans, pos));
        }
        let mut cands = cands_at(elems[stack.len()], pos);
        cands.reverse();
        let mut frame = Frame {
            start: pos,
            cands,
            chosen: 0,
        };
        loop {
            if let Some(n) = frame.cands.pop() {
                frame.chosen = n;
                pos = frame.start + n;
                stack.push(frame);
                break;
            }
            // Exhausted: go back to the previous element's next choice.
            frame = stack.pop()?;
        }
    }
}

fn num(s: &str) -> i64 {
    s.chars().fold(0i64, |acc, c| {
        acc.saturating_mul(10)
            .saturating_add(c.to_digit(10).unwrap_or(0) as i64)
    })
}

fn repr(s: &str) -> String {
    crate::objects::str_methods::str_repr(s)
}

/// CPython's `_calc_julian_from_U_or_W`.
fn julian_from_week(year: i64, week: i64, weekday: i64, monday_first: bool) -> i64 {
    let first = calendar::weekday(calendar::ymd_to_ord(year, 1, 1));
    let (first, weekday) = if monday_first {
        (first, weekday)
    } else {
        ((first + 1) % 7, (weekday + 1) % 7)
    };
    let week0 = (7 - first) % 7;
    if week == 0 {
        1 + weekday - first
    } else {
        1 + week0 + 7 * (week - 1) + weekday
    }
}

pub fn parse(text: &str, fmt: &str) -> PyResult<Parsed> {
    let elems = compile(fmt)?;
    // CPython's pattern would define a group twice (re.error there).
    let mut seen = Vec::new();
    for e in &elems {
        if let Elem::Dir(d) = e {
            if seen.contains(d) {
                return Err(exc::value_error(format!(
                    "strptime format {} uses the directive '%{d}' twice",
                    repr(fmt)
                )));
            }
            seen.push(*d);
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let Some((spans, end)) = matches(&elems, &chars) else {
        return Err(exc::value_error(format!(
            "time data {} does not match format {}",
            repr(text),
            repr(fmt)
        )));
    };
    if end != chars.len() {
        let rest: String = chars[end..].iter().collect();
        return Err(exc::value_error(format!(
            "unconverted data remains: {rest}"
        )));
    }
    let mut year: Option<i64> = None;
    let (mut month, mut day, mut hour, mut minute, mut second) = (1, 1, 0, 0, 0);
    let mut fraction = 0;
    let mut iso_year = None;
    let mut iso_week = None;
    let mut weekday: Option<i64> = None;
    let mut julian: Option<i64> = None;
    let mut week_of_year: Option<(i64, bool)> = None;
    let mut gmtoff: Option<i128> = None;
    let mut tzname: Option<String> = None;
    let field = |d: char| -> Option<String> {
        spans
            .iter()
            .find(|(c, _, _)| *c == d)
            .map(|&(_, a, b)| chars[a..b].iter().collect())
    };
    let ampm = field('p').map(|s| s.to_lowercase());
    let index_of = |d: char, s: &str| -> i64 {
        let l = s.to_lowercase();
        let list: &[&str] = match d {
            'a' => &A_WEEKDAY,
            'A' => &F_WEEKDAY,
            'b' => &A_MONTH,
            _ => &F_MONTH,
        };
        list.iter().position(|n| *n == l).unwrap_or(0) as i64
    };
    for &(d, a, b) in &spans {
        let s: String = chars[a..b].iter().collect();
        match d {
            'y' => {
                let y = num(&s);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(&s)),
            'G' => iso_year = Some(num(&s)),
            'm' => month = num(&s),
            'B' | 'b' => month = index_of(d, &s) + 1,
            'd' => day = num(s.trim_start()),
            'H' => hour = num(&s),
            'I' => {
                hour = num(&s);
                match ampm.as_deref() {
                    None | Some("am") => {
                        if hour == 12 {
                            hour = 0
                        }
                    }
                    _ => {
                        if hour != 12 {
                            hour += 12
                        }
                    }
                }
            }
            'M' => minute = num(&s),
            'S' => second = num(&s),
            'f' => {
                let mut v = num(&s);
                for _ in s.len()..6 {
                    v *= 10;
                }
                fraction = v;
            }
            'A' | 'a' => weekday = Some(index_of(d, &s)),
            'w' => {
                let w = num(&s);
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday = Some(num(&s) - 1),
            'j' => julian = Some(num(&s)),
            'U' => week_of_year = Some((num(&s), false)),
            'W' => week_of_year = Some((num(&s), true)),
            'V' => iso_week = Some(num(&s)),
            'z' => gmtoff = Some(parse_offset(&s)?),
            'Z' => tzname = Some(s),
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(exc::value_error("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u')."));
        }
        if julian.is_some() {
            return Err(exc::value_error("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead."));
        }
    } else if iso_week.is_some() {
        if year.is_none() || weekday.is_none() {
            return Err(exc::value_error("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u')."));
        }
        return Err(exc::value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    let mut leap_fix = false;
    let mut y = match year {
        Some(y) => y,
        None if month == 2 && day == 29 => {
            leap_fix = true;
            1904
        }
        None => 1900,
    };
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some((week, monday_first)) = week_of_year {
                julian = Some(julian_from_week(y, week, wd, monday_first));
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let d = from_iso(iy, iw, wd + 1)?;
                y = d.y;
                month = d.m;
                day = d.d;
            }
            if let Some(j) = julian {
                if j <= 0 {
                    y -= 1;
                    julian = Some(j + if calendar::is_leap(y) { 366 } else { 365 });
                }
            }
        }
    }
    if let Some(j) = julian {
        let base = check_date(y, 1, 1)?.ord();
        let n = j - 1 + base;
        if n < 1 {
            return Err(exc::value_error("ordinal must be >= 1"));
        }
        let d = Ymd::from_ord(n);
        let d = check_date(d.y, d.m, d.d)?;
        y = d.y;
        month = d.m;
        day = d.d;
    } else {
        check_date(y, month, day)?;
    }
    if leap_fix {
        y = 1900;
    }
    let date = check_date(y, month, day)?;
    let time = super::check_time(hour, minute, second, fraction, 0)?;
    let offset = gmtoff.map(|g| (g, tzname.filter(|n| !n.is_empty())));
    Ok(Parsed { date, time, offset })
}

fn from_iso(y: i64, w: i64, d: i64) -> PyResult<Ymd> {
    if !(calendar::MINYEAR..=calendar::MAXYEAR).contains(&y) {
        return Err(exc::value_error(format!("Year is out of range: {y}")));
    }
    if w <= 0 || w >= 53 && !(w == 53 && calendar::has_week_53(y)) {
        return Err(exc::value_error(format!("Invalid week: {w}")));
    }
    let o = Ymd::from_ord(calendar::iso_to_ord(y, w, d));
    check_date(o.y, o.m, o.d)
}

/// A matched `%z` in microseconds.
fn parse_offset(z: &str) -> PyResult<i128> {
    if z == "Z" {
        return Ok(0);
    }
    let mut s: Vec<char> = z.chars().collect();
    if s.get(3) == Some(&':') {
        s.remove(3);
    }
    if s.len() > 5 {
        if s.get(5) != Some(&':') {
            return Err(exc::value_error(format!("Inconsistent use of : in {z}")));
        }
        s.remove(5);
    }
    let part = |a: usize, b: usize| -> i64 {
        let t: String = s.get(a..b.min(s.len())).unwrap_or(&[]).iter().collect();
        num(&t)
    };
    let secs = part(1, 3) * 3600 + part(3, 5) * 60 + part(5, 7);
    let rem: String = s.get(8..).unwrap_or(&[]).iter().collect();
    let mut frac = num(&rem);
    for _ in rem.len()..6 {
        frac *= 10;
    }
    let us = secs as i128 * 1_000_000 + frac as i128;
    Ok(if s.first() == Some(&'-') { -us } else { us })
}

/// The tzinfo `strptime` gives for an offset: `timezone(delta[, name])`.
pub fn timezone_for(us: i128, name: Option<String>) -> PyResult<Value> {
    if us.abs() >= super::US_PER_DAY {
        let d = super::new_delta(us)?;
        return Err(exc::value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            crate::protocol::repr(d)?
        )));
    }
    Ok(match name {
        None => super::tz::fixed(us),
        Some(n) => {
            let z = super::TzD {
                off: us,
                name: Some(n),
            };
            super::nc::native_instance(super::cls().timezone, Box::new(z))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matcher_backtracks_and_never_panics() {
        let elems = [Elem::Dir('Y'), Elem::Dir('m'), Elem::Dir('d')];
        let text: Vec<char> = "2024123".chars().collect();
        let (spans, end) = matches(&elems, &text).unwrap_or_default();
        assert_eq!(end, 7);
        assert_eq!(spans, vec![('Y', 0, 4), ('m', 4, 6), ('d', 6, 7)]);
        let all = [
            'a', 'A', 'b', 'B', 'd', 'f', 'G', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'u', 'U', 'V',
            'w', 'W', 'y', 'Y', 'z', 'Z',
        ];
        let alphabet: Vec<char> = "0123456789 -:+.ZaApPmMjJ\t".chars().collect();
        let mut seed: u64 = 88172645463325252;
        for _ in 0..50_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 5) as usize;
            let elems: Vec<Elem> = (0..n)
                .map(|k| match (seed >> (k * 5)) % 3 {
                    0 => Elem::Space,
                    1 => Elem::Lit(alphabet[(seed >> (k * 3)) as usize % alphabet.len()]),
                    _ => Elem::Dir(all[(seed >> (k * 7)) as usize % all.len()]),
                })
                .collect();
            let text: Vec<char> = (0..(seed % 20) as usize)
                .map(|k| alphabet[((seed >> (k % 40)) as usize + k) % alphabet.len()])
                .collect();
            let _ = matches(&elems, &text);
        }
    }
}
