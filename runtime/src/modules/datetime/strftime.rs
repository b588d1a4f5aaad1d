//! `strftime` in the C locale, as CPython on glibc gives it: first
//! CPython's own pass replaces exactly `%z`, `%Z` and `%f`; then the
//! remaining directives are formatted as glibc's `strftime` does,
//! including its flags (`-`, `_`, `0`, `^`, `#`), widths and `E`/`O`
//! modifiers, and copying unknown directives through.

use super::calendar;
use super::date::{DAY_NAMES, MONTH_NAMES};
use super::{Hms, Ymd};
use crate::exc::{self, PyResult};

const FULL_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const FULL_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Supplies (`%z` text, `%Z` text) for an aware value, None when naive.
pub type TzFields<'a> = dyn FnMut() -> PyResult<Option<(String, String)>> + 'a;

/// Formats `fmt` for date `d` and time `t`.
pub fn format(fmt: &str, d: Ymd, t: Hms, tz: &mut TzFields) -> PyResult<String> {
    let mut tzf: Option<Option<(String, String)>> = None;
    // CPython's pass: %z, %Z and %f become text; everything else stays.
    let mut pre = String::with_capacity(fmt.len());
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            pre.push(c);
            continue;
        }
        match chars.next() {
            None => pre.push('%'),
            Some(n @ ('z' | 'Z')) => {
                if tzf.is_none() {
                    tzf = Some(tz()?);
                }
                if let Some(Some((z, name))) = &tzf {
                    if n == 'z' {
                        pre.push_str(z);
                    } else {
                        pre.push_str(&name.replace('%', "%%"));
                    }
                }
            }
            Some('f') => pre.push_str(&format!("{:06}", t.us)),
            Some(n) => {
                pre.push('%');
                pre.push(n);
            }
        }
    }
    let tm = Tm::new(d, t);
    let mut out = String::with_capacity(pre.len() + 16);
    glibc(&pre, &tm, &mut out)?;
    Ok(out)
}

struct Tm {
    d: Ymd,
    t: Hms,
    /// 0 = Sunday, as C's `tm_wday`.
    wday: i64,
    /// 0-based day of the year.
    yday: i64,
}

impl Tm {
    fn new(d: Ymd, t: Hms) -> Tm {
        let ord = d.ord();
        Tm {
            d,
            t,
            wday: (calendar::weekday(ord) + 1) % 7,
            yday: calendar::days_before_month(d.y, d.m) + d.d - 1,
        }
    }
}

#[derive(Default)]
struct Spec {
    pad: Option<char>,
    upcase: bool,
    swapcase: bool,
    width: Option<usize>,
}

/// How a directive renders.
enum Out {
    /// A number with a minimum number of digits and its default padding.
    Num(i64, usize, char),
    /// A year-like number: no padding unless a width is given.
    Year(i64),
    Text(String),
    /// A directive made of other directives.
    Sub(&'static str),
    Literal(&'static str),
}

fn glibc(fmt: &str, tm: &Tm, out: &mut String) -> PyResult<()> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '_' => spec.pad = Some(' '),
                '-' => spec.pad = Some('-'),
                '0' | '+' => spec.pad = Some('0'),
                '^' => spec.upcase = true,
                '#' => spec.swapcase = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        while let Some(&dg) = chars.get(i) {
            let Some(v) = dg.to_digit(10) else { break };
            width = Some(
                width
                    .unwrap_or(0usize)
                    .saturating_mul(10)
                    .saturating_add(v as usize),
            );
            i += 1;
        }
        spec.width = width.map(|w| w.min(1024));
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            // An incomplete directive at the end is copied as it is.
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let rendered = match directive(conv, tm)? {
            Some(o) => o,
            None => {
                let lit: String = chars[start..i].iter().collect();
                pad_left(out, &lit, spec.width, ' ');
                continue;
            }
        };
        render(rendered, &spec, conv, tm, out)?;
    }
    Ok(())
}

fn pad_left(out: &mut String, s: &str, width: Option<usize>, pad: char) {
    let n = s.chars().count();
    if let Some(w) = width {
        for _ in n..w {
            out.push(pad);
        }
    }
    out.push_str(s);
}

fn render(o: Out, spec: &Spec, conv: char, tm: &Tm, out: &mut String) -> PyResult<()> {
    match o {
        Out::Num(v, digits, default_pad) => {
            let s = v.abs().to_string();
            let neg = if v < 0 { "-" } else { "" };
            let (pad, width) = match spec.pad {
                Some('-') => (' ', 0),
                Some(p) => (p, spec.width.unwrap_or(digits)),
                None => (default_pad, spec.width.unwrap_or(digits)),
            };
            let body = format!("{neg}{s}");
            if pad == '0' {
                out.push_str(neg);
                pad_left(out, &s, Some(width.saturating_sub(neg.len())), '0');
            } else {
                pad_left(out, &body, Some(width), pad);
            }
        }
        Out::Year(v) => {
            let s = v.to_string();
            match (spec.pad, spec.width) {
                (Some('-'), _) | (_, None) => out.push_str(&s),
                (Some(p), w) => pad_left(out, &s, w, p),
                (None, w) => pad_left(out, &s, w, '0'),
            }
        }
        Out::Text(s) => {
            let s = if spec.upcase || (spec.swapcase && conv != 'p') {
                s.to_uppercase()
            } else if spec.swapcase {
                s.to_lowercase()
            } else {
                s
            };
            let pad = match spec.pad {
                Some('0') => '0',
                _ => ' ',
            };
            pad_left(out, &s, spec.width, pad);
        }
        Out::Sub(f) => {
            let mut sub = String::new();
            glibc(f, tm, &mut sub)?;
            if spec.upcase {
                sub = sub.to_uppercase();
            }
            pad_left(out, &sub, spec.width, ' ');
        }
        Out::Literal(s) => pad_left(out, s, spec.width, ' '),
    }
    Ok(())
}

