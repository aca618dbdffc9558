//! Time expressions resolved against the publication date, and the tense of a clause.
//!
//! News dates events relative to the day the story runs: "on Tuesday", "last week", "in
//! December", "two days later". Each form is resolved to the first day it covers and a
//! granularity, using the tense of the clause to pick the direction: "on Monday" in a
//! past-tense clause is the Monday before publication, in a future clause ("will meet on
//! Monday") the Monday after. Without a parse the tense comes from auxiliaries ("will",
//! "is to", "plans to"), and news' default is the past.
//!
//! Forms handled (case-insensitive where the word is not a name):
//!
//! * weekdays: "Tuesday", "on Tuesday", "last/next/this Tuesday", "Tuesday night";
//! * "yesterday", "today", "tonight", "tomorrow", "last night", "this morning";
//! * "last/this/next/past week|month|year|weekend", "earlier/later this week|month|year";
//! * month names: "in December", "December 2023", "early December";
//! * days: "Sept. 24", "September 24, 2024", "24 September", "24 September 2024";
//! * relative spans: "two days later" / "a week earlier" (from the previous date in the
//!   text), "three days ago" (from publication), "the next day", "the day before";
//! * years: "in 2023";
//! * the near future: "imminently", "soon", "in the coming days/weeks/months".

use chrono::{Datelike, Duration, NaiveDate};
use factum_doc::tree::DepTree;
use factum_doc::{DateGranularity, Tense, Token, TokenSyntax};
use factum_text::words;

/// A time expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundTime {
    pub token_start: usize,
    pub token_end: usize,
    pub sentence: usize,
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    pub granularity: DateGranularity,
    /// Explicit direction of the expression itself ("last", "ago", "next", "imminently").
    pub tense: Tense,
}

/// Whether a lower-case word is a weekday or a month name ("sunday", "sept."): such a word
/// before a capitalised name is no first name ("said Sunday Israel will …").
pub(crate) fn is_calendar_word(word: &str) -> bool {
    words::weekday(word).is_some() || words::month(word).is_some()
}

