//! Targeted tests of the attribution patterns, quotations and modality, on sentences written
//! for these tests.

use factum_attrib::{Attributor, SourcingProfile};
use factum_doc::ModalityKind::{self, Conditional, Negated, Planned, Reported};
use factum_doc::{Document, Origin, SourceKind, Span};

fn run(text: &str) -> Document {
    let mut doc = Document::new(text, Origin::default());
    factum_text::process(&mut doc);
    Attributor::new().process(&mut doc);
    doc.validate().unwrap();
    doc
}

/// `doc` with one event per listed verb (first occurrence of the word), then the stage.
fn run_with_events(text: &str, verbs: &[&str]) -> Document {
    let mut doc = Document::new(text, Origin::default());
    factum_text::process(&mut doc);
    for verb in verbs {
        let t = doc
            .tokens
            .iter()
            .position(|t| t.norm == *verb)
            .unwrap_or_else(|| panic!("no token {verb:?}"));
        doc.events
            .push(factum_testkit::event_at_token(&doc, t, "040"));
    }
    Attributor::new().process(&mut doc);
    doc.validate().unwrap();
    doc
}

/// How `doc` reads each event: who it is attributed to (the attribution's text), how firmly
/// (the modality), and the PLOVER mode of that modality.
fn readings(doc: &Document) -> Vec<(Option<&str>, ModalityKind, Option<&str>)> {
    doc.events
        .iter()
        .map(|e| {
            let modality = e.modality.as_ref().expect("every event gets a modality");
            (
                e.attribution
                    .map(|a| doc.attributions[a as usize].text.as_str()),
                modality.kind,
                modality.plover_mode.as_deref(),
            )
        })
        .collect()
}

#[test]
fn wire_story_sources_and_modalities() {
    let doc = run_with_events(
        "Officials close to the talks have disclosed that Washington is preparing a plan to \
         halt the fighting. According to Axios, the White House is poised to announce the plan \
         this week. A Syrian official has indicated that Damascus approved the talks. \
         According to Jordanian newspaper Al-Ghad, Amman is prepared to host a summit.",
        &["halt", "announce", "approved", "host"],
    );
    let kinds: Vec<(String, SourceKind)> = doc
        .attributions
        .iter()
        .map(|a| (a.text.clone(), a.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                "Officials close to the talks".to_string(),
                SourceKind::Anonymous
            ),
            ("Axios".to_string(), SourceKind::Outlet),
            ("A Syrian official".to_string(), SourceKind::Anonymous),
            (
                "Jordanian newspaper Al-Ghad".to_string(),
                SourceKind::Outlet
            ),
        ]
    );
    assert_eq!(doc.attributions[2].code.as_deref(), Some("SYRGOV"));
    assert_eq!(doc.attributions[2].affiliation.as_deref(), Some("Syrian"));
    assert_eq!(
        readings(&doc),
        [
            (
                Some("Officials close to the talks"),
                Planned,
                Some("future")
            ),
            (Some("Axios"), Planned, Some("future")),
            (Some("A Syrian official"), Reported, None),
            (Some("Jordanian newspaper Al-Ghad"), Planned, Some("future")),
        ]
    );
}

#[test]
fn outlet_relays_its_source() {
    let doc =
        run("Axios reported, citing two Egyptian diplomats, that the ceasefire talks had resumed.");
    assert_eq!(doc.attributions.len(), 2);
    assert_eq!(doc.attributions[0].text, "Axios");
    assert_eq!(doc.attributions[1].text, "two Egyptian diplomats");
    assert_eq!(doc.attributions[1].kind, SourceKind::Anonymous);
    assert_eq!(doc.attributions[1].relayed_by, Some(0));
    let doc = run("According to Reuters, an Iraqi official said the border would reopen.");
    assert_eq!(doc.attributions[1].text, "an Iraqi official");
    assert_eq!(doc.attributions[1].relayed_by, Some(0));
    let doc = run("A senior Qatari official told Axios that the mediators had a new proposal.");
    let official = doc
        .attributions
        .iter()
        .position(|a| a.text == "A senior Qatari official")
        .unwrap();
    let outlet = doc
        .attributions
        .iter()
        .position(|a| a.text == "Axios")
        .unwrap();
    assert_eq!(doc.attributions[official].relayed_by, Some(outlet as u32));
    assert_eq!(doc.attributions[official].code.as_deref(), Some("QATGOV"));
}