/// What `%conv` renders as, or None for a directive glibc does not know.
fn directive(conv: char, tm: &Tm) -> PyResult<Option<Out>> {
    let (d, t) = (tm.d, tm.t);
    let mon = (d.m - 1).clamp(0, 11) as usize;
    let wd_mon0 = ((tm.wday + 6) % 7) as usize;
    let h12 = if t.h % 12 == 0 { 12 } else { t.h % 12 };
    let iso = || calendar::iso_calendar(d.y, d.m, d.d);
    Ok(Some(match conv {
        'a' => Out::Text(DAY_NAMES[wd_mon0].into()),
        'A' => Out::Text(FULL_DAYS[wd_mon0].into()),
        'b' | 'h' => Out::Text(MONTH_NAMES[mon].into()),
        'B' => Out::Text(FULL_MONTHS[mon].into()),
        'c' => Out::Sub("%a %b %e %H:%M:%S %Y"),
        'C' => Out::Year(d.y.div_euclid(100)),
        'd' => Out::Num(d.d, 2, '0'),
        'D' | 'x' => Out::Sub("%m/%d/%y"),
        'e' => Out::Num(d.d, 2, ' '),
        'F' => Out::Sub("%Y-%m-%d"),
        'g' => Out::Num(iso().0.rem_euclid(100), 2, '0'),
        'G' => Out::Year(iso().0),
        'H' => Out::Num(t.h, 2, '0'),
        'I' => Out::Num(h12, 2, '0'),
        'j' => Out::Num(tm.yday + 1, 3, '0'),
        'k' => Out::Num(t.h, 2, ' '),
        'l' => Out::Num(h12, 2, ' '),
        'm' => Out::Num(d.m, 2, '0'),
        'M' => Out::Num(t.mi, 2, '0'),
        'n' => Out::Literal("\n"),
        'p' => Out::Text(if t.h < 12 { "AM" } else { "PM" }.into()),
        'P' => Out::Text(if t.h < 12 { "am" } else { "pm" }.into()),
        'r' => Out::Sub("%I:%M:%S %p"),
        'R' => Out::Sub("%H:%M"),
        'S' => Out::Num(t.s, 2, '0'),
        't' => Out::Literal("\t"),
        'T' | 'X' => Out::Sub("%H:%M:%S"),
        'u' => Out::Num(wd_mon0 as i64 + 1, 1, '0'),
        'U' => Out::Num((tm.yday - tm.wday + 7) / 7, 2, '0'),
        'V' => Out::Num(iso().1, 2, '0'),
        'w' => Out::Num(tm.wday, 1, '0'),
        'W' => Out::Num((tm.yday - (tm.wday + 6) % 7 + 7) / 7, 2, '0'),
        'y' => Out::Num(d.y.rem_euclid(100), 2, '0'),
        'Y' => Out::Year(d.y),
        // Only reached with flags (plain %z and %Z were replaced): glibc
        // prints nothing for a time whose DST state is unknown.
        'z' | 'Z' => Out::Literal(""),
        '%' => Out::Literal("%"),
        's' => {
            return Err(exc::value_error(
                "strftime %s needs the local time zone, which Molt programs cannot read",
            ))
        }
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(f: &str) -> String {
        let d = Ymd {
            y: 2024,
            m: 1,
            d: 2,
        };
        let t = Hms {
            h: 13,
            mi: 4,
            s: 5,
            us: 6,
        };
        let mut out = String::new();
        let _ = glibc(f, &Tm::new(d, t), &mut out);
        out
    }

    #[test]
    fn glibc_directives_and_flags() {
        assert_eq!(fmt("%c"), "Tue Jan  2 13:04:05 2024");
        assert_eq!(
            fmt("%-d|%_5d|%^a|%#p|%5Y|%Q|%"),
            "2|    2|TUE|pm|02024|%Q|%"
        );
    }

    #[test]
    fn arbitrary_formats_never_panic() {
        let alphabet: Vec<char> = "%-_0^#E:O123aAbBcdeHIjmMpyYzZ%é ".chars().collect();
        let mut seed: u64 = 2463534242;
        for _ in 0..100_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let f: String = (0..(seed % 16) as usize)
                .map(|k| alphabet[((seed >> (k % 48)) as usize + 3 * k) % alphabet.len()])
                .collect();
            let _ = fmt(&f);
        }
    }
}
