//! The hand-annotated evaluation sets (`crates/factum-geo/eval/`) as regression tests: the
//! geo stage on its own (no parser, no actor coder) must keep the scores `docs/geo.md`
//! reports. The thresholds sit a little under the measured numbers so that a change which
//! costs more than a mention or two fails here.

use factum_geo::{eval, GeoStage};

fn scores(text: &str, origin: &str) -> eval::Scores {
    let docs = eval::parse(text, origin).unwrap();
    let stage = GeoStage::new();
    eval::evaluate(
        |d| {
            factum_text::process(d);
            stage.process(d);
        },
        &docs,
    )
}

#[test]
fn development_set_scores_hold() {
    let s = scores(include_str!("../eval/places.txt"), "places.txt");
    eprintln!("development set, geo stage alone: {}", s.report());
    assert!(s.gold_places >= 150, "{}", s.report());
    assert!(s.recall() >= 0.97, "{}\n{:#?}", s.report(), s.errors);
    assert!(s.accuracy() >= 0.97, "{}\n{:#?}", s.report(), s.errors);
    assert!(s.precision() >= 0.97, "{}\n{:#?}", s.report(), s.errors);
    assert_eq!(s.demonyms_correct, s.gold_demonyms, "{}", s.report());
}

#[test]
fn held_out_set_scores_hold() {
    let s = scores(include_str!("../eval/places-test.txt"), "places-test.txt");
    eprintln!("held-out set, geo stage alone: {}", s.report());
    assert!(s.recall() >= 0.92, "{}\n{:#?}", s.report(), s.errors);
    assert!(s.accuracy() >= 0.92, "{}\n{:#?}", s.report(), s.errors);
}

/// With the stages that run before it in the pipeline (text, actors), the geo stage keeps its
/// scores: the text stage's UD tokens replace its fallback tokeniser, and the actor coder
/// takes some names ("Washington said") for itself.
#[test]
fn scores_hold_after_the_text_and_actor_stages() {
    let docs = eval::parse(include_str!("../eval/places.txt"), "places.txt").unwrap();
    let stage = GeoStage::new();
    let actors = factum_actors::ActorRecognizer::bundled().unwrap();
    let s = eval::evaluate(
        |d| {
            factum_text::process(d);
            actors.process(d);
            stage.process(d);
        },
        &docs,
    );
    eprintln!("development set, text + actors + geo: {}", s.report());
    assert!(s.recall() >= 0.95, "{}\n{:#?}", s.report(), s.errors);
    assert!(s.accuracy() >= 0.95, "{}\n{:#?}", s.report(), s.errors);
}
