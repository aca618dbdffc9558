//! One recogniser per form of time expression (the list in the module docs), tried in the
//! order of [`FORMS`] at each token.
//!
//! A recogniser looks at the sentence from token `k` and, when its form starts there and
//! resolves, returns what it found: the tokens it covers, the days, the granularity, and
//! the tense the expression itself states ("last", "ago", "next"), if any.

use chrono::{Datelike, Duration, NaiveDate};
use factum_doc::words;
use factum_doc::{DateGranularity, Tense};

use super::calendar::{
    add_months, day_number, month_end, number, span_of, week_start, year_number,
};
use super::Sentence;

/// What a recogniser reads besides the sentence.
pub(super) struct Ctx<'s, 'a> {
    pub s: &'s Sentence<'a>,
    /// The publication day, which relative forms count from.
    pub published: Option<NaiveDate>,
    /// The last date found before this token ("two days later" counts from it).
    pub anchor: Option<NaiveDate>,
}

/// A time expression a recogniser found.
pub(super) struct Found {
    /// Its first token (a modifier before the form's own words counts: "early December").
    pub first: usize,
    /// The token after it.
    pub end: usize,
    pub start: NaiveDate,
    /// Its last day (inclusive).
    pub last: NaiveDate,
    pub granularity: DateGranularity,
    /// The tense the expression states itself; `None` leaves it to the dates.
    pub tense: Option<Tense>,
}

impl Found {
    fn day(first: usize, end: usize, date: NaiveDate, tense: Option<Tense>) -> Found {
        Found {
            first,
            end,
            start: date,
            last: date,
            granularity: DateGranularity::Day,
            tense,
        }
    }
}

type Recogniser = fn(&Ctx, usize) -> Option<Found>;

/// The recognisers, in the order they are tried.
pub(super) const FORMS: &[Recogniser] = &[
    weekday,
    deictic_day,
    calendar_unit,
    day_and_month,
    month_alone,
    relative_span,
    the_day_after,
    year,
    near_future,
];

/// "Tuesday", "on Tuesday", "last/next/this Tuesday", "Tuesday night": the weekday before
/// publication, or after it in a future clause or with "next".
fn weekday(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    let (modifier, at) = match s.w(k) {
        "last" | "next" | "this" | "on" | "past" | "coming"
            if words::weekday(s.w(k + 1)).is_some() =>
        {
            (s.w(k), k + 1)
        }
        _ => ("", k),
    };
    let target = i64::from(words::weekday(s.w(at))?);
    let published = cx.published?;
    if !s.cap(at) {
        return None;
    }
    let today = i64::from(published.weekday().num_days_from_monday());
    let back = (today - target).rem_euclid(7);
    let fwd = (target - today).rem_euclid(7);
    let (date, tense) = match modifier {
        "last" | "past" => (
            published - Duration::days(if back == 0 { 7 } else { back }),
            Some(Tense::Past),
        ),
        "next" | "coming" => (
            published + Duration::days(if fwd == 0 { 7 } else { fwd }),
            Some(Tense::Future),
        ),
        _ => match s.tense_at(at) {
            Tense::Future => (published + Duration::days(fwd), None),
            _ => (published - Duration::days(back), None),
        },
    };
    let mut end = at + 1;
    if matches!(s.w(end), "morning" | "afternoon" | "evening" | "night") {
        end += 1;
    }
    Some(Found::day(k, end, date, tense))
}

/// "yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "earlier
/// today".
fn deictic_day(cx: &Ctx, k: usize) -> Option<Found> {
    let p = cx.published?;
    let day = Duration::days(1);
    let (end, date, tense) = match (cx.s.w(k), cx.s.w(k + 1)) {
        ("yesterday", _) => (k + 1, p - day, Some(Tense::Past)),
        ("today", _) | ("tonight", _) => (k + 1, p, None),
        ("tomorrow", _) => (k + 1, p + day, Some(Tense::Future)),
        ("last", "night") => (k + 2, p - day, Some(Tense::Past)),
        ("this", "morning" | "afternoon" | "evening") => (k + 2, p, None),
        ("earlier", "today") => (k + 2, p, Some(Tense::Past)),
        ("later", "today") => (k + 2, p, Some(Tense::Future)),
        _ => return None,
    };
    Some(Found::day(k, end, date, tense))
}

