//! `fromisoformat` parsing with the exact acceptance rules of CPython
//! 3.11's C implementation (which accepts more than the ISO profile it
//! documents). The parsers work on the UTF-8 bytes and read positions past
//! the end as NUL, as the C code reads its terminator; they never panic.

use super::{calendar, tz, Hms};
use crate::exc::{self, PyResult};
use crate::value::Value;

/// A parsed time: fields not yet range-checked, and the offset as
/// (seconds, microseconds) when one was given.
pub struct TimeParsed {
    pub t: Hms,
    pub tz: Option<(i64, i64)>,
}

pub fn invalid(s: Value) -> exc::Raised {
    let r = crate::protocol::repr(s).unwrap_or_default();
    exc::value_error(format!("Invalid isoformat string: {r}"))
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Exactly `n` ASCII digits at `*p`.
fn digits(b: &[u8], p: &mut usize, n: usize) -> Option<i64> {
    let mut v = 0i64;
    for _ in 0..n {
        let c = at(b, *p);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
        *p += 1;
    }
    Some(v)
}

fn iso_to_ymd(y: i64, week: i64, day: i64) -> Option<(i64, i64, i64)> {
    if (week <= 0 || week >= 53) && !(week == 53 && calendar::has_week_53(y)) {
        return None;
    }
    if !(1..=7).contains(&day) {
        return None;
    }
    Some(calendar::ord_to_ymd(calendar::iso_to_ord(y, week, day)))
}

/// The date at the start of `b`, `len` bytes long by the caller's count.
fn parse_date(b: &[u8], len: usize) -> Option<(i64, i64, i64)> {
    let mut p = 0;
    let year = digits(b, &mut p, 4)?;
    let sep = at(b, p) == b'-';
    if sep {
        p += 1;
    }
    if at(b, p) == b'W' {
        p += 1;
        let week = digits(b, &mut p, 2)?;
        let day = if p < len {
            if sep {
                if at(b, p) != b'-' {
                    return None;
                }
                p += 1;
            }
            digits(b, &mut p, 1)?
        } else {
            1
        };
        return iso_to_ymd(year, week, day);
    }
    let month = digits(b, &mut p, 2)?;
    if sep {
        if at(b, p) != b'-' {
            return None;
        }
        p += 1;
    }
    let day = digits(b, &mut p, 2)?;
    Some((year, month, day))
}

/// `date.fromisoformat`: only 7, 8 or 10 bytes.
pub fn parse_date_only(text: &str) -> Option<(i64, i64, i64)> {
    let b = text.as_bytes();
    if ![7, 8, 10].contains(&b.len()) {
        return None;
    }
    parse_date(b, b.len())
}

/// `HH[:MM[:SS[.f+]]]` (colons all or none) in `b[start..end]`. Returns
/// the fields and whether anything other than the end followed.
fn parse_hms(b: &[u8], start: usize, end: usize) -> Option<(Hms, bool)> {
    let mut vals = [0i64; 3];
    let mut p = start;
    let mut has_sep = true;
    for (i, slot) in vals.iter_mut().enumerate() {
        *slot = digits(b, &mut p, 2)?;
        let c = at(b, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            let t = Hms {
                h: vals[0],
                mi: vals[1],
                s: vals[2],
                us: 0,
            };
            return Some((t, c != 0));
        } else if has_sep && c == b':' {
            continue;
        } else if c == b'.' || c == b',' {
            break;
        } else if !has_sep {
            p -= 1;
        } else {
            return None;
        }
    }
    let remains = end.saturating_sub(p);
    let n = remains.min(6);
    let mut us = digits(b, &mut p, n)?;
    if n == 0 {
        return None;
    }
    for _ in n..6 {
        us *= 10;
    }
    while at(b, p).is_ascii_digit() {
        p += 1;
    }
    let t = Hms {
        h: vals[0],
        mi: vals[1],
        s: vals[2],
        us,
    };
    Some((t, at(b, p) != 0))
}

/// A time with an optional `Z` or `±HH[:MM[:SS[.f]]]` offset.
pub fn parse_time(b: &[u8]) -> Option<TimeParsed> {
    let end = b.len();
    let mut tzpos = 0;
    loop {
        let c = at(b, tzpos);
        if c == b'Z' || c == b'+' || c == b'-' {
            break;
        }
        tzpos += 1;
        if tzpos >= end {
            break;
        }
    }
    let (t, trailing) = parse_hms(b, 0, tzpos)?;
    if tzpos >= end {
        if trailing {
            return None;
        }
        return Some(TimeParsed { t, tz: None });
    }
    if at(b, tzpos) == b'Z' {
        if at(b, tzpos + 1) != 0 {
            return None;
        }
        return Some(TimeParsed {
            t,
            tz: Some((0, 0)),
        });
    }
    let sign = if at(b, tzpos) == b'-' { -1 } else { 1 };
    let (o, trailing) = parse_hms(b, tzpos + 1, end)?;
    if trailing {
        return None;
    }
    let secs = sign * (o.h * 3600 + o.mi * 60 + o.s);
    Some(TimeParsed {
        t,
        tz: Some((secs, sign * o.us)),
    })
}

/// Where the date part ends (the separator's index), as CPython finds it.
fn separator(b: &[u8]) -> Option<usize> {
    let len = b.len();
    if len == 7 {
        return Some(7);
    }
    if at(b, 4) == b'-' {
        if at(b, 5) == b'W' {
            if len < 8 {
                return None;
            }
            if len > 8 && at(b, 8) == b'-' {
                if len == 9 {
                    return None;
                }
                if len > 10 && at(b, 10).is_ascii_digit() {
                    return Some(8);
                }
                return Some(10);
            }
            return Some(8);
        }
        return Some(10);
    }
    if at(b, 4) == b'W' {
        let mut idx = 7;
        while idx < len && at(b, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

/// `datetime.fromisoformat`: a date, then optionally any one character
/// and a time.
pub fn parse_datetime(text: &str) -> Option<((i64, i64, i64), TimeParsed)> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 7 {
        return None;
    }
    // A non-ASCII separator (where one can be) is read as `T`.
    let mut clean = text.to_string();
    for pos in [7, 8, 10] {
        match chars.get(pos) {
            Some(c) if !c.is_ascii() => {
                let mut v = chars.clone();
                v[pos] = 'T';
                clean = v.into_iter().collect();
                break;
            }
            Some(_) => {}
            None => break,
        }
    }
    let b = clean.as_bytes();
    let sep = separator(b)?;
    let ymd = parse_date(b, sep)?;
    let mut t = TimeParsed {
        t: Hms::default(),
        tz: None,
    };
    if b.len() > sep {
        t = parse_time(b.get(sep + 1..).unwrap_or(&[]))?;
    }
    Some((ymd, t))
}

/// The tzinfo of a parsed offset: None, UTC for a zero offset, else a
/// fixed `timezone` (whose range check may raise).
pub fn tz_from(off: Option<(i64, i64)>) -> PyResult<Value> {
    match off {
        None => Ok(Value::NONE),
        Some((0, _)) => Ok(super::cls().utc),
        Some((s, us)) => {
            let total = s as i128 * 1_000_000 + us as i128;
            if total.abs() >= super::US_PER_DAY {
                let d = super::new_delta(total)?;
                return Err(exc::value_error(format!(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
                    crate::protocol::repr(d)?
                )));
            }
            Ok(tz::fixed(total))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Arbitrary short strings over the characters the grammar cares
    /// about: parsing must never panic.
    #[test]
    fn parsers_never_panic() {
        let alphabet: Vec<char> = "0123456789-:T.,+ZW é😀".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 32) as usize;
            let s: String = (0..len)
                .map(|k| alphabet[((seed >> (k % 48)) as usize + k * 7) % alphabet.len()])
                .collect();
            let _ = parse_datetime(&s);
            let _ = parse_date_only(&s);
            let _ = parse_time(s.as_bytes());
        }
    }

    #[test]
    fn accepts_cpython_forms() {
        let p = parse_datetime("2024-01-02T03:04:05.5+01:30").map(|(d, t)| (d, t.t, t.tz));
        assert_eq!(
            p,
            Some((
                (2024, 1, 2),
                Hms {
                    h: 3,
                    mi: 4,
                    s: 5,
                    us: 500_000
                },
                Some((5400, 0))
            ))
        );
        assert_eq!(parse_date_only("2024-W01-2"), Some((2024, 1, 2)));
        assert!(parse_datetime("2024-01-02T").is_none());
    }
}
