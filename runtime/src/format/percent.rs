//! printf-style `str % args` support for numeric conversions: parsing one
//! `%...` directive and formatting ints (d i u o x X c) and floats
//! (e E f F g G) with CPython 3.11's flags, padding and error messages.

use crate::format::dtoa::{double_to_parts, DtoaFlags, Mode};
use crate::format::error::FmtError;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Flags of a `%` directive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// `' '`
    pub space: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// Width or precision of a `%` directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Fixed(usize),
    /// `*`: taken from the argument tuple.
    Star,
}

/// One parsed `%` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `(name)` mapping key.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    /// The conversion character.
    pub conv: char,
    /// Index (in code points) of the conversion character in the format string.
    pub conv_index: usize,
    /// True for a plain `%%`, which produces `%` and consumes no argument.
    pub literal_percent: bool,
}

impl PercentSpec {
    /// CPython's error for an unsupported conversion character; `Ok` for
    /// `s r a i d u o x X e E f F g G c` and the literal `%%`. (CPython raises
    /// this only after fetching the argument.)
    pub fn check_conversion(&self) -> Result<(), FmtError> {
        if self.literal_percent {
            return Ok(());
        }
        match self.conv {
            's' | 'r' | 'a' | 'i' | 'd' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g'
            | 'G' | 'c' => Ok(()),
            c => {
                let cp = c as u32;
                let shown = if (31..=126).contains(&cp) { c } else { '?' };
                Err(FmtError::value(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, cp, self.conv_index
                )))
            }
        }
    }
}

/// Parse one directive. `pos` is the byte offset of the `%` in `fmt`; returns
/// the spec and the byte offset just past the conversion character.
pub fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpec, usize), FmtError> {
    let incomplete = || FmtError::value("incomplete format");
    let rest = fmt.get(pos..).ok_or_else(incomplete)?;
    let base_index = fmt.get(..pos).map_or(0, |p| p.chars().count());
    let mut it = rest.char_indices().peekable();
    match it.next() {
        Some((_, '%')) => {}
        _ => return Err(incomplete()),
    }
    let mut idx = base_index + 1; // char index of the next char to read
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        conv: '%',
        conv_index: 0,
        literal_percent: false,
    };
    if let Some(&(off, '%')) = it.peek() {
        spec.conv_index = idx;
        spec.literal_percent = true;
        return Ok((spec, pos + off + 1));
    }
    let mut next = |idx: &mut usize| -> Option<(usize, char)> {
        let r = it.next();
        if r.is_some() {
            *idx += 1;
        }
        r
    };
    let mut cur = next(&mut idx).ok_or_else(incomplete)?;
    if cur.1 == '(' {
        let mut depth = 1usize;
        let mut key = String::new();
        loop {
            let (_, c) = next(&mut idx).ok_or_else(|| FmtError::value("incomplete format key"))?;
            if c == ')' {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            } else if c == '(' {
                depth += 1;
            }
            key.push(c);
        }
        spec.key = Some(key);
        cur = next(&mut idx).ok_or_else(incomplete)?;
    }
    loop {
        match cur.1 {
            '-' => spec.flags.left = true,
            '+' => spec.flags.plus = true,
            ' ' => spec.flags.space = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
        cur = next(&mut idx).ok_or_else(incomplete)?;
    }
    if cur.1 == '*' {
        spec.width = Some(PercentCount::Star);
        cur = next(&mut idx).ok_or_else(incomplete)?;
    } else if let Some(d) = cur.1.to_digit(10) {
        let mut w = d as usize;
        loop {
            cur = next(&mut idx).ok_or_else(incomplete)?;
            let Some(d) = cur.1.to_digit(10) else { break };
            w = w
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(|| FmtError::value("width too big"))?;
        }
        spec.width = Some(PercentCount::Fixed(w));
    }
    if cur.1 == '.' {
        spec.precision = Some(PercentCount::Fixed(0));
        cur = next(&mut idx).ok_or_else(incomplete)?;
        if cur.1 == '*' {
            spec.precision = Some(PercentCount::Star);
            cur = next(&mut idx).ok_or_else(incomplete)?;
        } else if let Some(d) = cur.1.to_digit(10) {
            let mut p = d as usize;
            loop {
                cur = next(&mut idx).ok_or_else(incomplete)?;
                let Some(d) = cur.1.to_digit(10) else { break };
                p = p
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d as usize))
                    .filter(|&v| v <= i32::MAX as usize)
                    .ok_or_else(|| FmtError::value("precision too big"))?;
            }
            spec.precision = Some(PercentCount::Fixed(p));
        }
    }
    if matches!(cur.1, 'h' | 'l' | 'L') {
        cur = next(&mut idx).ok_or_else(incomplete)?;
    }
    spec.conv = cur.1;
    spec.conv_index = idx - 1;
    Ok((spec, pos + cur.0 + cur.1.len_utf8()))
}

