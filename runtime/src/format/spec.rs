//! The format-spec mini-language (`format(x, spec)` / `__format__`):
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed with CPython 3.11's rules and error messages.

use crate::format::error::FmtError;
use crate::format::unicode::decimal_value;

/// Alignment option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=` (padding after the sign / prefix)
    AfterSign,
}

/// A parsed format specification. `fill`/`align` are `None` when not given;
/// `zero_pad` records the `0` flag (which applies only when no fill was given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero, floats only).
    pub no_neg_0: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The `0` option.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Text used by CPython's `'%c'`-or-`'\x%x'` messages for a type character.
pub(crate) fn code_text(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// Parse a run of (Unicode) decimal digits; `Ok(None)` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut val: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        val = val
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FmtError::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(if any { Some(val) } else { None })
}

/// Parse a format spec. `type_name` is the Python type name of the object
/// being formatted (used only in the "Invalid format specifier" message).
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut f = FormatSpec::default();
    let mut pos = 0usize;
    if let (Some(fill), Some(a)) = (at(0), at(1).and_then(align_of)) {
        f.fill = Some(fill);
        f.align = Some(a);
        pos = 2;
    } else if let Some(a) = at(0).and_then(align_of) {
        f.align = Some(a);
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && at(pos) == Some('0') {
        f.zero_pad = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        f.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if f.grouping.is_some() {
            return Err(FmtError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && f.grouping == Some('_') {
        return Err(FmtError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err(FmtError::value("Format specifier missing precision")),
        }
    }
    let remaining = chars.len().saturating_sub(pos);
    if remaining > 1 {
        return Err(FmtError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            crate::format::strrepr::truncate_chars(type_name, 200)
        )));
    }
    if remaining == 1 {
        f.ty = at(pos);
    }
    if let (Some(sep), Some(t)) = (f.grouping, f.ty) {
        check_grouping(sep, t)?;
    }
    Ok(f)
}

/// CPython's check that a thousands separator is allowed with a type.
pub(crate) fn check_grouping(sep: char, ty: char) -> Result<(), FmtError> {
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
        _ => Err(FmtError::value(format!(
            "Cannot specify '{}' with '{}'.",
            sep,
            code_text(ty)
        ))),
    }
}

impl FormatSpec {
    /// Effective fill character.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }
    /// Effective alignment for numbers (default right, `=` with the `0` flag).
    pub fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad => Align::AfterSign,
            None => Align::Right,
        }
    }
}
