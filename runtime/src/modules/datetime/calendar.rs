//! Proleptic Gregorian calendar arithmetic: ordinals (day 1 is 0001-01-01),
//! weekdays and ISO weeks. Pure functions on plain integers; callers check
//! ranges. Ordinals outside the supported years still compute (no panic).

pub const MINYEAR: i64 = 1;
pub const MAXYEAR: i64 = 9999;
/// The ordinal of 9999-12-31.
pub const MAX_ORDINAL: i64 = 3_652_059;

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_before_year(y: i64) -> i64 {
    let p = y - 1;
    p * 365 + p.div_euclid(4) - p.div_euclid(100) + p.div_euclid(400)
}

pub fn days_before_month(y: i64, m: i64) -> i64 {
    (1..m).map(|k| days_in_month(y, k)).sum()
}

pub fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

pub fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    // Estimate the year from the mean year length, then correct it.
    let mut y = (n - 1).div_euclid(146_097) * 400 + 1;
    y += ((n - 1).rem_euclid(146_097) * 400) / 146_097;
    while days_before_year(y + 1) < n {
        y += 1;
    }
    while days_before_year(y) >= n {
        y -= 1;
    }
    let mut rest = n - days_before_year(y);
    let mut m = 1;
    while m < 12 && rest > days_in_month(y, m) {
        rest -= days_in_month(y, m);
        m += 1;
    }
    (y, m, rest)
}

/// Monday is 0.
pub fn weekday(ord: i64) -> i64 {
    (ord + 6).rem_euclid(7)
}

/// The ordinal of the Monday of ISO week 1 of `y` (the week with Jan 4).
pub fn iso_week1_monday(y: i64) -> i64 {
    let jan4 = ymd_to_ord(y, 1, 4);
    jan4 - weekday(jan4)
}

/// (ISO year, week, weekday 1..7).
pub fn iso_calendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let ord = ymd_to_ord(y, m, d);
    let mut iy = y;
    let mut start = iso_week1_monday(iy);
    if ord < start {
        iy -= 1;
        start = iso_week1_monday(iy);
    } else {
        let next = iso_week1_monday(iy + 1);
        if ord >= next {
            iy += 1;
            start = next;
        }
    }
    let off = ord - start;
    (iy, off / 7 + 1, off % 7 + 1)
}

/// Does ISO year `y` have 53 weeks? (It starts on a Thursday, or is a
/// leap year starting on a Wednesday.)
pub fn has_week_53(y: i64) -> bool {
    let first = weekday(ymd_to_ord(y, 1, 1));
    first == 3 || (first == 2 && is_leap(y))
}

/// The ordinal of an ISO date whose week and day are already valid.
pub fn iso_to_ord(y: i64, week: i64, day: i64) -> i64 {
    iso_week1_monday(y) + (week - 1) * 7 + day - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        assert_eq!(ymd_to_ord(1, 1, 1), 1);
        assert_eq!(ymd_to_ord(9999, 12, 31), MAX_ORDINAL);
        assert_eq!(ymd_to_ord(2024, 1, 2), 738_887);
        for n in (1..MAX_ORDINAL)
            .step_by(997)
            .chain([MAX_ORDINAL, 59, 60, 61])
        {
            let (y, m, d) = ord_to_ymd(n);
            assert_eq!(ymd_to_ord(y, m, d), n);
        }
        assert_eq!(ord_to_ymd(0), (0, 12, 31));
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_calendar(2024, 1, 2), (2024, 1, 2));
        assert_eq!(iso_calendar(2021, 1, 1), (2020, 53, 5));
        assert_eq!(iso_calendar(2024, 12, 30), (2025, 1, 1));
        assert!(has_week_53(2020) && !has_week_53(2024));
    }
}