/// Shared output stage (CPython's `unicode_format_arg_output`) for numbers.
fn output_numeric(
    neg: bool,
    prefix: &str,
    body: &str,
    flags: &PercentFlags,
    width: Option<usize>,
) -> Result<String, FmtError> {
    let sign = if neg {
        Some('-')
    } else if flags.plus {
        Some('+')
    } else if flags.space {
        Some(' ')
    } else {
        None
    };
    let len = sign.map_or(0, |_| 1) + prefix.chars().count() + body.chars().count();
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut out = String::new();
    out.try_reserve(pad.saturating_add(len).saturating_add(4))
        .map_err(|_| FmtError::memory())?;
    let fill = if flags.zero { '0' } else { ' ' };
    let rep = |out: &mut String, c: char, n: usize| out.extend(std::iter::repeat_n(c, n));
    if flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
        rep(&mut out, ' ', pad);
    } else if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
        rep(&mut out, '0', pad);
        out.push_str(body);
    } else {
        rep(&mut out, ' ', pad);
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(out)
}

/// `'%<flags><width>.<precision><conv>' % x` for an int and conv in
/// `d i u o x X c`.
pub fn percent_format_int(
    x: &BigInt,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, FmtError> {
    let (radix, prefix) = match conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            let ch = x
                .to_u32()
                .filter(|&v| v <= 0x10ffff)
                .ok_or_else(|| FmtError::overflow("%c arg not in range(0x110000)"))?;
            let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
            let pad = width.unwrap_or(0).saturating_sub(1);
            let mut out = String::new();
            out.try_reserve(pad.saturating_add(4))
                .map_err(|_| FmtError::memory())?;
            if flags.left {
                out.push(ch);
                out.extend(std::iter::repeat_n(' ', pad));
            } else {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push(ch);
            }
            return Ok(out);
        }
        c => {
            return Err(FmtError::value(format!(
                "unsupported format character '{}' (0x{:x})",
                if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                },
                c as u32
            )))
        }
    };
    let mut digits = if radix == 10 {
        crate::format::format::int_to_decimal(x)?
            .trim_start_matches('-')
            .to_string()
    } else {
        x.magnitude().to_str_radix(radix)
    };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = precision {
        if digits.len() < p {
            let mut z = String::new();
            z.try_reserve(p).map_err(|_| FmtError::memory())?;
            z.extend(std::iter::repeat_n('0', p - digits.len()));
            z.push_str(&digits);
            digits = z;
        }
    }
    let prefix = if flags.alt { prefix } else { "" };
    output_numeric(x.is_negative(), prefix, &digits, flags, width)
}

/// `'%<flags><width>.<precision><conv>' % x` for a float and conv in
/// `e E f F g G`.
pub fn percent_format_float(
    x: f64,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, FmtError> {
    let mode = match conv {
        'e' | 'E' => Mode::Exp,
        'f' | 'F' => Mode::Fixed,
        'g' | 'G' => Mode::General,
        c => {
            return Err(FmtError::value(format!(
                "unsupported format character '{}' (0x{:x})",
                if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                },
                c as u32
            )))
        }
    };
    let dflags = DtoaFlags {
        alt: flags.alt,
        upper: conv.is_ascii_uppercase(),
        ..DtoaFlags::default()
    };
    let (neg, body) = double_to_parts(x, mode, precision.unwrap_or(6), dflags);
    output_numeric(neg, "", &body, flags, width)
}
