//! The rules applied after coding (`crates/factum-events/src/review.rs`) and in turning a
//! decision into events (`coder/emit.rs`), on the whole pipeline: invented sentences, each
//! with what it coded before the rule.

use std::sync::LazyLock;

use factum::pipeline::Pipeline;
use factum_doc::{Document, Origin};

/// The bundled pipeline; undated sentences are coded with the roles current on a fixed
/// day, so these expectations do not move with the clock.
static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
    Pipeline::builder()
        .reference_date(20250601)
        .build()
        .expect("bundled models load")
});

/// "SOURCE TARGET CAMEO" for every event coded from `text`, sorted; `published`
/// (RFC 3339) dates the story, for the dictionaries' dated codes.
fn dyads_on(text: &str, published: Option<&str>) -> Vec<String> {
    let mut doc = Document::new(text, Origin::default());
    doc.published = published.map(|p| chrono::DateTime::parse_from_rfc3339(p).unwrap());
    PIPELINE.process(&mut doc);
    doc.validate().unwrap();
    let mut v: Vec<String> = doc.events.iter().map(factum_doc::Event::coding).collect();
    v.sort();
    v
}

/// "SOURCE TARGET CAMEO" for every event coded from the undated `text`, sorted.
fn dyads(text: &str) -> Vec<String> {
    dyads_on(text, None)
}

#[test]
fn a_state_acting_on_its_own_constituent_country_is_one_actor() {
    // In 2000 Serbia is coded `SCGSRB` (a republic of Serbia and Montenegro), its
    // president `SCGSRBGOV`. Before: "SCGSRBGOV SCGSRB 030", the president promising
    // something to his own state.
    let in_2000 = Some("2000-05-01T00:00:00+00:00");
    let coded = dyads_on(
        "The Serbian president pledged to rebuild Serbia after the war.",
        in_2000,
    );
    assert!(
        !coded.iter().any(|d| d.starts_with("SCGSRBGOV SCGSRB ")),
        "{coded:?}"
    );
    // Two republics of one federation are two actors: Serbia acting on Montenegro stays.
    let coded = dyads_on("Serbia lifted the curfew in Montenegro.", in_2000);
    assert!(
        coded.iter().any(|d| d.starts_with("SCGSRB SCGMNE ")),
        "{coded:?}"
    );
}

#[test]
fn a_name_in_front_of_a_role_noun_is_its_owner_not_a_second_actor() {
    // Before: "IGOUNO BIHELI 173" and "BIHJUD BIHELI 173", the court counted as a second
    // accuser of its own and given the story's country.
    assert_eq!(
        dyads("Bosnia's former president has been indicted by the U.N. war crimes court."),
        vec!["IGOUNOJUD BIHELI 173"]
    );
    // Before: "IGOMEAARL ISR 111": the envoy's role was lost to the organisation's code.
    assert_eq!(
        dyads("The Arab League peace envoy criticized Israel."),
        vec!["IGOMEAARLGOV ISR 111"]
    );
    // Coordinated modifiers are two actors ("compound actors distribute") and a
    // prepositional modifier ("to Somalia's president") is no owner: unchanged.
    assert_eq!(
        dyads("Kenyan troops were offered to Somalia's president to help him."),
        vec!["KENMIL SOMGOV 030"]
    );
}
