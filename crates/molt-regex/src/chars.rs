//! Character predicates and case folding for each pattern mode, and
//! compiled character sets with an ASCII bitmap in front of the general
//! test.

use crate::parse::{Category, SetItem};

/// Unicode character properties the engine needs. The runtime passes
/// Python's own tables; `Unicode::std()` uses Rust's, for tests and fuzzing.
#[derive(Clone, Copy)]
pub struct Unicode {
    /// `str.isalnum()` of one character (`\w` adds `_`).
    pub alnum: fn(u32) -> bool,
    /// `str.isdecimal()`.
    pub decimal: fn(u32) -> bool,
    /// `str.isspace()`.
    pub space: fn(u32) -> bool,
    /// Simple lowercase mapping.
    pub lower: fn(u32) -> u32,
    /// Simple uppercase mapping.
    pub upper: fn(u32) -> u32,
}

fn one(mut it: impl Iterator<Item = char>, c: u32) -> u32 {
    match (it.next(), it.next()) {
        (Some(x), None) => x as u32,
        _ => c,
    }
}

impl Unicode {
    pub fn std() -> Unicode {
        Unicode {
            alnum: |c| char::from_u32(c).is_some_and(|c| c.is_alphanumeric()),
            decimal: |c| {
                char::from_u32(c)
                    .is_some_and(|c| c.is_ascii_digit() || (c as u32 > 127 && c.is_numeric()))
            },
            space: |c| {
                matches!(c, 9..=13 | 0x1c..=0x20)
                    || char::from_u32(c).is_some_and(char::is_whitespace)
            },
            lower: |c| char::from_u32(c).map_or(c, |ch| one(ch.to_lowercase(), c)),
            upper: |c| char::from_u32(c).map_or(c, |ch| one(ch.to_uppercase(), c)),
        }
    }
}

/// How characters are classified: Unicode (str patterns), or ASCII (the
/// ASCII flag, and bytes patterns).
#[derive(Clone, Copy)]
pub struct Mode {
    pub uni: Option<Unicode>,
}

impl Mode {
    pub fn is_word(&self, c: u32) -> bool {
        if c < 128 {
            return (c as u8).is_ascii_alphanumeric() || c == '_' as u32;
        }
        match &self.uni {
            Some(u) => (u.alnum)(c),
            None => false,
        }
    }
    pub fn is_digit(&self, c: u32) -> bool {
        if c < 128 {
            return (c as u8).is_ascii_digit();
        }
        self.uni.as_ref().is_some_and(|u| (u.decimal)(c))
    }
    pub fn is_space(&self, c: u32) -> bool {
        if c < 128 {
            return match &self.uni {
                Some(_) => matches!(c, 9..=13 | 0x1c..=0x20),
                None => matches!(c, 9..=13 | 0x20),
            };
        }
        self.uni.as_ref().is_some_and(|u| (u.space)(c))
    }
    pub fn lower(&self, c: u32) -> u32 {
        if c < 128 {
            return (c as u8).to_ascii_lowercase() as u32;
        }
        self.uni.as_ref().map_or(c, |u| (u.lower)(c))
    }
    pub fn upper(&self, c: u32) -> u32 {
        if c < 128 {
            return (c as u8).to_ascii_uppercase() as u32;
        }
        self.uni.as_ref().map_or(c, |u| (u.upper)(c))
    }
    /// The representative of `c`'s case-insensitive class.
    pub fn fold(&self, c: u32) -> u32 {
        match &self.uni {
            None => {
                if c < 128 {
                    (c as u8).to_ascii_lowercase() as u32
                } else {
                    c
                }
            }
            Some(u) => {
                let up = (u.upper)(c);
                if c < 128 && up < 128 {
                    return (c as u8).to_ascii_lowercase() as u32;
                }
                (u.lower)(up)
            }
        }
    }
    pub fn category(&self, cat: Category, c: u32) -> bool {
        match cat {
            Category::Digit => self.is_digit(c),
            Category::NotDigit => !self.is_digit(c),
            Category::Word => self.is_word(c),
            Category::NotWord => !self.is_word(c),
            Category::Space => self.is_space(c),
            Category::NotSpace => !self.is_space(c),
        }
    }
}

/// A compiled `[...]`.
pub struct CharSet {
    ascii: [u64; 2],
    items: Vec<SetItem>,
    negate: bool,
    icase: bool,
    mode: Mode,
}

impl CharSet {
    pub fn new(items: Vec<SetItem>, negate: bool, icase: bool, mode: Mode) -> CharSet {
        let mut cs = CharSet {
            ascii: [0; 2],
            items,
            negate,
            icase,
            mode,
        };
        for c in 0..128u32 {
            if cs.slow(c) {
                cs.ascii[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        cs
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(l) => l == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Cat(cat) => self.mode.category(cat, c),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let mut hit = self.raw(c);
        if !hit && self.icase {
            let m = &self.mode;
            let lo = m.lower(c);
            let up = m.upper(c);
            hit = (lo != c && self.raw(lo))
                || (up != c && self.raw(up))
                || {
                    let f = m.fold(c);
                    f != c && f != lo && self.raw(f)
                }
                || {
                    let u2 = m.upper(lo);
                    u2 != c && u2 != up && self.raw(u2)
                };
            if !hit && m.uni.is_some() {
                hit = FIXES
                    .iter()
                    .any(|grp| grp.contains(&c) && grp.iter().any(|&o| o != c && self.raw(o)));
            }
        }
        hit != self.negate
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow(c)
    }

    /// Could any character at or above 128 be in the set?
    pub fn may_have_non_ascii(&self) -> bool {
        self.negate
            || self.icase
            || self.items.iter().any(|it| match *it {
                SetItem::Lit(l) => l >= 128,
                SetItem::Range(_, hi) => hi >= 128,
                SetItem::Cat(_) => true,
            })
    }
}

/// Characters that match each other case-insensitively although their
/// simple case mappings differ (e.g. the Greek final sigma, the micro sign).
const FIXES: &[&[u32]] = &[
    &[0x73, 0x17f],
    &[0x6b, 0x212a],
    &[0xb5, 0x3bc],
    &[0x3c3, 0x3c2],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1, 0x3f4],
    &[0x3b9, 0x345, 0x1fbe],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c6, 0x3d5],
    &[0x3c9, 0x2126],
    &[0xe5, 0x212b],
    &[0x1e61, 0x1e9b],
    &[0xdf, 0x1e9e],
    &[0x69, 0x131],
    &[0x432, 0x1c80],
    &[0x434, 0x1c81],
    &[0x43e, 0x1c82],
    &[0x441, 0x1c83],
    &[0x442, 0x1c84, 0x1c85],
    &[0x44a, 0x1c86],
    &[0x463, 0x1c87],
    &[0xa64b, 0x1c88],
];

/// Do `a` and `b` match case-insensitively?
pub fn eq_icase(mode: &Mode, a: u32, b: u32) -> bool {
    if a == b || mode.fold(a) == mode.fold(b) {
        return true;
    }
    mode.uni.is_some() && FIXES.iter().any(|g| g.contains(&a) && g.contains(&b))
}

/// Is `c` in one of the groups of `FIXES`?
pub fn in_fixes(c: u32) -> bool {
    FIXES.iter().any(|g| g.contains(&c))
}