fn number(word: &str) -> Option<i64> {
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

fn day_number(word: &str) -> Option<u32> {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn month_end(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid") - Duration::days(1)
}

fn add_months(d: NaiveDate, months: i64) -> NaiveDate {
    let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + months;
    let (y, m) = (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1);
    NaiveDate::from_ymd_opt(y, m, 1).expect("valid")
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// The tense of the clause around token `at` in sentence tokens `ss..se`.
///
/// With a syntax layer: a modal "will/shall/'ll" before the verb or "going to" gives the
/// future, a present progressive ("is meeting") or present tense the ongoing, VBD/VBN the
/// past. Without one: the same auxiliaries, else the past, news' default.
pub fn clause_tense(
    tokens: &[Token],
    syntax: Option<&[TokenSyntax]>,
    ss: usize,
    se: usize,
    at: usize,
) -> Tense {
    let lo = at.saturating_sub(6).max(ss);
    let words: Vec<String> = tokens[lo..=at.min(se - 1)]
        .iter()
        .map(|t| t.norm.to_lowercase())
        .collect();
    let future_aux = words.iter().enumerate().any(|(k, w)| {
        matches!(w.as_str(), "will" | "'ll" | "shall" | "wo")
            || (w == "to"
                && k > 0
                && matches!(
                    words[k - 1].as_str(),
                    "is" | "are"
                        | "plans"
                        | "planned"
                        | "expected"
                        | "set"
                        | "due"
                        | "poised"
                        | "scheduled"
                        | "going"
                        | "intends"
                        | "aims"
                        | "hopes"
                        | "plan"
                        | "wants"
                        | "seeks"
                        | "vowed"
                        | "pledged"
                        | "promised"
                        | "threatened"
                ))
    });
    if future_aux {
        return Tense::Future;
    }
    if let Some(syn) = syntax {
        if let Some(t) = syn.get(at) {
            match t.xpos.as_str() {
                "VBD" => return Tense::Past,
                "VBN" => {
                    // "has been", "was killed": past unless a future auxiliary (above).
                    return Tense::Past;
                }
                "VBG" | "VBZ" | "VBP" => {
                    let aux_past = syn[lo..at]
                        .iter()
                        .any(|s| s.xpos == "VBD" && matches!(s.lemma.as_str(), "be" | "do"));
                    return if aux_past {
                        Tense::Past
                    } else {
                        Tense::Ongoing
                    };
                }
                _ => {}
            }
        }
    }
    Tense::Past
}

/// Find and resolve time expressions in sentence tokens `ss..se`.
///
/// `published` anchors relative forms; without it only dates with an explicit year resolve.
/// `tense_of(k)` gives the clause tense at token `k`; `anchor` is updated as dates are found.
#[allow(clippy::too_many_arguments)]
pub fn find_in_sentence(
    tokens: &[Token],
    syntax: Option<&[TokenSyntax]>,
    sentence: usize,
    ss: usize,
    se: usize,
    published: Option<NaiveDate>,
    anchor: &mut Option<NaiveDate>,
    out: &mut Vec<FoundTime>,
) {
    // Lower-cased forms, borrowed when already lower-case (most tokens).
    let lw: Vec<std::borrow::Cow<str>> = tokens[ss..se]
        .iter()
        .map(|t| {
            if t.norm.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(t.norm.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(t.norm.as_str())
            }
        })
        .collect();
    let w = |k: usize| -> &str { lw.get(k - ss).map_or("", |c| c.as_ref()) };
    let raw = |k: usize| -> &str {
        tokens
            .get(k)
            .filter(|_| k < se)
            .map_or("", |t| t.norm.as_str())
    };
    let cap = |k: usize| raw(k).chars().next().is_some_and(char::is_uppercase);
    // Verb for the tense: the nearest verb-like token; use the sentence's main clause.
    let closes = |k: usize| k >= se || matches!(w(k), "," | "." | ";" | "and" | "\"");
    let tree = syntax.map(|syn| DepTree::new(syn, ss..se));
    let tense_here =
        |k: usize| clause_tense(tokens, syntax, ss, se, find_verb(tree.as_ref(), ss, se, k));
    let mut k = ss;
    while k < se {
        let mut found: Option<(usize, NaiveDate, NaiveDate, DateGranularity, Option<Tense>)> = None;
        let day = |d: NaiveDate| (d, d, DateGranularity::Day);

        // Weekdays.
        let (mods, wk_at) = match w(k) {
            "last" | "next" | "this" | "on" | "past" | "coming"
                if words::weekday(w(k + 1)).is_some() =>
            {
                (w(k), k + 1)
            }
            _ => ("", k),
        };
        if let (Some(wd), Some(pubd)) = (words::weekday(w(wk_at)), published) {
            if cap(wk_at) {
                let pub_wd = pubd.weekday().num_days_from_monday() as i64;
                let target = i64::from(wd);
                let back = (pub_wd - target).rem_euclid(7);
                let fwd = (target - pub_wd).rem_euclid(7);
                let (date, t) = match mods {
                    "last" | "past" => (
                        pubd - Duration::days(if back == 0 { 7 } else { back }),
                        Some(Tense::Past),
                    ),
                    "next" | "coming" => (
                        pubd + Duration::days(if fwd == 0 { 7 } else { fwd }),
                        Some(Tense::Future),
                    ),
                    _ => match tense_here(wk_at) {
                        Tense::Future => (pubd + Duration::days(fwd), None),
                        _ => (pubd - Duration::days(back), None),
                    },
                };
                let mut end = wk_at + 1;
                if matches!(w(end), "morning" | "afternoon" | "evening" | "night") {
                    end += 1;
                }
                let (s, e, g) = day(date);
                found = Some((end, s, e, g, t));
            }
        }

        // Deictic days.
        if found.is_none() {
            if let Some(pubd) = published {
                let f = match (w(k), w(k + 1)) {
                    ("yesterday", _) => Some((k + 1, pubd - Duration::days(1), Some(Tense::Past))),
                    ("today", _) | ("tonight", _) => Some((k + 1, pubd, None)),
                    ("tomorrow", _) => Some((k + 1, pubd + Duration::days(1), Some(Tense::Future))),
                    ("last", "night") => Some((k + 2, pubd - Duration::days(1), Some(Tense::Past))),
                    ("this", "morning" | "afternoon" | "evening") => Some((k + 2, pubd, None)),
                    ("earlier", "today") => Some((k + 2, pubd, Some(Tense::Past))),
                    ("later", "today") => Some((k + 2, pubd, Some(Tense::Future))),
                    _ => None,
                };
                if let Some((end, d, t)) = f {
                    found = Some((end, d, d, DateGranularity::Day, t));
                }
            }
        }

        // last/this/next week|month|year|weekend, earlier/later this …
        if found.is_none() {
            if let Some(pubd) = published {
                let (modifier, unit_at, explicit) = match (w(k), w(k + 1)) {
                    ("earlier" | "later", "this") => (w(k), k + 2, true),
                    ("last" | "this" | "next" | "past" | "coming", _) => (w(k), k + 1, true),
                    _ => ("", k, false),
                };
                if explicit {
                    let unit = w(unit_at);
                    let r = match (modifier, unit) {
                        ("last" | "past", "week") => {
                            let s = week_start(pubd) - Duration::days(7);
                            Some((
                                s,
                                s + Duration::days(6),
                                DateGranularity::Week,
                                Some(Tense::Past),
                            ))
                        }
                        ("this", "week") => {
                            let s = week_start(pubd);
                            Some((s, s + Duration::days(6), DateGranularity::Week, None))
                        }
                        ("earlier", "week") => {
                            let s = week_start(pubd);
                            Some((
                                s,
                                s + Duration::days(6),
                                DateGranularity::Week,
                                Some(Tense::Past),
                            ))
                        }
                        ("later", "week") => {
                            let s = week_start(pubd);
                            Some((
                                s,
                                s + Duration::days(6),
                                DateGranularity::Week,
                                Some(Tense::Future),
                            ))
                        }
                        ("next" | "coming", "week") => {
                            let s = week_start(pubd) + Duration::days(7);
                            Some((
                                s,
                                s + Duration::days(6),
                                DateGranularity::Week,
                                Some(Tense::Future),
                            ))
                        }
                        ("last" | "past", "weekend") => {
                            let s = week_start(pubd) - Duration::days(2);
                            Some((
                                s,
                                s + Duration::days(1),
                                DateGranularity::Day,
                                Some(Tense::Past),
                            ))
                        }
                        ("this", "weekend") => {
                            let s = week_start(pubd) + Duration::days(5);
                            Some((s, s + Duration::days(1), DateGranularity::Day, None))
                        }
                        ("next" | "coming", "weekend") => {
                            let s = week_start(pubd) + Duration::days(12);
                            Some((
                                s,
                                s + Duration::days(1),
                                DateGranularity::Day,
                                Some(Tense::Future),
                            ))
                        }
                        (m, "month") => {
                            let (off, t) = match m {
                                "last" | "past" => (-1, Some(Tense::Past)),
                                "next" | "coming" => (1, Some(Tense::Future)),
                                "earlier" => (0, Some(Tense::Past)),
                                "later" => (0, Some(Tense::Future)),
                                _ => (0, None),
                            };
                            let s = add_months(pubd, off);
                            Some((s, month_end(s.year(), s.month()), DateGranularity::Month, t))
                        }
                        (m, "year") => {
                            let (off, t) = match m {
                                "last" | "past" => (-1, Some(Tense::Past)),
                                "next" | "coming" => (1, Some(Tense::Future)),
                                "earlier" => (0, Some(Tense::Past)),
                                "later" => (0, Some(Tense::Future)),
                                _ => (0, None),
                            };
                            let y = pubd.year() + off;
                            Some((
                                NaiveDate::from_ymd_opt(y, 1, 1).expect("valid"),
                                NaiveDate::from_ymd_opt(y, 12, 31).expect("valid"),
                                DateGranularity::Year,
                                t,
                            ))
                        }
                        _ => None,
                    };
                    if let Some((s, e, g, t)) = r {
                        found = Some((unit_at + 1, s, e, g, t));
                    }
                }
            }
        }

        // Month names with or without a day and a year.
        if found.is_none() {
            // "24 September [2024]"
            let day_first = day_number(w(k)).zip(words::month(raw(k + 1)).filter(|_| cap(k + 1)));
            // "September 24[,] [2024]" / "Sept. 24"
            let month_first = words::month(raw(k))
                .filter(|_| cap(k))
                .and_then(|m| day_number(w(k + 1)).map(|d| (d, m)));
            let with_day = day_first
                .map(|(d, m)| (d, m, k + 2))
                .or(month_first.map(|(d, m)| (d, m, k + 2)));
            if let Some((d, m, mut end)) = with_day {
                let mut year = None;
                if w(end) == "," && year_number(w(end + 1)).is_some() {
                    year = year_number(w(end + 1));
                    end += 2;
                } else if let Some(y) = year_number(w(end)) {
                    year = Some(y);
                    end += 1;
                }
                let date = match (year, published) {
                    (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d),
                    (None, Some(pubd)) => {
                        let this = NaiveDate::from_ymd_opt(pubd.year(), m, d);
                        this.map(|c| match tense_here(k) {
                            Tense::Future if c < pubd - Duration::days(1) => {
                                NaiveDate::from_ymd_opt(pubd.year() + 1, m, d).unwrap_or(c)
                            }
                            Tense::Past | Tense::Ongoing if c > pubd + Duration::days(1) => {
                                NaiveDate::from_ymd_opt(pubd.year() - 1, m, d).unwrap_or(c)
                            }
                            _ => c,
                        })
                    }
                    (None, None) => None,
                };
                if let Some(date) = date {
                    found = Some((end, date, date, DateGranularity::Day, None));
                }
            } else if let Some(m) = words::month(raw(k)).filter(|_| {
                cap(k) && (raw(k).len() > 3 || raw(k) == "May" || raw(k).ends_with('.'))
            }) {
                // A bare month needs a cue, because "May" and "March" are also words.
                let cue_before = k > ss
                    && matches!(
                        w(k - 1),
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
                let year = year_number(w(k + 1));
                let safe_name = !matches!(m, 3 | 5) || cue_before || year.is_some();
                if (cue_before || year.is_some()) && safe_name {
                    let y = match (year, published) {
                        (Some(y), _) => Some(y),
                        (None, Some(pubd)) => {
                            let modifier = if k > ss { w(k - 1) } else { "" };
                            let t = match modifier {
                                "last" => Tense::Past,
                                "next" => Tense::Future,
                                _ => tense_here(k),
                            };
                            Some(match t {
                                Tense::Future if m < pubd.month() => pubd.year() + 1,
                                Tense::Future if m == pubd.month() && modifier == "next" => {
                                    pubd.year() + 1
                                }
                                Tense::Past | Tense::Ongoing if m > pubd.month() => pubd.year() - 1,
                                Tense::Past if m == pubd.month() && modifier == "last" => {
                                    pubd.year() - 1
                                }
                                _ => pubd.year(),
                            })
                        }
                        (None, None) => None,
                    };
                    if let Some(y) = y {
                        let s = NaiveDate::from_ymd_opt(y, m, 1).expect("valid");
                        let start_tok = if cue_before
                            && matches!(
                                w(k - 1),
                                "early" | "mid" | "late" | "last" | "next" | "this" | "mid-"
                            ) {
                            k - 1
                        } else {
                            k
                        };
                        let end = k + 1 + usize::from(year.is_some());
                        out.push(FoundTime {
                            token_start: start_tok,
                            token_end: end,
                            sentence,
                            start: s,
                            end: month_end(y, m),
                            granularity: DateGranularity::Month,
                            tense: relative_tense(s, month_end(y, m), published),
                        });
                        *anchor = Some(s);
                        k = end;
                        continue;
                    }
                }
            }
        }

        // "two days later", "three weeks ago", "a day earlier".
        if found.is_none() {
            if let Some(n) = number(w(k)) {
                let unit = w(k + 1).trim_end_matches('s').to_string();
                let dir = w(k + 2);
                let base_pub = published;
                let base_anchor = anchor.or(published);
                let step = |d: NaiveDate, sign: i64| -> Option<(NaiveDate, DateGranularity)> {
                    match unit.as_str() {
                        "day" => Some((d + Duration::days(sign * n), DateGranularity::Day)),
                        "week" => Some((d + Duration::days(sign * 7 * n), DateGranularity::Week)),
                        "month" => Some((add_months(d, sign * n), DateGranularity::Month)),
                        "year" => NaiveDate::from_ymd_opt(d.year() + (sign * n) as i32, 1, 1)
                            .map(|x| (x, DateGranularity::Year)),
                        _ => None,
                    }
                };
                let r = match dir {
                    "ago" => base_pub
                        .and_then(|d| step(d, -1))
                        .map(|x| (x, Some(Tense::Past))),
                    "later" => base_anchor.and_then(|d| step(d, 1)).map(|x| (x, None)),
                    "earlier" => base_anchor.and_then(|d| step(d, -1)).map(|x| (x, None)),
                    // "two days after the vote" counts from an event we cannot date; only the
                    // bare form ("two days after,") counts from the previous date.
                    "after" if closes(k + 3) => {
                        base_anchor.and_then(|d| step(d, 1)).map(|x| (x, None))
                    }
                    "before" if closes(k + 3) => {
                        base_anchor.and_then(|d| step(d, -1)).map(|x| (x, None))
                    }
                    _ => None,
                };
                if let Some(((d, g), t)) = r {
                    let start_tok =
                        if k > ss && matches!(w(k - 1), "some" | "about" | "nearly" | "almost") {
                            k - 1
                        } else {
                            k
                        };
                    let end = k + 3;
                    let (s, e) = span_of(d, g);
                    out.push(FoundTime {
                        token_start: start_tok,
                        token_end: end,
                        sentence,
                        start: s,
                        end: e,
                        granularity: g,
                        tense: t.unwrap_or_else(|| relative_tense(s, e, published)),
                    });
                    *anchor = Some(s);
                    k = end;
                    continue;
                }
            }
            // "the next day", "the following day", "the day before", "the previous day".
            if w(k) == "the" {
                let base = anchor.or(published);
                let r = match (w(k + 1), w(k + 2)) {
                    ("next" | "following", "day") => base.map(|d| (k + 3, d + Duration::days(1))),
                    ("previous" | "preceding", "day") => {
                        base.map(|d| (k + 3, d - Duration::days(1)))
                    }
                    ("day", "before") => base.map(|d| (k + 3, d - Duration::days(1))),
                    ("day", "after") => base.map(|d| (k + 3, d + Duration::days(1))),
                    _ => None,
                };
                if let Some((end, d)) = r {
                    found = Some((end, d, d, DateGranularity::Day, None));
                }
            }
        }

        // Years: "in 2023".
        if found.is_none()
            && k > ss
            && matches!(w(k - 1), "in" | "since" | "during" | "until" | "by" | "of")
        {
            if let Some(y) = year_number(w(k)) {
                let s = NaiveDate::from_ymd_opt(y, 1, 1).expect("valid");
                let e = NaiveDate::from_ymd_opt(y, 12, 31).expect("valid");
                found = Some((k + 1, s, e, DateGranularity::Year, None));
            }
        }

        // The near future.
        if found.is_none() {
            if let Some(pubd) = published {
                let r = match (w(k), w(k + 1), w(k + 2), w(k + 3)) {
                    ("imminently" | "imminent" | "soon" | "shortly", _, _, _) => {
                        Some((k + 1, DateGranularity::Week))
                    }
                    ("in", "the", "coming" | "next", "days") => {
                        Some((k + 4, DateGranularity::Week))
                    }
                    ("in", "the", "coming" | "next", "weeks") => {
                        Some((k + 4, DateGranularity::Month))
                    }
                    ("in", "the", "coming" | "next", "months") => {
                        Some((k + 4, DateGranularity::Year))
                    }
                    _ => None,
                };
                if let Some((end, g)) = r {
                    let d = pubd + Duration::days(1);
                    found = Some((end, d, d, g, Some(Tense::Future)));
                }
            }
        }

        match found {
            Some((end, s, e, g, t)) => {
                let (s2, e2) = if g == DateGranularity::Day {
                    (s, e)
                } else {
                    (s, e.max(s))
                };
                out.push(FoundTime {
                    token_start: k,
                    token_end: end,
                    sentence,
                    start: s2,
                    end: e2,
                    granularity: g,
                    tense: t.unwrap_or_else(|| relative_tense(s2, e2, published)),
                });
                if !(t == Some(Tense::Future) && g != DateGranularity::Day && w(k) != "next") {
                    *anchor = Some(s2);
                }
                k = end;
            }
            None => k += 1,
        }
    }
}

fn span_of(d: NaiveDate, g: DateGranularity) -> (NaiveDate, NaiveDate) {
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

/// Past, ongoing or future relative to the publication day.
pub fn relative_tense(start: NaiveDate, end: NaiveDate, published: Option<NaiveDate>) -> Tense {
    match published {
        Some(p) if end < p => Tense::Past,
        Some(p) if start > p => Tense::Future,
        Some(_) => Tense::Ongoing,
        None => Tense::Past,
    }
}

/// The verb that governs token `k`: with a parse, its nearest VERB/AUX ancestor; without,
/// the nearest verb-looking token to the left (an auxiliary, or a word ending in -ed).
///
/// (Without a parse the token itself stands in: the tense rules look left of it.)
pub fn find_verb(tree: Option<&DepTree>, ss: usize, se: usize, k: usize) -> usize {
    if let Some(tree) = tree {
        let verb = tree
            .head_chain(k)
            .skip(1)
            .take(8)
            .find(|&h| matches!(tree.syntax(h).upos.as_str(), "VERB" | "AUX"));
        if let Some(v) = verb.or_else(|| tree.root()) {
            return v;
        }
    }
    k.min(se.saturating_sub(1)).max(ss)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn times(text: &str, published: &str) -> Vec<(String, String, DateGranularity, Tense)> {
        let pubd = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        let (toks, sents) = tokenize(text);
        let mut out = Vec::new();
        let mut anchor = None;
        for (si, s) in sents.iter().enumerate() {
            find_in_sentence(
                &toks,
                None,
                si,
                s.token_start as usize,
                s.token_end as usize,
                Some(pubd),
                &mut anchor,
                &mut out,
            );
        }
        out.into_iter()
            .map(|f| {
                let a = toks[f.token_start].span.start as usize;
                let b = toks[f.token_end - 1].span.end as usize;
                (
                    text[a..b].to_string(),
                    f.start.to_string(),
                    f.granularity,
                    f.tense,
                )
            })
            .collect()
    }

    fn one(text: &str, published: &str) -> (String, DateGranularity, Tense) {
        let t = times(text, published);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        (t[0].1.clone(), t[0].2, t[0].3)
    }

    use DateGranularity::*;
    use Tense::*;

    #[test]
    fn weekdays_past_and_future_across_boundaries() {
        // 2025-01-01 is a Wednesday.
        assert_eq!(
            one("Troops crossed the border on Tuesday.", "2025-01-01"),
            ("2024-12-31".into(), Day, Past)
        );
        assert_eq!(
            one("Troops crossed the border on Monday.", "2025-01-01"),
            ("2024-12-30".into(), Day, Past)
        );
        assert_eq!(
            one("Talks will resume on Monday.", "2025-01-01"),
            ("2025-01-06".into(), Day, Future)
        );
        assert_eq!(
            one("He spoke Thursday.", "2024-03-01"),
            ("2024-02-29".into(), Day, Past)
        );
        assert_eq!(
            one(
                "The minister said Wednesday that talks failed.",
                "2025-01-01"
            ),
            ("2025-01-01".into(), Day, Ongoing)
        );
        assert_eq!(
            one("Fighting broke out last Friday.", "2024-11-01"),
            ("2024-10-25".into(), Day, Past)
        );
        assert_eq!(
            one("They meet next Tuesday.", "2024-12-30"),
            ("2024-12-31".into(), Day, Future)
        );
        assert_eq!(
            one("Talks are set to open on Friday night.", "2024-12-30"),
            ("2025-01-03".into(), Day, Future)
        );
    }

    #[test]
    fn deictic_days() {
        assert_eq!(
            one("Rockets hit the town yesterday.", "2025-01-01"),
            ("2024-12-31".into(), Day, Past)
        );
        assert_eq!(
            one("He arrives tomorrow.", "2024-12-31"),
            ("2025-01-01".into(), Day, Future)
        );
        assert_eq!(
            one("Shelling resumed last night.", "2024-03-01"),
            ("2024-02-29".into(), Day, Past)
        );
        assert_eq!(
            one("The vote is today.", "2024-02-29"),
            ("2024-02-29".into(), Day, Ongoing)
        );
    }

    #[test]
    fn weeks_months_years_across_boundaries() {
        // 2025-01-01 is a Wednesday: last week is Mon 2024-12-23.
        assert_eq!(
            one("Strikes intensified last week.", "2025-01-01"),
            ("2024-12-23".into(), Week, Past)
        );
        assert_eq!(
            one("Talks open next week.", "2024-12-30"),
            ("2025-01-06".into(), Week, Future)
        );
        assert_eq!(
            one("Prices rose last month.", "2025-01-15"),
            ("2024-12-01".into(), Month, Past)
        );
        assert_eq!(
            one("Elections are due next month.", "2024-12-15"),
            ("2025-01-01".into(), Month, Future)
        );
        assert_eq!(
            one("He resigned earlier this month.", "2025-01-20"),
            ("2025-01-01".into(), Month, Past)
        );
        assert_eq!(
            one("A vote comes later this month.", "2024-12-05"),
            ("2024-12-01".into(), Month, Future)
        );
        assert_eq!(
            one("The deal collapsed last year.", "2025-01-02"),
            ("2024-01-01".into(), Year, Past)
        );
        assert_eq!(
            one("It happened in 2023.", "2025-01-02"),
            ("2023-01-01".into(), Year, Past)
        );
    }

    #[test]
    fn month_names_pick_the_year_by_tense() {
        assert_eq!(
            one("The army withdrew in December.", "2025-01-10"),
            ("2024-12-01".into(), Month, Past)
        );
        assert_eq!(
            one("Elections will be held in January.", "2024-12-10"),
            ("2025-01-01".into(), Month, Future)
        );
        assert_eq!(
            one("Fighting flared in March.", "2024-06-01"),
            ("2024-03-01".into(), Month, Past)
        );
        assert_eq!(
            one("The summit is planned for December 2025.", "2024-06-01"),
            ("2025-12-01".into(), Month, Future)
        );
    }

    #[test]
    fn day_and_month_forms() {
        assert_eq!(
            one("The strike came on Sept. 24.", "2024-10-02"),
            ("2024-09-24".into(), Day, Past)
        );
        assert_eq!(
            one("The strike came on 24 September 2024.", "2025-01-02"),
            ("2024-09-24".into(), Day, Past)
        );
        assert_eq!(
            one("The strike came on September 24, 2024.", "2025-01-02"),
            ("2024-09-24".into(), Day, Past)
        );
        // Past tense, no year, date after publication: the previous year.
        assert_eq!(
            one("Talks broke down on Dec. 28.", "2025-01-03"),
            ("2024-12-28".into(), Day, Past)
        );
        // Future tense, date before publication: the next year.
        assert_eq!(
            one("The ceasefire will start on Jan. 2.", "2024-12-29"),
            ("2025-01-02".into(), Day, Future)
        );
        assert_eq!(
            one("He was born on 29 February 2000.", "2024-12-29"),
            ("2000-02-29".into(), Day, Past)
        );
    }

    #[test]
    fn relative_spans_use_the_previous_date() {
        let t = times(
            "Talks began on Dec. 30. Two days later the deal collapsed.",
            "2025-01-05",
        );
        assert_eq!(
            t[1],
            ("Two days later".into(), "2025-01-01".into(), Day, Past)
        );
        let t = times("Three days ago troops entered the town.", "2025-01-02");
        assert_eq!(
            t[0],
            ("Three days ago".into(), "2024-12-30".into(), Day, Past)
        );
        let t = times(
            "Talks began on Feb. 28, 2024. The next day they collapsed.",
            "2024-03-05",
        );
        assert_eq!(t[1].1, "2024-02-29");
        let t = times("A week earlier, officials met.", "2025-01-03");
        assert_eq!(
            t[0],
            ("A week earlier".into(), "2024-12-27".into(), Week, Past)
        );
    }

    #[test]
    fn near_future() {
        assert_eq!(
            one("An attack is expected imminently.", "2024-12-31"),
            ("2025-01-01".into(), Week, Future)
        );
        assert_eq!(
            one("Talks could resume in the coming days.", "2024-12-31"),
            ("2025-01-01".into(), Week, Future)
        );
    }

    #[test]
    fn march_and_may_need_a_cue() {
        assert!(times("Protesters march on the capital.", "2024-12-31").is_empty());
        assert!(times("Officials said it May collapse.", "2024-12-31").is_empty());
        assert_eq!(
            one("The vote took place in May.", "2024-12-31"),
            ("2024-05-01".into(), Month, Past)
        );
    }
}
