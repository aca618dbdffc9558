//! The forms of the module docs, each resolved against a publication day.

use chrono::NaiveDate;
use factum_doc::{DateGranularity, Tense};

use super::{find_in_sentence, Sentence};
use DateGranularity::*;
use Tense::*;

/// Every time expression of `text` (through the text stage's tokens, without a parse):
/// (surface, first day, granularity, tense).
fn times(text: &str, published: &str) -> Vec<(String, String, DateGranularity, Tense)> {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    let (_, tokens, sentences) = factum_text::split(text);
    let mut out = Vec::new();
    let mut anchor = None;
    for (si, s) in sentences.iter().enumerate() {
        let sentence = Sentence::new(&tokens, None, si, s.token_range());
        find_in_sentence(&sentence, Some(published), &mut anchor, &mut out);
    }
    out.into_iter()
        .map(|f| {
            let a = tokens[f.token_start].span.start as usize;
            let b = tokens[f.token_end - 1].span.end as usize;
            let surface = text[a..b].to_string();
            (surface, f.start.to_string(), f.granularity, f.tense)
        })
        .collect()
}

/// Each text has exactly one time expression, resolved as given: (text, published, first
/// day, granularity, tense).
fn check_one(cases: &[(&str, &str, &str, DateGranularity, Tense)]) {
    for &(text, published, day, granularity, tense) in cases {
        let t = times(text, published);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        assert_eq!(
            (t[0].1.as_str(), t[0].2, t[0].3),
            (day, granularity, tense),
            "{text}"
        );
    }
}

#[test]
fn weekdays_past_and_future_across_boundaries() {
    // 2025-01-01 is a Wednesday.
    check_one(&[
        (
            "Troops crossed the border on Tuesday.",
            "2025-01-01",
            "2024-12-31",
            Day,
            Past,
        ),
        (
            "Troops crossed the border on Monday.",
            "2025-01-01",
            "2024-12-30",
            Day,
            Past,
        ),
        (
            "Talks will resume on Monday.",
            "2025-01-01",
            "2025-01-06",
            Day,
            Future,
        ),
        ("He spoke Thursday.", "2024-03-01", "2024-02-29", Day, Past),
        (
            "The minister said Wednesday that talks failed.",
            "2025-01-01",
            "2025-01-01",
            Day,
            Ongoing,
        ),
        (
            "Fighting broke out last Friday.",
            "2024-11-01",
            "2024-10-25",
            Day,
            Past,
        ),
        (
            "They meet next Tuesday.",
            "2024-12-30",
            "2024-12-31",
            Day,
            Future,
        ),
        (
            "Talks are set to open on Friday night.",
            "2024-12-30",
            "2025-01-03",
            Day,
            Future,
        ),
    ]);
}

#[test]
fn deictic_days() {
    check_one(&[
        (
            "Rockets hit the town yesterday.",
            "2025-01-01",
            "2024-12-31",
            Day,
            Past,
        ),
        (
            "He arrives tomorrow.",
            "2024-12-31",
            "2025-01-01",
            Day,
            Future,
        ),
        (
            "Shelling resumed last night.",
            "2024-03-01",
            "2024-02-29",
            Day,
            Past,
        ),
        (
            "The vote is today.",
            "2024-02-29",
            "2024-02-29",
            Day,
            Ongoing,
        ),
    ]);
}

#[test]
fn weeks_months_years_across_boundaries() {
    // 2025-01-01 is a Wednesday: last week is Mon 2024-12-23.
    check_one(&[
        (
            "Strikes intensified last week.",
            "2025-01-01",
            "2024-12-23",
            Week,
            Past,
        ),
        (
            "Talks open next week.",
            "2024-12-30",
            "2025-01-06",
            Week,
            Future,
        ),
        (
            "Prices rose last month.",
            "2025-01-15",
            "2024-12-01",
            Month,
            Past,
        ),
        (
            "Elections are due next month.",
            "2024-12-15",
            "2025-01-01",
            Month,
            Future,
        ),
        (
            "He resigned earlier this month.",
            "2025-01-20",
            "2025-01-01",
            Month,
            Past,
        ),
        (
            "A vote comes later this month.",
            "2024-12-05",
            "2024-12-01",
            Month,
            Future,
        ),
        (
            "The deal collapsed last year.",
            "2025-01-02",
            "2024-01-01",
            Year,
            Past,
        ),
        (
            "It happened in 2023.",
            "2025-01-02",
            "2023-01-01",
            Year,
            Past,
        ),
    ]);
}

#[test]
fn month_names_pick_the_year_by_tense() {
    check_one(&[
        (
            "The army withdrew in December.",
            "2025-01-10",
            "2024-12-01",
            Month,
            Past,
        ),
        (
            "Elections will be held in January.",
            "2024-12-10",
            "2025-01-01",
            Month,
            Future,
        ),
        (
            "Fighting flared in March.",
            "2024-06-01",
            "2024-03-01",
            Month,
            Past,
        ),
        (
            "The summit is planned for December 2025.",
            "2024-06-01",
            "2025-12-01",
            Month,
            Future,
        ),
    ]);
}

#[test]
fn day_and_month_forms() {
    check_one(&[
        (
            "The strike came on Sept. 24.",
            "2024-10-02",
            "2024-09-24",
            Day,
            Past,
        ),
        (
            "The strike came on 24 September 2024.",
            "2025-01-02",
            "2024-09-24",
            Day,
            Past,
        ),
        (
            "The strike came on September 24, 2024.",
            "2025-01-02",
            "2024-09-24",
            Day,
            Past,
        ),
        // Past tense, no year, date after publication: the previous year.
        (
            "Talks broke down on Dec. 28.",
            "2025-01-03",
            "2024-12-28",
            Day,
            Past,
        ),
        // Future tense, date before publication: the next year.
        (
            "The ceasefire will start on Jan. 2.",
            "2024-12-29",
            "2025-01-02",
            Day,
            Future,
        ),
        (
            "He was born on 29 February 2000.",
            "2024-12-29",
            "2000-02-29",
            Day,
            Past,
        ),
    ]);
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
    check_one(&[
        (
            "An attack is expected imminently.",
            "2024-12-31",
            "2025-01-01",
            Week,
            Future,
        ),
        (
            "Talks could resume in the coming days.",
            "2024-12-31",
            "2025-01-01",
            Week,
            Future,
        ),
    ]);
}

#[test]
fn march_and_may_need_a_cue() {
    assert!(times("Protesters march on the capital.", "2024-12-31").is_empty());
    assert!(times("Officials said it May collapse.", "2024-12-31").is_empty());
    check_one(&[(
        "The vote took place in May.",
        "2024-12-31",
        "2024-05-01",
        Month,
        Past,
    )]);
}