#[test]
fn post_posed_direct_quote_and_continuation() {
    let doc = run(
        "\"We will not accept a partial deal. The hostages come first,\" she said. \
         \"Nothing else matters.\"\n\nMaria Lopez, the mission's spokeswoman, spoke earlier. \
         Later she said the convoy had arrived.",
    );
    let direct: Vec<_> = doc.quotes.iter().filter(|q| q.direct).collect();
    assert_eq!(direct.len(), 2);
    assert_eq!(
        doc.slice(direct[0].span),
        "We will not accept a partial deal. The hostages come first,"
    );
    let speaker = direct[0]
        .attribution
        .expect("speaker of the first quotation");
    assert_eq!(doc.attributions[speaker as usize].text, "she");
    assert_eq!(
        direct[1].attribution,
        Some(speaker),
        "continuation keeps the speaker"
    );
}

#[test]
fn nested_quotes_keep_their_parent() {
    let doc = run(
        "\"He looked at me and said 'never again,' and I believed him,\" the witness told reporters.",
    );
    assert_eq!(doc.quotes.iter().filter(|q| q.direct).count(), 2);
    let outer = &doc.quotes[0];
    let inner = &doc.quotes[1];
    assert_eq!(inner.nested_in, Some(0));
    assert_eq!(doc.slice(inner.span), "never again,");
    assert!(outer.span.contains(inner.span));
    let speaker = outer.attribution.unwrap() as usize;
    assert_eq!(doc.attributions[speaker].text, "the witness");
    assert_eq!(doc.attributions[speaker].kind, SourceKind::Anonymous);
    // The "said" inside the quotation is not an attribution of its own.
    assert_eq!(doc.attributions.len(), 1);
}

#[test]
fn named_person_with_role_and_pronoun() {
    let doc = run(
        "German Foreign Minister Klara Weiss said on Tuesday that Berlin would send aid. \
         She added that the first flights could leave within days.",
    );
    let a = &doc.attributions[0];
    assert_eq!(a.text, "German Foreign Minister Klara Weiss");
    assert_eq!(a.kind, SourceKind::NamedPerson);
    assert_eq!(a.affiliation.as_deref(), Some("German Foreign Minister"));
    assert_eq!(a.code.as_deref(), Some("DEUGOV"));
    let b = &doc.attributions[1];
    assert_eq!(b.text, "She");
    assert_eq!(b.antecedent, Some(0));
    assert_eq!(b.kind, SourceKind::NamedPerson);
}

#[test]
fn negation_denial_and_condition() {
    let doc = run_with_events(
        "The ministry denied that troops had entered the village. Police did not arrest the \
         organisers. The army will withdraw if the militia disarms.",
        &["entered", "arrest", "withdraw"],
    );
    assert_eq!(
        readings(&doc),
        [
            (Some("The ministry"), Negated, Some("negation")),
            (None, Negated, Some("negation")),
            (None, Conditional, Some("hypothetical")),
        ]
    );
}

#[test]
fn profile_counts_anonymous_sources() {
    let doc = run_with_events(
        "Two Lebanese officials said the convoy was attacked. Insiders say the envoy resigned. \
         The bridge collapsed on Monday.",
        &["attacked", "resigned", "collapsed"],
    );
    let p = SourcingProfile::of(&doc);
    assert_eq!(p.distinct_sources, 2);
    assert_eq!(p.anonymous_share, 1.0);
    assert_eq!(p.events_anonymous_only, 2);
    assert_eq!(p.events_unattributed, 1);
}

#[test]
fn unattributed_cues_have_empty_source() {
    let doc = run("The envoy is reportedly travelling to Cairo.");
    assert_eq!(doc.attributions.len(), 1);
    let a = &doc.attributions[0];
    assert_eq!(a.kind, SourceKind::Unattributed);
    assert!(a.span.is_empty());
    assert_eq!(a.cue, "reportedly");
    let _ = Span::default();
}