/// "last/this/next/past/coming week|weekend|month|year", "earlier/later this week|month|year".
fn calendar_unit(cx: &Ctx, k: usize) -> Option<Found> {
    let p = cx.published?;
    let s = cx.s;
    let (modifier, unit_at) = match (s.w(k), s.w(k + 1)) {
        ("earlier" | "later", "this") => (s.w(k), k + 2),
        ("last" | "this" | "next" | "past" | "coming", _) => (s.w(k), k + 1),
        _ => return None,
    };
    // `days` from the Monday of this week, `len` days long.
    let week = |days: i64, len: i64, g: DateGranularity, tense: Option<Tense>| {
        let start = week_start(p) + Duration::days(days);
        (start, start + Duration::days(len - 1), g, tense)
    };
    // How many units from this one, and the tense the modifier states.
    let (offset, stated) = match modifier {
        "last" | "past" => (-1, Some(Tense::Past)),
        "next" | "coming" => (1, Some(Tense::Future)),
        "earlier" => (0, Some(Tense::Past)),
        "later" => (0, Some(Tense::Future)),
        _ => (0, None),
    };
    use DateGranularity::{Day, Month, Week, Year};
    let (start, last, granularity, tense) = match (modifier, s.w(unit_at)) {
        ("last" | "past", "weekend") => week(-2, 2, Day, stated),
        ("this", "weekend") => week(5, 2, Day, stated),
        ("next" | "coming", "weekend") => week(12, 2, Day, stated),
        (_, "week") => week(7 * offset, 7, Week, stated),
        (_, "month") => {
            let start = add_months(p, offset);
            (start, month_end(start.year(), start.month()), Month, stated)
        }
        (_, "year") => {
            let y = p.year() + offset as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1).expect("valid"),
                NaiveDate::from_ymd_opt(y, 12, 31).expect("valid"),
                Year,
                stated,
            )
        }
        _ => return None,
    };
    Some(Found {
        first: k,
        end: unit_at + 1,
        start,
        last,
        granularity,
        tense,
    })
}

/// "24 September" or "September 24" / "Sept. 24" at `k`: (day, month, the token after).
fn day_month_at(s: &Sentence, k: usize) -> Option<(u32, u32, usize)> {
    let day_first = day_number(s.w(k)).zip(words::month(s.raw(k + 1)).filter(|_| s.cap(k + 1)));
    let month_first = words::month(s.raw(k))
        .filter(|_| s.cap(k))
        .and_then(|m| day_number(s.w(k + 1)).map(|d| (d, m)));
    day_first.or(month_first).map(|(d, m)| (d, m, k + 2))
}

/// "Sept. 24", "September 24, 2024", "24 September", "24 September 2024". Without a year,
/// the one that puts the day on the clause's side of publication.
fn day_and_month(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    let (d, m, mut end) = day_month_at(s, k)?;
    let mut year = None;
    if s.w(end) == "," && year_number(s.w(end + 1)).is_some() {
        year = year_number(s.w(end + 1));
        end += 2;
    } else if let Some(y) = year_number(s.w(end)) {
        year = Some(y);
        end += 1;
    }
    let date = match (year, cx.published) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d),
        (None, Some(p)) => NaiveDate::from_ymd_opt(p.year(), m, d).map(|c| match s.tense_at(k) {
            Tense::Future if c < p - Duration::days(1) => {
                NaiveDate::from_ymd_opt(p.year() + 1, m, d).unwrap_or(c)
            }
            Tense::Past | Tense::Ongoing if c > p + Duration::days(1) => {
                NaiveDate::from_ymd_opt(p.year() - 1, m, d).unwrap_or(c)
            }
            _ => c,
        }),
        (None, None) => None,
    }?;
    Some(Found::day(k, end, date, None))
}

/// "in December", "December 2023", "early December", "last March": a month name without a
/// day. "May" and "March" are also words, so a bare month needs a cue before it or a year
/// after it.
fn month_alone(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    if day_month_at(s, k).is_some() {
        return None; // a day and a month, even when the date did not resolve
    }
    let raw = s.raw(k);
    let m = words::month(raw)
        .filter(|_| s.cap(k) && (raw.len() > 3 || raw == "May" || raw.ends_with('.')))?;
    let before = s.before(k);
    let cue_before = matches!(
        before,
        "in" | "since"
            | "until"
            | "by"
            | "early"
            | "mid"
            | "late"
            | "last"
            | "next"
            | "this"
            | "during"
            | "from"
            | "through"
            | "mid-"
    );
    let year = year_number(s.w(k + 1));
    let safe_name = !matches!(m, 3 | 5) || cue_before || year.is_some();
    if !((cue_before || year.is_some()) && safe_name) {
        return None;
    }
    let y = match (year, cx.published) {
        (Some(y), _) => y,
        (None, Some(p)) => year_of_month(s, k, m, p),
        (None, None) => return None,
    };
    let in_phrase = matches!(
        before,
        "early" | "mid" | "late" | "last" | "next" | "this" | "mid-"
    );
    Some(Found {
        first: if cue_before && in_phrase { k - 1 } else { k },
        end: k + 1 + usize::from(year.is_some()),
        start: NaiveDate::from_ymd_opt(y, m, 1).expect("valid"),
        last: month_end(y, m),
        granularity: DateGranularity::Month,
        tense: None,
    })
}

