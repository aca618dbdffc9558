//! The real-news accuracy guard: the whole pipeline scored on the test split of the
//! hand-coded gold (`eval/gold/voa.jsonl`, coded by `docs/annotation.md`) must not fall
//! more than 2 points of primary F1 below the figure published in `docs/accuracy.md`.
//!
//! The figure is read from the line `ci-guard: test primary F1 = X` there, so publishing
//! a new figure and guarding it are one edit.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use factum::gold::{self, Level};
use factum::pipeline::Pipeline;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("bundled models load"))
}

fn published_test_f1() -> f64 {
    let doc = std::fs::read_to_string(root().join("docs/accuracy.md")).unwrap();
    let line = doc
        .lines()
        .find_map(|l| l.split("ci-guard: test primary F1 = ").nth(1))
        .expect("docs/accuracy.md has a `ci-guard: test primary F1 = X` line");
    line.trim()
        .trim_end_matches("-->")
        .trim()
        .parse()
        .expect("the guarded figure is a number")
}

#[test]
fn primary_f1_on_the_test_split_holds() {
    let gold_path = root().join("eval/gold/voa.jsonl");
    let stories = root().join("eval/gold/stories.jsonl");
    let totals = gold::score_gold(
        pipeline(),
        &gold_path,
        &stories,
        Some("test"),
        0.0,
        |_, _| {},
    )
    .unwrap();
    let test = &totals
        .iter()
        .find(|(k, _)| k == "test")
        .expect("a test split")
        .1;
    assert!(test.sentences >= 240, "{} test sentences", test.sentences);
    let f1 = test.level(Level::Primary).f1();
    let published = published_test_f1();
    assert!(
        f1 >= published - 0.02,
        "primary F1 on the test split fell to {f1:.3}, more than 2 points below the {published:.3} \
         published in docs/accuracy.md"
    );
}

#[test]
fn every_gold_sentence_is_found_in_its_story() {
    let gold_path = root().join("eval/gold/voa.jsonl");
    let stories = root().join("eval/gold/stories.jsonl");
    let mut missing = Vec::new();
    gold::score_gold(pipeline(), &gold_path, &stories, None, 0.0, |_, o| {
        if !o.located {
            missing.push(format!("{} #{}", o.gold.story, o.gold.sentence));
        }
    })
    .unwrap();
    assert!(missing.is_empty(), "gold sentences not found: {missing:?}");
}

/// The four place figures published on the `ci-guard: test places` line of
/// docs/accuracy.md: recognition precision, recall, resolution accuracy, event location.
fn published_place_figures() -> Vec<f64> {
    let doc = std::fs::read_to_string(root().join("docs/accuracy.md")).unwrap();
    let line = doc
        .lines()
        .find_map(|l| {
            l.split("ci-guard: test places P/R/resolution/location = ")
                .nth(1)
        })
        .expect("docs/accuracy.md has a `ci-guard: test places …` line");
    line.trim()
        .trim_end_matches("-->")
        .split('/')
        .map(|x| x.trim().parse().expect("the guarded figures are numbers"))
        .collect()
}

#[test]
fn place_scores_on_the_test_split_hold() {
    use factum::gold::places::{self, PlaceGold, PlaceScores};
    let gold_path = root().join("eval/gold/voa.jsonl");
    let stories = root().join("eval/gold/stories.jsonl");
    let place_gold = PlaceGold::load(&root().join("eval/gold/places.jsonl")).unwrap();
    let mut s = PlaceScores::default();
    gold::score_gold(
        pipeline(),
        &gold_path,
        &stories,
        Some("test"),
        0.0,
        |_, o| {
            s.add(&places::score(o, place_gold.get(o.gold)).scores);
        },
    )
    .unwrap();
    assert!(
        s.gold >= 250,
        "{} gold place mentions in the test split",
        s.gold
    );
    let now = [s.precision(), s.recall(), s.resolution(), s.location()];
    let names = ["precision", "recall", "resolution", "event location"];
    for ((name, now), published) in names.iter().zip(now).zip(published_place_figures()) {
        assert!(
            now >= published - 0.02,
            "test-split place {name} fell to {now:.3}, more than 2 points below the \
             {published:.3} published in docs/accuracy.md"
        );
    }
}
