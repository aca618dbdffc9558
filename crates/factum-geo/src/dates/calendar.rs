//! Date arithmetic and number words for the recognisers.

use chrono::{Datelike, Duration, NaiveDate};
use factum_doc::DateGranularity;

/// The count a word gives ("two", "a", "12"), 1 to 400.
pub(super) fn number(word: &str) -> Option<i64> {
    Some(match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return word.parse().ok().filter(|n| (1..=400).contains(n)),
    })
}

/// A day of the month: "24", "1st", "3rd".
pub(super) fn day_number(word: &str) -> Option<u32> {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year from 1900 to 2100: "2024".
pub(super) fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// The last day of month `m` of year `y`.
pub(super) fn month_end(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid") - Duration::days(1)
}

/// The first day of the month `months` after (or before) `d`'s.
pub(super) fn add_months(d: NaiveDate, months: i64) -> NaiveDate {
    let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + months;
    let (y, m) = (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1);
    NaiveDate::from_ymd_opt(y, m, 1).expect("valid")
}

/// The Monday of `d`'s week.
pub(super) fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// The days a date of granularity `g` covers, starting at `d` (a month or a year from its
/// first day).
pub(super) fn span_of(d: NaiveDate, g: DateGranularity) -> (NaiveDate, NaiveDate) {
    match g {
        DateGranularity::Day => (d, d),
        DateGranularity::Week => (d, d + Duration::days(6)),
        DateGranularity::Month => {
            let s = NaiveDate::from_ymd_opt(d.year(), d.month(), 1).expect("valid");
            (s, month_end(d.year(), d.month()))
        }
        DateGranularity::Year => (
            NaiveDate::from_ymd_opt(d.year(), 1, 1).expect("valid"),
            NaiveDate::from_ymd_opt(d.year(), 12, 31).expect("valid"),
        ),
    }
}