/// The year of month `m` named at `k` without one: this year, or the one before or after
/// by "last"/"next" or the clause's tense.
fn year_of_month(s: &Sentence, k: usize, m: u32, p: NaiveDate) -> i32 {
    let modifier = s.before(k);
    let tense = match modifier {
        "last" => Tense::Past,
        "next" => Tense::Future,
        _ => s.tense_at(k),
    };
    match tense {
        Tense::Future if m < p.month() => p.year() + 1,
        Tense::Future if m == p.month() && modifier == "next" => p.year() + 1,
        Tense::Past | Tense::Ongoing if m > p.month() => p.year() - 1,
        Tense::Past if m == p.month() && modifier == "last" => p.year() - 1,
        _ => p.year(),
    }
}

/// "two days later", "a week earlier" (from the previous date in the text), "three weeks
/// ago" (from publication), "two days after," (bare: from the previous date).
fn relative_span(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    let n = number(s.w(k))?;
    let unit = s.w(k + 1).trim_end_matches('s');
    let from_anchor = cx.anchor.or(cx.published);
    let step = |d: NaiveDate, sign: i64| -> Option<(NaiveDate, DateGranularity)> {
        match unit {
            "day" => Some((d + Duration::days(sign * n), DateGranularity::Day)),
            "week" => Some((d + Duration::days(sign * 7 * n), DateGranularity::Week)),
            "month" => Some((add_months(d, sign * n), DateGranularity::Month)),
            "year" => NaiveDate::from_ymd_opt(d.year() + (sign * n) as i32, 1, 1)
                .map(|x| (x, DateGranularity::Year)),
            _ => None,
        }
    };
    let ((d, g), tense) = match s.w(k + 2) {
        "ago" => (step(cx.published?, -1)?, Some(Tense::Past)),
        "later" => (step(from_anchor?, 1)?, None),
        "earlier" => (step(from_anchor?, -1)?, None),
        // "two days after the vote" counts from an event we cannot date; only the bare
        // form ("two days after,") counts from the previous date.
        "after" if s.closes(k + 3) => (step(from_anchor?, 1)?, None),
        "before" if s.closes(k + 3) => (step(from_anchor?, -1)?, None),
        _ => return None,
    };
    let hedged = matches!(s.before(k), "some" | "about" | "nearly" | "almost");
    let (start, last) = span_of(d, g);
    Some(Found {
        first: if hedged { k - 1 } else { k },
        end: k + 3,
        start,
        last,
        granularity: g,
        tense,
    })
}

/// "the next day", "the following day", "the day before", "the previous day": a day from
/// the previous date in the text.
fn the_day_after(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    if s.w(k) != "the" {
        return None;
    }
    let base = cx.anchor.or(cx.published)?;
    let day = Duration::days(1);
    let date = match (s.w(k + 1), s.w(k + 2)) {
        ("next" | "following", "day") | ("day", "after") => base + day,
        ("previous" | "preceding", "day") | ("day", "before") => base - day,
        _ => return None,
    };
    Some(Found::day(k, k + 3, date, None))
}

/// "in 2023", "since 2019": a year after a preposition.
fn year(cx: &Ctx, k: usize) -> Option<Found> {
    let s = cx.s;
    if !matches!(
        s.before(k),
        "in" | "since" | "during" | "until" | "by" | "of"
    ) {
        return None;
    }
    let y = year_number(s.w(k))?;
    Some(Found {
        first: k,
        end: k + 1,
        start: NaiveDate::from_ymd_opt(y, 1, 1).expect("valid"),
        last: NaiveDate::from_ymd_opt(y, 12, 31).expect("valid"),
        granularity: DateGranularity::Year,
        tense: None,
    })
}

/// "imminently", "soon", "in the coming days/weeks/months": from the day after
/// publication, as coarse as the phrase.
fn near_future(cx: &Ctx, k: usize) -> Option<Found> {
    let p = cx.published?;
    let s = cx.s;
    let (end, granularity) = match (s.w(k), s.w(k + 1), s.w(k + 2), s.w(k + 3)) {
        ("imminently" | "imminent" | "soon" | "shortly", _, _, _) => (k + 1, DateGranularity::Week),
        ("in", "the", "coming" | "next", "days") => (k + 4, DateGranularity::Week),
        ("in", "the", "coming" | "next", "weeks") => (k + 4, DateGranularity::Month),
        ("in", "the", "coming" | "next", "months") => (k + 4, DateGranularity::Year),
        _ => return None,
    };
    let d = p + Duration::days(1);
    Some(Found {
        first: k,
        end,
        start: d,
        last: d,
        granularity,
        tense: Some(Tense::Future),
    })
}
